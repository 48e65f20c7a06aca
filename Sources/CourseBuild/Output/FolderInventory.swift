#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The folders and files of a tree that a build may write into again, found
/// with plain system calls. Anything but a folder or a regular file with a
/// single name (a link, a device, a file also named elsewhere, a name that is
/// not UTF-8) is removed on the way, so writing over what is listed cannot
/// reach or change anything outside the tree.
struct FolderInventory {
    /// Paths relative to the tree's root.
    var files: Set<String> = []
    var folders: Set<String> = []

    /// The inventory of the folder at `root`, nil if that is not a folder (or is a link
    /// to one); with `emptying`, every listed file is also cut to zero bytes.
    static func take(of root: String, emptying: Bool) -> FolderInventory? {
        let fd = open(root, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var inventory = FolderInventory()
        var filled: [String] = []
        inventory.add(folder: fd, prefix: "", filled: &filled)
        if emptying { inventory.empty(filled, under: root) }
        return inventory
    }

    /// Cuts the files at `paths` to zero bytes (freeing the blocks of a 200 MB
    /// output waits on the disk); one that cannot be cut is removed.
    private mutating func empty(_ paths: [String], under root: String) {
        let failed = WaitingCalls.failures(paths) { path in
            let fd = open(root + "/" + path, O_WRONLY | O_TRUNC | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            guard fd >= 0 else { return false }
            close(fd)
            return true
        }
        for i in failed {
            unlink(root + "/" + paths[i])
            files.remove(paths[i])
        }
    }

    /// Adds what the open folder `fd` holds (and closes it); files that are not empty also to `filled`.
    private mutating func add(folder fd: Int32, prefix: String, filled: inout [String]) {
        _ = FolderEntries.forEach(in: fd) { parent, name in
            var info = stat()
            guard let text = String(validatingCString: name), fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                FolderRemover.removeEntry(name, in: parent)
                return
            }
            let path = prefix + text
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard child >= 0 else {
                    FolderRemover.removeEntry(name, in: parent)
                    return
                }
                folders.insert(path)
                add(folder: child, prefix: path + "/", filled: &filled)
            case S_IFREG where info.st_nlink == 1:
                files.insert(path)
                if info.st_size > 0 { filled.append(path) }
            default:
                FolderRemover.removeEntry(name, in: parent)
            }
        }
    }
}
