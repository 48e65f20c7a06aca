import Foundation

/// Which file a path names and when it last changed, as `stat` tells: two equal
/// signatures mean equal contents, provided the first was taken a while after
/// the file's last change (the kernel stamps changes with a coarse clock, so a
/// second write within the same tick keeps the stamp). `serve` reads a chapter
/// again only when its signature differs.
struct FileSignature: Equatable, Sendable {
    private let fields: [Int]
    /// When the file last changed: its ctime, which no program can set back.
    private let changed: Double

    init(_ info: stat) {
        fields = [
            Int(info.st_dev), Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec),
            Int(info.st_ctim.tv_sec), Int(info.st_ctim.tv_nsec),
        ]
        changed = Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9
    }

    /// Whether a later change would show in the signature when it is taken at `time`
    /// (seconds since 1970): the last change is older than any clock's tick.
    func isSettled(at time: Double) -> Bool {
        changed < time - 1
    }
}
