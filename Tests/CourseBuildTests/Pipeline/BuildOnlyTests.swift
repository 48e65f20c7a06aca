import Foundation
import Testing
@testable import CourseBuild

/// `build --only site|epub` builds one target and leaves the other outputs as they were (SPEC §2).
@Suite struct BuildOnlyTests {
    let fixture = Golden.fixtures.appendingPathComponent("small-course").path

    func contents(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

    @Test func onlyEPUBKeepsTheSiteAndTheReview() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-only-\(UUID().uuidString)")
        _ = try Build.run(path: fixture, output: out.path, options: .init())
        let index = try #require(contents(out.appendingPathComponent("site/index.html")))
        let review = try #require(contents(out.appendingPathComponent("review/claims.html")))
        try Data("a file of the author's".utf8).write(to: out.appendingPathComponent("notes.txt"))
        // The new EPUB differs from the old one (its modified date), so its copies can be told apart.
        setenv("SOURCE_DATE_EPOCH", "1700000000", 1)
        defer { unsetenv("SOURCE_DATE_EPOCH") }
        _ = try Build.run(path: fixture, output: out.path, options: .init(only: .epub))
        #expect(contents(out.appendingPathComponent("site/index.html")) == index)
        #expect(contents(out.appendingPathComponent("review/claims.html")) == review)
        #expect(contents(out.appendingPathComponent("notes.txt")) == Data("a file of the author's".utf8))
        let epub = try #require(contents(out.appendingPathComponent("small-course.epub")))
        #expect(contents(out.appendingPathComponent("site/small-course.epub")) == epub, "the site's download is the new ebook")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("epub/OEBPS/content.opf").path))
    }

    @Test func onlySiteKeepsTheEPUB() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-only-\(UUID().uuidString)")
        _ = try Build.run(path: fixture, output: out.path, options: .init())
        let epub = try #require(contents(out.appendingPathComponent("small-course.epub")))
        let opf = try #require(contents(out.appendingPathComponent("epub/OEBPS/content.opf")))
        try FileManager.default.removeItem(at: out.appendingPathComponent("site/glossary.html"))
        _ = try Build.run(path: fixture, output: out.path, options: .init(only: .site))
        #expect(contents(out.appendingPathComponent("small-course.epub")) == epub)
        #expect(contents(out.appendingPathComponent("epub/OEBPS/content.opf")) == opf)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("site/glossary.html").path))
    }

    @Test func theSummaryLineNamesPagesEPUBTimeAndWarnings() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-only-\(UUID().uuidString)")
        let (result, summary) = try Build.runWithSummary(path: fixture, output: out.path, options: .init())
        let line = try #require(summary).line(seconds: 1.25)
        #expect(line.hasPrefix("built \(out.path): ") && line.contains(" pages, EPUB ") && line.contains("1.2 s"))
        #expect(line.hasSuffix(" \(result.warningCount) warnings\n") || line.hasSuffix(" 1 warning\n"))
        let quiet = BuildSummary.report(result, summary, courseAt: fixture, seconds: 1, timings: nil, quiet: true, verbose: false, terminal: true)
        #expect(!quiet.contains("built "))
        let piped = BuildSummary.report(result, summary, courseAt: fixture, seconds: 1, timings: nil, quiet: false, verbose: false, terminal: false)
        #expect(!piped.contains("built "))
    }
}

/// The ebook's cover: course.yml's `cover:`, or one drawn from the title.
@Suite struct EPUBCoverTests {
    func build(_ course: TemporaryCourse) throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-cover-\(UUID().uuidString)")
        #expect(try Build.run(path: course.path, output: out.path, options: .init()).errorCount == 0)
        return out.appendingPathComponent("epub/OEBPS")
    }

    @Test func withoutCoverADrawnSVGIsTheCoverImage() throws {
        let config = "title: \"Bread & Butter\"\nsubtitle: \"A Weekend Course on Baking at Home\"\nauthors: [\"A. Baker\"]\n"
        let book = try build(try TemporaryCourse(chapter: "Text.", config: config))
        let svg = try String(contentsOf: book.appendingPathComponent("cover.svg"), encoding: .utf8)
        #expect(svg.contains(">Bread &amp; Butter</text>") && svg.contains(">A. Baker</text>"))
        let opf = try String(contentsOf: book.appendingPathComponent("content.opf"), encoding: .utf8)
        #expect(opf.contains("href=\"cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\""))
        #expect(try String(contentsOf: book.appendingPathComponent("cover.xhtml"), encoding: .utf8).contains("<img src=\"cover.svg\""))
    }

    @Test func courseYmlNamesTheCover() throws {
        let config = TemporaryCourse.minimalConfig + "cover: assets/cover.svg\n"
        let course = try TemporaryCourse(chapter: "Text.", config: config, extra: ["assets/cover.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n"])
        let book = try build(course)
        #expect(!FileManager.default.fileExists(atPath: book.appendingPathComponent("cover.svg").path))
        let opf = try String(contentsOf: book.appendingPathComponent("content.opf"), encoding: .utf8)
        #expect(opf.contains("href=\"assets/cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\""))
    }

    @Test func aCoverThatIsNoImageIsAConfigError() throws {
        let course = try TemporaryCourse(chapter: "Text.", config: TemporaryCourse.minimalConfig + "cover: cover.png\n")
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .configInvalid })
        #expect(d.message == "cover 'cover.png' is not an image in assets/" && d.range.start.line == 3)
    }
}
