import Foundation

/// Wall time per build stage, and the process's peak memory when it ended, for
/// `build --timings`: the first place to look when a build is slow or large,
/// before reaching for a profiler.
public final class StageTimings: @unchecked Sendable {
    public private(set) var stages: [(name: String, seconds: Double, peakMB: Int)] = []
    private let lock = NSLock()
    /// Told each stage's name as it starts: the progress line of a build on a terminal.
    private let onStageStart: (@Sendable (String) -> Void)?

    public init(onStageStart: (@Sendable (String) -> Void)? = nil) {
        self.onStageStart = onStageStart
    }

    public func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        onStageStart?(name)
        let start = DispatchTime.now().uptimeNanoseconds
        defer {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let peak = Self.peakMB()
            lock.withLock { stages.append((name, seconds, peak)) }
        }
        return try body()
    }

    /// One line a stage, then the total: "parse  0.412 s  (peak 120 MB)".
    public var report: String {
        let width = stages.map(\.name.count).max() ?? 0
        let lines = stages.map {
            $0.name.padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %7.3f s", $0.seconds) + "  (peak \($0.peakMB) MB)"
        }
        let total = stages.reduce(0) { $0 + $1.seconds }
        return (lines + ["total".padding(toLength: width, withPad: " ", startingAt: 0) + String(format: "  %7.3f s", total)])
            .joined(separator: "\n") + "\n"
    }

    /// The resident set's high-water mark so far.
    private static func peakMB() -> Int {
        var usage = rusage()
        #if canImport(Darwin)
        getrusage(RUSAGE_SELF, &usage)
        return usage.ru_maxrss / 1_048_576  // bytes on macOS
        #else
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss / 1024  // kilobytes on Linux
        #endif
    }
}
