import Foundation

/// The course folder as the only place the tool reads from. Every path is
/// resolved (symlinks included) and refused if it leaves the folder.
struct CourseFolder: Sendable {
    let root: URL

    init(path: String) {
        root = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    }

    /// True if `relative` names something inside the course once `..` and symlinks are resolved.
    func contains(_ relative: String) -> Bool {
        guard !relative.hasPrefix("/") else { return false }
        let resolved = root.appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath()
        return resolved.path == root.path || resolved.path.hasPrefix(root.path + "/")
    }

    func exists(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return contains(relative)
            && FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDir)
            && !isDir.boolValue
    }

    func isDirectory(_ relative: String) -> Bool {
        var isDir: ObjCBool = false
        return contains(relative)
            && FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDir)
            && isDir.boolValue
    }

    /// The bytes of a file inside the course; nil if it is missing or outside.
    func data(_ relative: String) -> Data? {
        guard contains(relative) else { return nil }
        return FileManager.default.contents(atPath: root.appendingPathComponent(relative).path)
    }

    /// A file inside the course mapped into memory, for large files read once; nil if missing or outside.
    func mapped(_ relative: String) -> Data? {
        guard exists(relative) else { return nil }
        return try? Data(contentsOf: root.appendingPathComponent(relative), options: .alwaysMapped)
    }

    /// Files below a folder of the course (recursive, sorted), as course-relative paths.
    /// Entries that resolve outside the course are skipped.
    func files(under folder: String) -> [String] {
        guard isDirectory(folder),
            let walker = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
        else { return [] }
        var result: [String] = []
        while let name = walker.nextObject() as? String {
            let relative = folder + "/" + name
            if !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }), exists(relative) {
                result.append(relative)
            }
        }
        return result.sorted()
    }
}

/// A problem that stops the tool before lint can run: exit code 2.
public struct CourseError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
