import Foundation
import Testing
@testable import CourseBuild

/// The reader's side of the site: search from file:// (the index as a script),
/// the search box and chapters menu of every page, and the print edition.
/// The same behaviour in a browser is checked by scripts/check-search and
/// scripts/check-print (headless Chromium, run from .ci/run), not here, so
/// that `swift test` needs no browser.
@Suite(.serialized) struct ReaderTests {
    static let out: URL = {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-reader-\(UUID().uuidString)")
        _ = try! Build.run(path: Golden.fixtures.appendingPathComponent("small-course").path, output: out.path, options: .init())
        return out
    }()

    func site(_ path: String) throws -> String {
        try String(contentsOf: Self.out.appendingPathComponent("site/" + path), encoding: .utf8)
    }

    /// The index script's JSON (`window.coursebuildSearch = {…};`), with the sections of its shards.
    func searchIndex() throws -> [String: Any] {
        try SearchScripts.read(siteAt: Self.out.appendingPathComponent("site"))
    }

    @Test func theSearchIndexIsAScriptWithOneCompactEntryPerSection() throws {
        #expect(!FileManager.default.fileExists(atPath: Self.out.appendingPathComponent("site/search-index.json").path))
        let index = try searchIndex()
        let pages = try #require(index["pages"] as? [[String]])
        let sections = try #require(index["sections"] as? [[Any]])
        #expect(index["shards"] as? [String] == ["search/1.js"], "a small course's sections fit in one shard")
        #expect(pages.first?[0] == "chapters/01-basics.html" && pages.first?[1].hasPrefix("Chapter 1. ") == true)
        #expect(pages.last == ["glossary.html", "Glossary"])
        // [page, fragment, heading, text]: arrays, no field names.
        let nmda = try #require(sections.first { ($0[2] as? String) == "The NMDA receptor" })
        #expect(nmda[0] as? Int == 0)
        #expect(nmda[1] as? String == "the-nmda-receptor")
        #expect((nmda[3] as? String)?.isEmpty == false)
        // Two sections with one title get their own ids.
        let limits = sections.filter { ($0[2] as? String) == "Upper limits" }.compactMap { $0[1] as? String }
        #expect(limits.count == 2 && Set(limits).count == 2)
        // A glossary term is found on the glossary page.
        #expect(sections.contains { ($0[0] as? Int) == pages.count - 1 && ($0[1] as? String)?.hasPrefix("term-") == true })
        // Compact: field names never repeat per entry.
        let shard = try #require(try SearchScripts.json(Self.out.appendingPathComponent("site/search/1.js"),
                                                        prefix: "window.coursebuildSearch.sections[0] = ") as? String)
        #expect(!String(decoding: try SearchScripts.unpacked(shard), as: UTF8.self).contains("\"title\":"))
    }

    @Test func theSearchPageLoadsTheScriptIndexAndReadsTheQuery() throws {
        let search = try site("search.html")
        #expect(search.contains("<script src=\"search-index.js\"></script>\n<script src=\"assets/search.js\"></script>"))
        #expect(search.contains("<form id=\"search-form\" class=\"search-form\" role=\"search\" action=\"search.html\" method=\"get\">"))
        #expect(!search.contains("class=\"site-search\""), "one search form on the search page")
        let script = try site("assets/search.js")
        #expect(script.contains("URLSearchParams(window.location.search).get(\"q\")"))
        #expect(script.contains("createElement(\"mark\")"))
        #expect(!script.contains("fetch("), "a fetch fails from file://")
    }

    @Test func everyOtherPageHasASearchBoxAndACollapsibleChaptersMenu() throws {
        for (page, root) in [("index.html", ""), ("chapters/01-basics.html", "../"), ("glossary.html", "")] {
            let html = try site(page)
            #expect(html.contains("<form class=\"site-search\" role=\"search\" action=\"\(root)search.html\" method=\"get\">"), "\(page)")
            #expect(html.contains("name=\"q\""))
            #expect(html.contains("<details class=\"chapter-menu\">\n<summary class=\"sidebar-title\">Chapters</summary>"), "\(page)")
        }
        let css = try site("assets/theme.css")
        #expect(css.contains("@media (prefers-color-scheme: dark)"))
        #expect(css.contains("@media print"))
    }

    @Test func thePrintEditionHoldsTheCourseInReadingOrder() throws {
        let print = try site("print.html")
        #expect(!print.contains("<nav class=\"sidebar\""))
        let order = ["id=\"print-contents-title\"", "id=\"chapter-01-basics\"", "id=\"chapter-02-safety\"",
                     "id=\"print-glossary\"", "id=\"print-references\""]
        let positions = order.map { print.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil }, "\(order.filter { !print.contains($0) })")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(print.contains("<figure id=\"01-basics--figure-1-1\">"))
        #expect(print.contains("<figcaption><span class=\"figure-label\">Figure 1.1.</span>"))
        #expect(print.contains("src=\"assets/figure.svg\""))
        // Every id once, every link within the page has its target.
        let ids = captures(#" id="([^"]*)""#, in: print)
        #expect(Set(ids).count == ids.count, "repeated ids: \(Dictionary(grouping: ids, by: { $0 }).filter { $1.count > 1 }.keys)")
        let targets = Set(ids)
        let missing = captures(##"href="#([^"]*)""##, in: print).filter { !targets.contains($0) }
        #expect(missing.isEmpty, "links without a target: \(missing)")
        #expect(!print.contains("href=\"chapters/"), "links to chapter pages become plain text within the page")
        #expect(!print.contains("<h1>Glossary"))
        #expect(print.components(separatedBy: "<h1").count == 2, "one h1: the course's title")
        #expect(print.components(separatedBy: "<a ").count == print.components(separatedBy: "</a>").count)
        #expect(print.components(separatedBy: "<span").count == print.components(separatedBy: "</span>").count)
        // Each labelled region's name is unique on the page.
        let labels = captures(#"aria-label="([^"]*)""#, in: print)
        #expect(Set(labels).count == labels.count, "\(labels)")
        #expect(try site("index.html").contains("<a href=\"print.html\">print edition</a>"))
    }

    @Test func printLinksBecomeLinksWithinThePage() {
        #expect(PrintEdition.link("#x", chapterSlug: "a") == "#a--x")
        #expect(PrintEdition.link("chapters/b.html#y", chapterSlug: "a") == "#b--y")
        #expect(PrintEdition.link("chapters/b.html", chapterSlug: nil) == "#chapter-b")
        #expect(PrintEdition.link("glossary.html#term-t", chapterSlug: "a") == "#term-t")
        #expect(PrintEdition.link("references.html", chapterSlug: "a") == "#print-references")
        #expect(PrintEdition.link("objectives.html#objective-o", chapterSlug: "a") == "objectives.html#objective-o")
        #expect(PrintEdition.link("https://example.org/a#b", chapterSlug: "a") == "https://example.org/a#b")
        let html = PrintEdition.rewrite(
            "<section aria-labelledby=\"r\"><h2 id=\"r\">R</h2><p>See <a class=\"citation\" href=\"#ref-k\">[1]</a> <a href=\"#r\">R</a> "
                + "<a class=\"term\" href=\"glossary.html#term-t\" title=\"A definition\">t</a> <a id=\"z\" href=\"#r\">Z</a> "
                + "and <a href=\"https://example.org/\" title=\"Example\">x</a>.</p></section>", chapterSlug: "s", label: "chapter 2")
        // Links within the page are their text; a span stays only where it keeps an id. Titles go.
        #expect(html == "<section aria-labelledby=\"s--r s--print-label\"><h3 id=\"s--r\">R</h3><p>See [1] R t <span id=\"s--z\">Z</span> "
            + "and <a href=\"https://example.org/\">x</a>.</p></section>")
    }
}
