import Foundation

/// A previous output kept beside the output folder (`.output.spare`) as empty
/// files, for the next build to write into. On an ext4 file system without a
/// journal, creating a file scans past every inode freed in the last few
/// minutes (`recently_deleted` in the kernel's inode allocator), so a build that
/// removed the previous output's 4,000 files and created 4,000 new ones spent
/// 1.5–2 s there; writing over existing files allocates no inodes.
enum SpareOutput {
    static func path(beside target: URL) -> String {
        target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).spare").path
    }

    /// Moves the spare to `staging` (a missing path) and lists what it holds;
    /// when there is no spare (or another build took it), creates `staging` empty.
    static func claim(beside target: URL, as staging: String) throws -> FolderInventory {
        if rename(path(beside: target), staging) == 0 {
            if let inventory = FolderInventory.take(of: staging, emptying: false) { return inventory }
            FolderRemover.removeTree(staging)
        }
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: false)
        return FolderInventory()
    }

    /// Keeps the folder `previous` (an output no longer in use) as the spare,
    /// its files cut to zero bytes; removes it instead when there already is one.
    static func keep(_ previous: String, beside target: URL) -> Bool {
        _ = FolderInventory.take(of: previous, emptying: true)
        // Its contents (this file included) are ignored by git, so the spare does not show as untracked.
        try? FileBytes.save(Data("*\n".utf8), to: previous + "/.gitignore")
        return rename(previous, path(beside: target)) == 0 || FolderRemover.removeTree(previous)
    }
}
