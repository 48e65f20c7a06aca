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
    static func save(_ data: Data, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)  // less the umask, as Data.write did
        guard fd >= 0 else { throw CourseError("could not create '\(path)': \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw CourseError("could not write '\(path)': \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }
}
