/// What changed in the lint findings from one `serve` rebuild to the next, so
/// the terminal shows only new and fixed findings, not every warning every
/// time. A finding is the same when its file, rule, severity and message are:
/// an edit above it that moves its line does not make it new.
struct FindingsDiff {
    struct Key: Hashable {
        var file: String
        var rule: RuleID
        var severity: Severity
        var message: String
        init(_ diagnostic: Diagnostic) {
            (file, rule, severity, message) = (diagnostic.range.file, diagnostic.rule, diagnostic.severity, diagnostic.message)
        }
    }

    /// The findings this rebuild has that the last did not (the later ones, when a key repeats).
    var new: [Diagnostic]
    /// One of each finding the last rebuild had that this one has fewer of.
    var fixed: [Diagnostic]

    init(from previous: [Diagnostic], to current: [Diagnostic]) {
        let before = Dictionary(grouping: previous, by: Key.init)
        let after = Dictionary(grouping: current, by: Key.init)
        new = Diagnostic.sortedForOutput(after.flatMap { key, list in list.dropFirst(before[key]?.count ?? 0) })
        fixed = Diagnostic.sortedForOutput(before.compactMap { key, list in list.count > (after[key]?.count ?? 0) ? list[0] : nil })
    }

    /// One line per fixed finding: `fixed: file:line: severity: message [rule]` (the line as it was).
    var fixedLines: String {
        fixed.map { "fixed: \($0.range.file):\($0.range.start.line): \($0.severity.rawValue): \($0.message) [\($0.rule.rawValue)]\n" }.joined()
    }
}
