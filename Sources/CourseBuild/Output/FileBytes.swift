import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file with plain system calls. Foundation's `Data.write(to:)`
/// calls fsync for every file, which made writing a 1,000-chapter output
/// (2,000 files) take 1–3 s of waiting on the disk. A build's output is
/// regenerated at will, and the staging folder is swapped in whole, so
/// flushing each file to disk buys nothing.
enum FileBytes {
    /// Writes `data` over the file at `path` (created if missing; a link there is not followed).
    static func save(_ data: Data, to path: String) throws {
        // Not O_TRUNC: ext4 writes a file out when it is closed after being truncated to zero
        // (its guard for programs that rewrite files without fsync), and the files a build
        // writes over (`SpareOutput`) are already empty; a longer one is cut after writing.
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o666)  // less the umask, as Data.write did
        guard fd >= 0 else { throw error("could not create", path) }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw error("could not write", path)
                }
                offset += written
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw error("could not write", path) }
        if info.st_size > data.count, ftruncate(fd, off_t(data.count)) != 0 { throw error("could not write", path) }
    }

    private static func error(_ what: String, _ path: String) -> CourseError {
        CourseError("\(what) '\(path)': \(String(cString: strerror(errno)))")
    }
}
