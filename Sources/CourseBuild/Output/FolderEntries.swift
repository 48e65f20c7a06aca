#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a folder by its descriptor, giving each entry's raw name (not
/// necessarily UTF-8) with the folder's descriptor, for the `…at` calls.
enum FolderEntries {
    /// Calls `body` with every entry of the open folder `fd` but "." and ".."
    /// (and closes `fd`); false if the folder could not be read.
    static func forEach(in fd: Int32, _ body: (_ folder: Int32, _ name: UnsafePointer<CChar>) -> Void) -> Bool {
        guard let dir = fdopendir(fd) else {
            close(fd)
            return false
        }
        defer { closedir(dir) }
        let folder = dirfd(dir)
        while let entry = readdir(dir) {
            var name = entry.pointee.d_name
            let capacity = MemoryLayout.size(ofValue: name)
            withUnsafePointer(to: &name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: capacity) { name in
                    if strcmp(name, ".") != 0, strcmp(name, "..") != 0 { body(folder, name) }
                }
            }
        }
        return true
    }
}
