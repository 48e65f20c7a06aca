import Foundation
import Testing
@testable import CourseBuild

/// `coursebuild init DIR`: the example course builds and lints clean with
/// `--strict`, shows every feature, and is never written over anything.
@Suite struct InitTests {
    func freshFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cb-init-\(UUID().uuidString)")
    }

    @Test func theNewCourseLintsCleanStrictAndBuilds() throws {
        let dir = freshFolder()
        try StarterCourse.write(to: dir.path)
        let (_, lint) = try Build.check(path: dir.path, options: LintOptions(strict: true))
        #expect(lint.diagnostics.map { "\($0.range.file):\($0.range.start.line): \($0.message) [\($0.rule.rawValue)]" } == [])
        let out = dir.appendingPathComponent("output")
        let result = try Build.run(path: dir.path, output: out.path, options: .init(lint: LintOptions(strict: true)))
        #expect(result.errorCount == 0 && result.warningCount == 0)
        let chapter = try String(contentsOf: out.appendingPathComponent("site/chapters/01-contours.html"), encoding: .utf8)
        // One of each feature.
        for mark in ["class=\"citation\"", "class=\"term\"", "<table>", "Figure 1.", "callout-tip", "class=\"quiz\"",
                     "href=\"02-scale.html#measuring-a-distance\"", "In this chapter", "<img src=\"../assets/contours.svg\""] {
            #expect(chapter.contains(mark), "the example chapter has no \(mark)")
        }
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("reading-a-map.epub").path))
        #expect(try String(contentsOf: dir.appendingPathComponent(".gitignore"), encoding: .utf8) == "output/\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("README.md"), encoding: .utf8).contains("coursebuild lint . --strict"))
    }

    @Test func aNonEmptyFolderIsRefusedAndLeftAlone() throws {
        let dir = freshFolder()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        let result = try CLITests().run(["init", dir.path])
        #expect(result.code == 2)
        #expect(result.err.contains("is not empty; init writes a new course only into an empty or new folder"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
        // An empty folder is fine, through the command line too.
        let empty = freshFolder()
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let ok = try CLITests().run(["init", empty.path])
        #expect(ok.code == 0 && ok.out.contains("wrote a new course into"))
        #expect(try CLITests().run(["lint", empty.path, "--strict"]).code == 0)
    }

    @Test func embeddedStarterEqualsTheStarterFolder() throws {
        let folder = ThemeDriftTests.templates.deletingLastPathComponent().appendingPathComponent("starter")
        let names = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }
            .filter { !FileManager.default.isDirectory(folder.appendingPathComponent($0)) }.sorted()
        #expect(names == StarterCourse.files.keys.sorted(), "run `make starter`")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(StarterCourse.files[name].map { $0 + "\n" } == text, "starter/\(name) differs: run `make starter`")
        }
    }
}
