import Foundation

/// System calls that wait on the disk rather than use a core, made from more
/// threads than there are cores. On ext4 mounted with `discard` (and no journal),
/// freeing a file's blocks waits for the device to trim them: cutting 3,000 files
/// of 50 KB took 1.2–7 s from one thread, 3.7 s from two and 0.2 s from eight.
enum WaitingCalls {
    static let threads = 8

    /// The indices of `items` for which `call` returned false.
    static func failures<T: Sendable>(_ items: [T], _ call: @escaping @Sendable (T) -> Bool) -> [Int] {
        let lock = NSLock()
        nonisolated(unsafe) var failed: [Int] = []
        let group = DispatchGroup()
        for first in 0..<min(threads, items.count) {
            group.enter()
            Thread {
                for i in stride(from: first, to: items.count, by: threads) where !call(items[i]) {
                    lock.withLock { failed.append(i) }
                }
                group.leave()
            }.start()
        }
        group.wait()
        return failed.sorted()
    }
}
