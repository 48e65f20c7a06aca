import Foundation
import Testing
@testable import CourseBuild

/// `CourseFolder.contains` answers plain paths with a few lstat calls; what it
/// says must be what resolving every symlink says.
@Suite struct CourseFolderTests {
    @Test func containsAgreesWithResolvingSymlinks() throws {
        let course = try TemporaryCourse(["a/file.md": "text", "a/sub/deep.md": "text"])
        let fm = FileManager.default
        let outside = try TemporaryCourse(["x.md": "text"]).root
        try fm.createSymbolicLink(at: course.root.appendingPathComponent("inside"), withDestinationURL: course.root.appendingPathComponent("a"))
        try fm.createSymbolicLink(at: course.root.appendingPathComponent("out"), withDestinationURL: outside)
        try fm.createSymbolicLink(atPath: course.root.appendingPathComponent("a/up").path, withDestinationPath: "../a/file.md")
        let folder = CourseFolder(path: course.path)
        let expected: [String: Bool] = [
            "": true, "a": true, "a/file.md": true, "a/sub/deep.md": true, "a/missing/deeper.md": true, "a/file.md/below": true,
            "inside/file.md": true, "inside/sub/deep.md": true, "a/up": true, "out": false, "out/x.md": false, "inside/../out/x.md": false,
            "a/../a/file.md": true, "a/../../x": false, "/etc/passwd": false,
        ]
        for (path, inside) in expected {
            #expect(folder.contains(path) == inside, "\(path)")
        }
        #expect(folder.status(of: "inside/file.md") == .file)
        #expect(folder.status(of: "a/sub") == .missing)
        #expect(folder.status(of: "out/x.md") == .outside)
    }
}
