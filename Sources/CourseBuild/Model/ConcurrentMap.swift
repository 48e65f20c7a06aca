import Foundation

extension Sequence {
    /// `map` over all cores, keeping the order: the per-chapter stages are pure,
    /// so they can run side by side.
    func concurrentMap<T>(_ transform: (Element) -> T) -> [T] {
        let items = Array(self)
        guard items.count > 1 else { return items.map(transform) }
        return withoutActuallyEscaping(transform) { transform in
            let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: items.count)
            results.initialize(repeating: nil)
            defer {
                // Deinitialised, not only deallocated: otherwise every result stayed retained (serve grew by MBs a rebuild).
                results.deinitialize()
                results.deallocate()
            }
            // The one place the pipeline shares memory across threads: each iteration
            // writes its own slot, and `transform` is one of the pure per-chapter stages.
            nonisolated(unsafe) let (shared, work, slots) = (items, transform, results)
            DispatchQueue.concurrentPerform(iterations: items.count) { i in
                slots[i] = work(shared[i])
            }
            return results.map { $0! }
        }
    }
}

/// A value written by one thread and read by another after it has finished
/// (the lock makes the hand-over visible).
final class LockedValue<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
