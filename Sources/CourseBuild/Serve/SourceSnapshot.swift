import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every source file of a course with its size and modification time: two
/// snapshots differ when a source was added, removed or saved. Taken with
/// `readdir` and plain `stat`: a few milliseconds for 1,000 chapters, taken
/// only when the watcher reports a change. Hidden files
/// (editors' swap and lock files) are left out.
struct SourceSnapshot: Equatable, Sendable {
    private var files: [String: [Int]] = [:]

    static let rootFiles = ["course.yml", "glossary.yml", "references.bib", "references.json"]
    static let folders = ["chapters", "assets", "templates"]

    /// `also`: files outside those folders that the course reads (chapters listed in course.yml).
    static func take(_ root: String, also: [String] = []) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        var paths = rootFiles + also
        for folder in folders { paths += walk(root, folder).files }
        for path in paths {
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            snapshot.files[path] = [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        return snapshot
    }

    /// The files and subfolders under `folder` (relative to `root`, hidden ones
    /// left out), read with `readdir` alone: no `stat` but for entries whose
    /// kind the file system does not tell.
    static func walk(_ root: String, _ folder: String) -> (files: [String], folders: [String]) {
        var files: [String] = [], folders: [String] = []
        var pending = [folder]
        while let current = pending.popLast() {
            guard let directory = opendir(root + "/" + current) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if name.hasPrefix(".") { continue }
                let path = current + "/" + name
                var isFolder = Int32(entry.pointee.d_type) == Int32(DT_DIR)
                if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) || Int32(entry.pointee.d_type) == Int32(DT_LNK) {
                    var info = stat()
                    isFolder = stat(root + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder {
                    folders.append(path)
                    pending.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return (files, folders)
    }
}
