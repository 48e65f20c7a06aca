import Foundation
import Testing
@testable import CourseBuild

/// The previous output is kept beside the output as empty files for the next
/// build to write over: the output is still exactly the new files, nothing is
/// written through a link or another name, and a failed build keeps the old output.
@Suite struct SpareOutputTests {
    let fm = FileManager.default
    let course: TemporaryCourse
    let out: URL
    var spare: URL { out.deletingLastPathComponent().appendingPathComponent(".out.spare") }

    init() throws {
        course = try TemporaryCourse(["course.yml": TemporaryCourse.minimalConfig])
        out = course.root.appendingPathComponent("out")
    }

    func write(_ files: [String: String]) throws {
        try OutputWriter.write(files.map { OutputFile($0.key, $0.value) }, to: out, course: CourseFolder(path: course.path))
    }

    /// Every file under `folder` with its text.
    func contents(of folder: URL) -> [String: String] {
        var result: [String: String] = [:]
        for case let path as String in fm.enumerator(atPath: folder.path) ?? .init() where !fm.isDirectory(folder.appendingPathComponent(path)) {
            result[path] = fm.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
        }
        return result
    }

    @Test func theOutputIsTheNewFilesAndTheSpareHoldsOnlyEmptyOnes() throws {
        try write(["site/index.html": "one", "site/old/gone.html": "old", "epub/a.xhtml": "a"])
        try write(["site/index.html": "two", "site/old": "now a file", "epub/a.xhtml": "a"])
        #expect(contents(of: spare).values.allSatisfy { $0.isEmpty || $0 == "*\n" })
        #expect(contents(of: spare)[".gitignore"] == "*\n")
        try write(["site/index.html": "three", "site/old/gone.html/new.html": "deeper", "review/x.json": "{}"])
        #expect(contents(of: out) == ["site/index.html": "three", "site/old/gone.html/new.html": "deeper", "review/x.json": "{}"])
        #expect(contents(of: spare).values.allSatisfy { $0.isEmpty || $0 == "*\n" })
    }

    @Test func linksAndOtherNamesInTheSpareAreNotWrittenThrough() throws {
        try write(["site/index.html": "one", "site/page.html": "p"])
        try write(["site/index.html": "two", "site/page.html": "p"])
        let outside = course.root.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("index.html"))
        try Data("mine".utf8).write(to: outside.appendingPathComponent("linked.html"))
        // The spare's site/ becomes a link to a folder outside; its page a second name of a file outside.
        try fm.removeItem(at: spare.appendingPathComponent("site"))
        try fm.createSymbolicLink(at: spare.appendingPathComponent("site"), withDestinationURL: outside)
        try fm.createDirectory(at: spare.appendingPathComponent("epub"), withIntermediateDirectories: true)
        try fm.linkItem(at: outside.appendingPathComponent("linked.html"), to: spare.appendingPathComponent("epub/page.xhtml"))

        try write(["site/index.html": "three", "epub/page.xhtml": "new"])
        #expect(contents(of: out) == ["site/index.html": "three", "epub/page.xhtml": "new"])
        #expect(contents(of: outside) == ["index.html": "keep", "linked.html": "mine"])
    }

    @Test func aSpareThatIsALinkIsNotFollowed() throws {
        try write(["site/index.html": "one"])
        let outside = course.root.appendingPathComponent("outside")
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("keep.txt"))
        try fm.createSymbolicLink(at: spare, withDestinationURL: outside)
        try write(["site/index.html": "two"])
        #expect(contents(of: out) == ["site/index.html": "two"])
        #expect(contents(of: outside) == ["keep.txt": "keep"])
    }

    @Test func aFailedWriteKeepsThePreviousOutputWhole() throws {
        try write(["site/index.html": "one", "site/a.html": "a"])
        try write(["site/index.html": "two", "site/a.html": "a"])
        #expect(fm.fileExists(atPath: spare.path))
        #expect(throws: CourseError.self) { try write(["site/index.html": "three", "../escape.html": "x"]) }
        #expect(!fm.fileExists(atPath: course.root.appendingPathComponent("escape.html").path))
        // Fails while writing into the claimed spare: "site/a.html" is both a file and a folder.
        #expect(throws: CourseError.self) { try write(["site/index.html": "three", "site/a.html": "a", "site/a.html/b.html": "b"]) }
        #expect(contents(of: out) == ["site/index.html": "two", "site/a.html": "a"])
        let beside = try fm.contentsOfDirectory(atPath: course.root.path).filter { $0.hasPrefix(".out.") }
        #expect(beside.allSatisfy { $0 == ".out.spare" })
    }
}
