/// The `check` stage: runs every rule over the resolved course, applies the
/// course's severity settings, suppressions, `--rule`, `--strict` and a
/// baseline, and returns what remains in a stable order.
public struct LintOptions: Sendable {
    public var strict = false
    public var onlyRules: Set<String> = []
    public var baseline: Baseline?

    public init(strict: Bool = false, onlyRules: Set<String> = [], baseline: Baseline? = nil) {
        self.strict = strict
        self.onlyRules = onlyRules
        self.baseline = baseline
    }
}

public struct LintResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Every suppression comment with how many findings it waived.
    public var suppressions: [(suppression: Suppression, waived: Int)]
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

public enum Linter {
    public static func lint(_ context: LintContext, loadDiagnostics: [Diagnostic], options: LintOptions = .init()) -> LintResult {
        let settings = context.course.config.lint
        let checks = RuleCatalog.all.filter { $0.check != nil && settings.setting(of: $0) != .off && runs($0.id, options) }
        // Rules run one after another: the costly ones spread their chapters over
        // all cores themselves, and GCD runs a concurrentPerform nested inside
        // another on one thread, which left the claims checker on a single core.
        var found = loadDiagnostics + checks.flatMap { $0.check!(context) }
        found += unknownRuleSettings(context)

        // Severity from course.yml; "off" drops the rule.
        found = found.compactMap { d in
            guard let rule = RuleCatalog.rule(d.rule) else { return d }
            switch settings.setting(of: rule) {
            case .off: return nil
            case .error: return with(d, .error)
            case .warning: return with(d, .warning)
            }
        }.filter { selected($0.rule, options) }

        // Suppressions waive findings on their lines; one that waives nothing is reported.
        let suppressions = context.course.chapters.flatMap(Suppressions.find)
        var waived = Array(repeating: 0, count: suppressions.count)
        found = found.filter { d in
            guard let i = suppressions.firstIndex(where: { $0.waives(d.rule, in: d.range.file, line: d.range.start.line) })
            else { return true }
            waived[i] += 1
            return false
        }
        for (s, count) in zip(suppressions, waived) where count == 0 && s.rules.allSatisfy({ selected($0, options) }) {
            found.append(Diagnostic.finding(SuppressionRules.unused.id, 
                "suppression of '\(s.rules.joined(separator: ", "))' suppresses nothing", at: s.range,
                hint: "remove the comment, or check the rule id and the line it applies to"))
        }
        if let baseline = options.baseline { found = baseline.newFindings(found) }
        if options.strict { found = found.map { with($0, .error) } }
        return LintResult(diagnostics: Diagnostic.sortedForOutput(Array(Set(found))), suppressions: Array(zip(suppressions, waived)))
    }

    private static func selected(_ id: String, _ options: LintOptions) -> Bool {
        options.onlyRules.isEmpty || options.onlyRules.contains(id)
    }

    /// Whether a rule's check must run: the claims check reports all three claims rules in one pass.
    private static func runs(_ id: String, _ options: LintOptions) -> Bool {
        selected(id, options)
            || (id == ClaimsRules.uncited.id && !options.onlyRules.isDisjoint(with: ClaimsRules.all.map { $0.id }))
    }

    private static func with(_ d: Diagnostic, _ severity: Severity) -> Diagnostic {
        var copy = d
        copy.severity = severity
        return copy
    }

    private static func unknownRuleSettings(_ context: LintContext) -> [Diagnostic] {
        context.course.config.lint.ruleSettingRanges.compactMap { id, range in
            guard RuleCatalog.rule(id) == nil else { return nil }
            let near = NearMiss.suggest(id, among: RuleCatalog.all.map(\.id))
            return Diagnostic(.warning, rule: "config.unknown-key", "unknown rule '\(id)' in lint.rules", at: range,
                hint: near.map { "did you mean '\($0)'?" } ?? "run 'coursebuild rules' for the list")
        }
    }
}
