import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every source file of a course with its size and modification time: two
/// snapshots differ when a source was added, removed or saved. Taken with
/// plain `stat`, so `serve` can look every 20 ms without cost. Hidden files
/// (editors' swap and lock files) are left out.
struct SourceSnapshot: Equatable, Sendable {
    private var files: [String: [Int]] = [:]

    static let rootFiles = ["course.yml", "glossary.yml", "references.bib", "references.json"]
    static let folders = ["chapters", "assets", "templates"]

    /// `also`: files outside those folders that the course reads (chapters listed in course.yml).
    static func take(_ root: String, also: [String] = []) -> SourceSnapshot {
        var snapshot = SourceSnapshot()
        var paths = rootFiles + also
        for folder in folders {
            let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
            while let item = enumerator?.nextObject() as? String {
                if item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                paths.append(folder + "/" + item)
            }
        }
        for path in paths {
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { continue }
            snapshot.files[path] = [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        return snapshot
    }
}
