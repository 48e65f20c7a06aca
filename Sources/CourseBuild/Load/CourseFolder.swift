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

    /// The bytes of a file inside the course; nil if it is missing, outside or unreadable.
    func data(_ relative: String) -> Data? {
        try? read(relative).get()
    }

    /// The bytes of a regular file inside the course, or why they cannot be
    /// had, as a phrase to follow the file's name ("cannot be read: Permission
    /// denied"). Only regular files are opened: a FIFO or a device would block
    /// the build or never end.
    func read(_ relative: String) -> Result<Data, CourseError> {
        guard contains(relative) else { return .failure(CourseError("is outside the course folder")) }
        let path = root.appendingPathComponent(relative).path
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(CourseError("does not exist")) }
        switch Int(info.st_mode) & Int(S_IFMT) {
        case Int(S_IFREG): break
        case Int(S_IFDIR): return .failure(CourseError("is a folder, not a file"))
        default: return .failure(CourseError("is not a regular file (a pipe, socket or device)"))
        }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(CourseError("cannot be read: \(String(cString: strerror(errno)))")) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(CourseError("cannot be read: \(error.localizedDescription)"))
        }
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
