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

    @Test func aLinkGivenAsTheTreeIsRemovedNotFollowed() throws {
        let fm = FileManager.default
        let base = fm.temporaryDirectory.appendingPathComponent("cb-rm-\(UUID().uuidString)")
        let victim = base.appendingPathComponent("victim")
        try fm.createDirectory(at: victim.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: victim.appendingPathComponent("sub/file.txt"))
        let link = base.appendingPathComponent("link")
        try fm.createSymbolicLink(at: link, withDestinationURL: victim)
        defer { try? fm.removeItem(at: base) }

        #expect(FolderRemover.removeTree(link.path))
        #expect((try? fm.destinationOfSymbolicLink(atPath: link.path)) == nil)
        #expect(fm.fileExists(atPath: victim.appendingPathComponent("sub/file.txt").path))
    }

    @Test func removesFilesWhoseNamesAreNotUTF8() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("cb-rm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let name: [CChar] = Array((base.path + "/caf").utf8CString.dropLast()) + [CChar(bitPattern: 0xE9), 0]
        let fd = open(name, O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0)
        close(fd)
        #expect(FolderRemover.removeTree(base.path))
        #expect(!FileManager.default.fileExists(atPath: base.path))
    }
}
