import Foundation
import Testing
@testable import CourseBuild

@Suite struct FolderRemoverTests {
    @Test func removesANestedTreeButNotWhatALinkPointsTo() throws {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("cb-rm-\(UUID().uuidString)")
        let tree = base.appendingPathComponent("tree")
        let outside = base.appendingPathComponent("keep.txt")
        try fm.createDirectory(at: tree.appendingPathComponent("a/b/c"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: tree.appendingPathComponent("a/b/c/file.html"))
        try Data("y".utf8).write(to: tree.appendingPathComponent("top.txt"))
        try Data("keep".utf8).write(to: outside)
        try fm.createSymbolicLink(at: tree.appendingPathComponent("a/link"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: tree.appendingPathComponent("dirlink"), withDestinationURL: base)
        defer { try? fm.removeItem(at: base) }

        #expect(FolderRemover.removeTree(tree.path))
        #expect(!fm.fileExists(atPath: tree.path))
        #expect(try String(contentsOf: outside, encoding: .utf8) == "keep")
        #expect(FolderRemover.removeTree(tree.path))  // already gone
    }
}
