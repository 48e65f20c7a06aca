/// How serious a finding is. Ordered so that `max` picks the worst.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case warning
    case error

    private var rank: Int { self == .error ? 1 : 0 }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The one type every problem in a course is reported as: bad configuration,
/// a broken link and an uncited claim alike. Printers turn it into text,
/// JSON, SARIF or GitHub annotations.
public struct Diagnostic: Hashable, Codable, Sendable {
    /// A secondary place that explains the finding, e.g. the first of two duplicates.
    public struct Note: Hashable, Codable, Sendable {
        public var message: String
        public var range: SourceRange?

        public init(_ message: String, at range: SourceRange? = nil) {
            self.message = message
            self.range = range
        }
    }

    public var severity: Severity
    public var rule: RuleID
    public var message: String
    public var range: SourceRange
    public var notes: [Note]
    public var hint: String?

    public init(
        _ severity: Severity, rule: RuleID, _ message: String, at range: SourceRange,
        notes: [Note] = [], hint: String? = nil
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.range = range
        self.notes = notes
        self.hint = hint
    }
}

extension Diagnostic {
    /// Stable order for output: by file, then position, then rule.
    public static func sortedForOutput(_ list: [Diagnostic]) -> [Diagnostic] {
        list.sorted {
            ($0.range.file, $0.range.start.line, $0.range.start.column, $0.rule, $0.message)
                < ($1.range.file, $1.range.start.line, $1.range.start.column, $1.rule, $1.message)
        }
    }
}
