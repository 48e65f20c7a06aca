import Foundation
import Testing
@testable import CourseBuild

/// The pieces rewritten for speed keep their behaviour: glossary matching,
/// escaping, citing sentences, template fields and the long-course sidebar.
@Suite struct ScaleTests {
    static func term(_ name: String, aliases: [String] = []) -> GlossaryTerm {
        GlossaryTerm(id: Slug.make(name), term: name, aliases: aliases, definition: "d", see: [],
                     range: SourceRange(file: "glossary.yml"))
    }

    @Test func glossaryMatchesLongestFirstAcrossCaseAndHyphens() {
        let matcher = GlossaryMatcher([Self.term("NMDA receptor"), Self.term("NMDA"), Self.term("Mg²⁺"),
                                       Self.term("sleep onset latency", aliases: ["SOL"])])
        let text = "The nmda-receptor binds Mg²⁺; NMDA alone, and sleep\u{00A0}onset latency (sol). Sleep. Onset latency"
        let found = matcher.matches(in: text).map { (String(text[$0.range]), $0.id) }
        #expect(found.map(\.0) == ["nmda-receptor", "Mg²⁺", "NMDA", "sleep\u{00A0}onset latency", "sol"])
        #expect(found.map(\.1) == ["nmda-receptor", "mg", "nmda", "sleep-onset-latency", "sleep-onset-latency"])
    }

    @Test func glossaryMatchesComposedAndDecomposedAccents() {
        let matcher = GlossaryMatcher([Self.term("naïve patient"), Self.term("Ångström")])
        let text = "A nai\u{0308}ve patient, a NAÏVE PATIENT and one A\u{030A}ngstro\u{0308}m."
        #expect(matcher.matches(in: text).map(\.id) == ["naïve-patient", "naïve-patient", "ångström"])
    }

    @Test func glossaryWordsNeedBoundaries() {
        let matcher = GlossaryMatcher([Self.term("SOL"), Self.term("café")])
        #expect(matcher.matches(in: "solution, isolated, Console").isEmpty)
        #expect(matcher.matches(in: "Le CAFÉ.").count == 1)
        #expect(GlossaryMatcher.key("  NMDA–Receptor ") == "nmda receptor")
    }

    @Test func escapingKeepsTextAndReplacesTheFiveSpecials() {
        #expect(XML.escape("Mg²⁺ < 0.7 & \"low\" 'ish' >") == "Mg²⁺ &lt; 0.7 &amp; &quot;low&quot; &#39;ish&#39; &gt;")
        #expect(XML.escape("plain – text") == "plain – text")
        var out = "x"
        XML.escape("a<b"[...], into: &out)
        #expect(out == "xa&lt;b")
    }

    @Test func citingSentenceIsFoundByByteOffset() {
        let text = "Mg²⁺ is low. Levels fell by 30% in one trial. Then more."
        let offset = text.utf8.distance(from: text.startIndex, to: text.range(of: "30%")!.upperBound)
        #expect(ChapterFacts.sentence(around: offset, in: text) == "Levels fell by 30% in one trial.")
        #expect(ChapterFacts.sentence(around: 0, in: "") == "")
    }

    @Test func templateViewsListEveryStoredProperty() {
        func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        let link = LinkView(href: "h", title: "t")
        let entry = ContentsEntry(href: "h", title: "t", summary: nil, current: false)
        let layout = LayoutView(language: "en", pageTitle: "p", courseTitle: "c", root: "", canonical: nil, contents: [],
                                contentsStart: nil, allChapters: nil, body: "", license: nil, scripts: [])
        let objective = ChapterView.ObjectiveLink(href: "h", text: "t")
        let chapter = ChapterView(number: 1, title: "t", summary: nil, hasObjectives: false, objectives: [], content: "",
                                  references: "", previous: nil, next: nil, hasPager: false)
        let text = IndexView.ObjectiveText(text: "t")
        let index = IndexView(title: "t", subtitle: nil, hasAuthors: false, authors: "", description: nil, objectives: [],
                              chapters: [], epub: nil)
        let page = EPUBPageView(language: "en", pageTitle: "p", epubType: "chapter", role: nil, body: "")
        #expect(Set(LinkView.fields.keys) == labels(link))
        #expect(Set(ContentsEntry.fields.keys) == labels(entry))
        #expect(Set(LayoutView.fields.keys) == labels(layout))
        #expect(Set(ChapterView.ObjectiveLink.fields.keys) == labels(objective))
        #expect(Set(ChapterView.fields.keys) == labels(chapter))
        #expect(Set(IndexView.ObjectiveText.fields.keys) == labels(text))
        #expect(Set(IndexView.fields.keys) == labels(index))
        #expect(Set(EPUBPageView.fields.keys) == labels(page))
        #expect(chapter.child(named: "summary") == nil)
        #expect(chapter.child(named: "title") as? String == "t")
    }

    @Test func aLongCourseSidebarShowsAWindowAroundThePage() throws {
        var files = ["course.yml": TemporaryCourse.minimalConfig]
        for i in 1...40 {
            files[String(format: "chapters/%02d-c%d.md", i, i)] = "---\ntitle: \"Chapter \(i)\"\n---\n\nText.\n"
        }
        let course = try TemporaryCourse(files)
        let out = course.root.appendingPathComponent("output")
        _ = try Build.run(path: course.path, output: out.path, options: .init(only: .site))
        let page = try String(contentsOf: out.appendingPathComponent("site/chapters/20-c20.html"), encoding: .utf8)
        let sidebar = page.components(separatedBy: "<nav class=\"sidebar\"")[1].components(separatedBy: "</nav>")[0]
        #expect(sidebar.components(separatedBy: "<li>").count - 1 == 2 * SiteBuilder.sidebarReach + 1)
        #expect(sidebar.contains("<ol start=\"10\">"))
        #expect(sidebar.contains("aria-current=\"page\">Chapter 20<"))
        #expect(sidebar.contains("href=\"../index.html#contents\">All 40 chapters</a>"))
        #expect(SiteBuilder.sidebarWindow(chapterCount: 40, around: 39) == 19..<40)
        #expect(SiteBuilder.sidebarWindow(chapterCount: 40, around: nil) == 0..<21)
        #expect(SiteBuilder.sidebarWindow(chapterCount: 12, around: 5) == 0..<12)
    }
}

extension ScaleTests {
    @Test func theReferencesLinkSectionsWithoutQuotes() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-refs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Build.run(path: Golden.fixtures.appendingPathComponent("small-course").path, output: out.path, options: .init())
        let site = try String(contentsOf: out.appendingPathComponent("site/references.html"), encoding: .utf8)
        let ebook = try String(contentsOf: out.appendingPathComponent("epub/OEBPS/references.xhtml"), encoding: .utf8)
        #expect(site.contains("<ul class=\"citing-places\">"))
        #expect(!site.contains("</a>: “"))
        #expect(ebook.contains("<ul class=\"citing-places\">"))
        #expect(!ebook.contains("</a>: “"))
        let ebookLinks = ebook.components(separatedBy: "\n").filter { $0.hasPrefix("<li><a href=") }
        #expect(!ebookLinks.isEmpty)
        #expect(ebookLinks.allSatisfy { $0.hasSuffix("</a></li>") })
    }
}

extension ScaleTests {
    @Test func jsonStringsRoundTrip() throws {
        let original = "Mg²⁺ \"quoted\" back\\slash\nline\ttab \u{01} end"
        var json = ""
        JSONText.quote(original, into: &json)
        #expect(json == "\"Mg²⁺ \\\"quoted\\\" back\\\\slash\\nline\\ttab \\u0001 end\"")
        let decoded = try JSONDecoder().decode(String.self, from: Data(json.utf8))
        #expect(decoded == original)
    }
}
