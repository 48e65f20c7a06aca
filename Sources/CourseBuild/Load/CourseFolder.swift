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
        lookUp(relative).inside
    }

    func exists(_ relative: String) -> Bool {
        status(of: relative) == .file
    }

    /// What the disk holds at `relative`, as a link's target.
    func status(of relative: String) -> PathStatus {
        let (inside, info) = lookUp(relative)
        guard inside else { return .outside }
        guard let info, info.st_mode & S_IFMT != S_IFDIR else { return .missing }
        return .file
    }

    func isDirectory(_ relative: String) -> Bool {
        let (inside, info) = lookUp(relative)
        return inside && info.map { $0.st_mode & S_IFMT == S_IFDIR } ?? false
    }

    /// When the file was last modified, symlinks followed; nil when nothing is there.
    func modified(_ relative: String) -> Date? {
        info(relative).map { Date(timeIntervalSince1970: TimeInterval($0.st_mtim.tv_sec) + TimeInterval($0.st_mtim.tv_nsec) / 1e9) }
    }

    /// Which file `relative` names and when it changed; nil when it is outside or missing.
    func signature(of relative: String) -> FileSignature? {
        let (inside, info) = lookUp(relative)
        return inside ? info.map(FileSignature.init) : nil
    }

    /// Whether `relative` is inside the course, and what `stat` says of it (nil: nothing there).
    /// A path without `..` or symlinks stays inside as written, which a few lstat calls
    /// tell: Foundation's resolution costs far more, and a serve rebuild asks about
    /// every chapter and every path a chapter links to.
    private func lookUp(_ relative: String) -> (inside: Bool, info: stat?) {
        guard !relative.hasPrefix("/") else { return (false, nil) }
        var path = root.path
        var info: stat? = nil
        for part in relative.split(separator: "/") {
            guard part != ".." else { return resolved(relative) }
            path += "/" + part
            var found = stat()
            // What does not exist holds no symlink, nor does anything below it.
            guard lstat(path, &found) == 0 else { return (true, nil) }
            guard found.st_mode & S_IFMT != S_IFLNK else { return resolved(relative) }
            info = found
        }
        // Not a symlink, so lstat said what stat would.
        return (true, info ?? self.info(relative))
    }

    /// `lookUp` for a path with `..` or a symlink: resolved by Foundation.
    private func resolved(_ relative: String) -> (inside: Bool, info: stat?) {
        let resolved = root.appendingPathComponent(relative).standardizedFileURL.resolvingSymlinksInPath()
        return (resolved.path == root.path || resolved.path.hasPrefix(root.path + "/"), info(relative))
    }

    private func info(_ relative: String) -> stat? {
        var info = stat()
        return stat(root.path + "/" + relative, &info) == 0 ? info : nil
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
