import Foundation

/// Results a `serve` rebuild can take from the one before: resolved chapters,
/// rendered pages and parts of pages, each stored with the inputs it was made
/// from. A result is reused only when its inputs are equal to this rebuild's,
/// so the pages equal a fresh build's; the inputs are `CourseRevisions`
/// numbers and the few facts a page reads from every chapter.
final class RebuildMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (inputs: AnyHashable, value: Any)] = [:]
    private var used: Set<String> = []
    /// What this rebuild is made from.
    private(set) var revisions = CourseRevisions()

    init() {}

    /// Starts a rebuild from `revisions`.
    func begin(_ revisions: CourseRevisions) {
        lock.withLock {
            self.revisions = revisions
            used = []
        }
    }

    /// Forgets what the last rebuild did not ask for (a removed chapter's pages), so the memo does not grow.
    func end() {
        lock.withLock {
            // Most rebuilds ask for every name there is: then nothing is copied.
            guard entries.count > used.count else { return }
            entries = entries.filter { used.contains($0.key) }
        }
    }

    /// The value stored under `name` when it was made from equal `inputs`, else `make()`'s, stored.
    func reuse<T>(_ name: String, inputs: AnyHashable, _ make: () throws -> T) rethrows -> T {
        let hit = lock.withLock { () -> T? in
            used.insert(name)
            guard let entry = entries[name], entry.inputs == inputs else { return nil }
            return entry.value as? T
        }
        if let hit { return hit }
        let value = try make()
        lock.withLock { entries[name] = (inputs, value) }
        return value
    }
}

extension Optional where Wrapped == RebuildMemo {
    /// `make()`, or with a memo (in `serve`) the value made before from equal inputs.
    /// `inputs` is asked only when there is a memo.
    func reuse<T>(_ name: String, inputs: (CourseRevisions) -> AnyHashable, _ make: () throws -> T) rethrows -> T {
        guard let memo = self else { return try make() }
        return try memo.reuse(name, inputs: inputs(memo.revisions), make)
    }
}
