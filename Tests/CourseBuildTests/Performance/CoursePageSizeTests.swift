import Foundation
import Testing
import ZIPFoundation
@testable import CourseBuild

/// Course-wide pages stay bounded as a course grows (issue #17): glossary
/// backlinks and citing sections are capped with their counts shown, the
/// references continue on further pages past a size, and the claims review is
/// split per chapter. Tested with the caps lowered on a small generated course,
/// so nothing is lost: every count is shown and every page linked.
@Suite struct CoursePageSizeTests {
    static let chapters = 8

    /// `chapters` chapters of three sections, each citing the chapter's own entry
    /// (and chapter 1's) and using the glossary's one term.
    static func course() throws -> TemporaryCourse {
        var files = ["course.yml": TemporaryCourse.minimalConfig, "glossary.yml": RuleExample.glossary]
        var bib = ""
        for i in 1...chapters {
            bib += "@article{e\(i), author={Doe, Jane}, title={Trial \(i)}, journal={J}, year={20\(10 + i)}}\n"
            var body = "---\ntitle: \"Chapter \(i)\"\n---\n\n"
            for section in ["Alpha", "Beta", "Gamma"] {
                body += "## \(section)\n\nThe [receptor](term:receptor) level fell by \(i)% in one trial [@e\(i); @e1].\n\n"
            }
            body += "```quiz\nquestion: \"Did it fall?\"\nchoices:\n  - text: \"Yes\"\n    correct: true\n"
                + "    feedback: \"Right: it fell by \(i)% [@e\(i)].\"\n  - text: \"No\"\n    feedback: \"No.\"\n```\n"
            files["chapters/\(String(format: "%02d", i))-chapter.md"] = body
        }
        files["references.bib"] = bib
        return try TemporaryCourse(files)
    }

    @Test func glossaryBacklinksAreCappedWithTheirCount() throws {
        let (course, _) = try Build.check(path: try Self.course().path, options: .init())
        let page = CoursePages.glossary(course.index, course.facts, .siteRoot, chapterCap: 3)
        #expect(page.contains("Used in \(Self.chapters) chapters; first in: "))
        #expect(page.contains(", and \(Self.chapters - 3) more.</p>"))
        #expect(page.components(separatedBy: "<a href=\"chapters/").count - 1 == 3)
        // Under the cap the list is as it was.
        let full = CoursePages.glossary(course.index, course.facts, .siteRoot)
        #expect(full.contains("<p class=\"citing-places\">Used in: <a href=\"chapters/01-chapter.html\">1. Chapter 1</a>, "))
    }

    @Test func referencesContinueOnPagesThatListEachOther() throws {
        let (course, _) = try Build.check(path: try Self.course().path, options: .init())
        let formatted = FormattedReferences(index: course.index, facts: course.facts)
        let one = CoursePages.references(course.index, course.facts, formatted, .siteRoot, budget: 1 << 30)
        #expect(one.map(\.name) == ["references"])
        #expect(!one[0].body.contains("<nav"))
        let budget = 1_000
        for links in [PageLinks.siteRoot, .epub] {
            let pages = CoursePages.references(course.index, course.facts, formatted, links, budget: budget, sectionCap: 2)
            #expect(pages.count > 2)
            #expect(pages.map(\.name) == ["references"] + (2...pages.count).map { "references-\($0)" })
            let all = pages.map(\.body).joined()
            // Every chapter's list is on one of the pages, each entry once per chapter that cites it.
            for i in 1...Self.chapters {
                #expect(all.contains("<h2 id=\"refs-\(String(format: "%02d", i))-chapter\">"))
                #expect(all.contains("<li id=\"bib-\(i)-e\(i)\">"))
            }
            for (k, page) in pages.enumerated() {
                // A page holds what fits in the budget, or one chapter's list if that alone is larger.
                #expect(page.body.utf8.count < budget + 1_500 || page.body.components(separatedBy: "<h2").count == 2)
                for (j, other) in pages.enumerated() where j != k {
                    #expect(page.body.contains("href=\"\(links.page(other.name))\""))
                }
                #expect(page.body.contains("Page \(k + 1) of \(pages.count)"))
            }
            // Three sections cite each entry: two are linked, the count says the rest.
            #expect(all.contains("<li>and 1 more sections (3 citing sentences in 3 sections in all)</li>"))
            #expect(!all.contains("“"))
        }
    }

    @Test func theBuildSplitsReferencesAndTheReviewAndKeepsEveryCitingSentence() throws {
        let course = try Self.course()
        let out = course.root.appendingPathComponent("out")
        #expect(try Build.run(path: course.path, output: out.path, options: .init()).errorCount == 0)
        let site = try String(contentsOf: out.appendingPathComponent("site/references.html"), encoding: .utf8)
        #expect(site.contains("<ul class=\"citing-places\">"))
        let summary = try String(contentsOf: out.appendingPathComponent("review/claims.html"), encoding: .utf8)
        for i in 1...Self.chapters {
            let slug = String(format: "%02d", i) + "-chapter"
            #expect(summary.contains("<a href=\"chapters/\(slug).html\">\(i). Chapter \(i)</a>"))
            let page = try String(contentsOf: out.appendingPathComponent("review/chapters/\(slug).html"), encoding: .utf8)
            // Every prose sentence citing a source once; the evidence map: under each source, the lines
            // citing it and the quiz sentences citing it.
            #expect(page.components(separatedBy: "in one trial [@e\(i); @e1].</li>").count - 1 == 3)
            #expect(page.contains("<br />Lines 7, 11, 15"))
            #expect(page.contains("<a href=\"#gamma\">a self-check question</a> “Right: it fell by \(i)%.”"))
            #expect(page.contains("<li>Doe J. Trial \(i)."))
            let json = try #require(try JSONSerialization.jsonObject(
                with: Data(contentsOf: out.appendingPathComponent("review/chapters/\(slug).json"))) as? [String: Any])
            #expect((json["claims"] as? [Any])?.count == 3)
        }
        // The site's copy of the ebook holds the same bytes as the ebook.
        let epub = try Data(contentsOf: out.appendingPathComponent("test-course.epub"))
        #expect(try Data(contentsOf: out.appendingPathComponent("site/test-course.epub")) == epub)
    }

    @Test func aLargeFileWrittenTwiceIsLinkedNotWrittenAgain() throws {
        let big = Data(repeating: 7, count: OutputWriter.linkSize)
        let files = [OutputFile("a.epub", data: big), OutputFile("small", "x"), OutputFile("site/a.epub", data: big),
                     OutputFile("other", data: Data(repeating: 8, count: OutputWriter.linkSize))]
        let (unique, copies) = OutputWriter.sameBytes(files)
        #expect(unique.map(\.path) == ["a.epub", "small", "other"])
        #expect(copies.map { $0.0.path } == ["site/a.epub"])
        #expect(copies.map(\.1) == ["a.epub"])
        let course = try TemporaryCourse(["course.yml": TemporaryCourse.minimalConfig])
        let out = course.root.appendingPathComponent("out")
        try OutputWriter.write(files, to: out, course: CourseFolder(path: course.path))
        #expect(try Data(contentsOf: out.appendingPathComponent("site/a.epub")) == big)
        let a = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("a.epub").path)
        let b = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent("site/a.epub").path)
        #expect(a[.systemFileNumber] as? Int == b[.systemFileNumber] as? Int)
    }

    @Test func zlibsCRCIsZIPFoundations() {
        let text = Data(String(repeating: "Mg²⁺ 350 mg\n", count: 1_000).utf8)
        #expect(ZipArchive.crc32(of: text) == text.crc32(checksum: 0))
        #expect(ZipArchive.crc32(of: Data()) == 0)
    }

    @Test func deflatedEntriesUnzipToTheirBytes() throws {
        let text = Data(String(repeating: "<p>Magnesium and sleep, 350 mg a day.</p>\n", count: 5_000).utf8)
        let bytes = try ZipArchive.make([.init(path: "mimetype", data: Data("application/epub+zip".utf8), deflate: false),
                                       .init(path: "a.xhtml", data: text, deflate: true),
                                       .init(path: "empty", data: Data(), deflate: true)], modified: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(bytes.count < text.count / 10)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cb-zip-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: url) }
        try bytes.write(to: url)
        let archive = try Archive(url: url, accessMode: .read)
        #expect(Array(archive).map(\.path) == ["mimetype", "a.xhtml", "empty"])
        for (entry, original) in zip(Array(archive), [Data("application/epub+zip".utf8), text, Data()]) {
            var extracted = Data()
            _ = try archive.extract(entry) { extracted.append($0) }
            #expect(extracted == original, "\(entry.path)")
        }
    }
}
