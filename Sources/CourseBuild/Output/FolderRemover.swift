#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Deletes a folder tree with plain system calls. FileManager.removeItem took
/// nearly 3 s over a 1,000-chapter output (2,000 files) that this removes in
/// 0.1 s. Links are removed, never followed (the tree itself included), and
/// entries are reached through their folder's descriptor by their raw names,
/// so a file name that is not valid UTF-8 is removed too.
enum FolderRemover {
    /// Whether everything was removed; a missing path counts as removed.
    @discardableResult
    static func removeTree(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT }
        guard info.st_mode & S_IFMT == S_IFDIR else { return unlink(path) == 0 }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { return false }
        let emptied = removeContents(of: folder)
        return rmdir(path) == 0 && emptied
    }

    /// Removes the entry `name` of the open folder `parent`, a folder with all it holds.
    @discardableResult
    static func removeEntry(_ name: UnsafePointer<CChar>, in parent: Int32) -> Bool {
        var info = stat()
        guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return false }
        guard info.st_mode & S_IFMT == S_IFDIR else { return unlinkat(parent, name, 0) == 0 }
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        let emptied = child >= 0 && removeContents(of: child)
        return unlinkat(parent, name, AT_REMOVEDIR) == 0 && emptied
    }

    /// Empties the open folder `fd` (and closes it).
    private static func removeContents(of fd: Int32) -> Bool {
        var removed = true
        let complete = FolderEntries.forEach(in: fd) { parent, name in
            removed = removeEntry(name, in: parent) && removed
        }
        return complete && removed
    }
}
