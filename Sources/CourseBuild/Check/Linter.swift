/// The `check` stage: runs each rule that is on and selected over the
/// resolved course, applies the course's severity settings, suppressions,
/// `--strict` and a baseline, and returns what remains in a stable order.
public struct LintOptions: Sendable {
    public var strict = false
    /// Rules chosen with `--rule`; empty runs them all.
    public var onlyRules: Set<RuleID> = []
    public var baseline: Baseline?

    public init(strict: Bool = false, onlyRules: Set<RuleID> = [], baseline: Baseline? = nil) {
        self.strict = strict
        self.onlyRules = onlyRules
        self.baseline = baseline
    }
}

public struct LintResult: Sendable {
    public var diagnostics: [Diagnostic]
    /// Every suppression comment with how many findings it waived.
    var suppressions: [(suppression: Suppression, waived: Int)]
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}

enum Linter {
    /// The rules that run: on in course.yml (or by default) and selected by `--rule`.
    static func activeRules(_ settings: LintSettings, _ options: LintOptions) -> [RuleID] {
        RuleID.allCases.filter { settings.setting(of: $0) != .off && (options.onlyRules.isEmpty || options.onlyRules.contains($0)) }
    }

    /// What the claims stage must keep for the rules that run (nil: it need not
    /// run): the findings for a claims rule, or for a suppression of one that
    /// `suppression.unused` judges; every cited sentence for an evidence rule.
    static func claimsNeeded(_ settings: LintSettings, _ options: LintOptions, suppressions: [Suppression]) -> ClaimsStage.Keep? {
        var active = Set(activeRules(settings, options))
        if active.contains(.suppressionUnused) { active.formUnion(suppressions.flatMap { $0.rules.compactMap(RuleID.init(rawValue:)) }) }
        if !active.isDisjoint(with: RuleID.evidenceRules) { return .cited }
        return active.isDisjoint(with: RuleID.claimsRules) ? nil : .findings
    }

    static func lint(_ course: ResolvedCourse, options: LintOptions = .init()) -> LintResult {
        let settings = course.course.config.lint
        // Rules run one after another: the costly stages spread their chapters over
        // all cores themselves, and GCD runs a concurrentPerform nested inside
        // another on one thread.
        var found = activeRules(settings, options).flatMap { id in
            findings(of: id, in: course).map { f in
                Diagnostic(settings.setting(of: id) == .error ? .error : .warning, rule: id, f.message, at: f.range,
                           notes: f.notes, hint: f.hint)
            }
        }
        // Suppressions waive findings on their lines.
        var waived = Array(repeating: 0, count: course.suppressions.count)
        found = found.filter { d in
            guard d.rule != .suppressionUnused,
                  let i = course.suppressions.firstIndex(where: { $0.waives(d.rule, in: d.range.file, line: d.range.start.line) })
            else { return true }
            waived[i] += 1
            return false
        }
        if let baseline = options.baseline { found = baseline.newFindings(found) }
        if options.strict { found = found.map { with($0, .error) } }
        return LintResult(diagnostics: rootCausesFirst(Array(Set(found))),
                          suppressions: Array(zip(course.suppressions, waived)))
    }

    /// A rule's findings: those the load stage reported under its id, then its
    /// check's. While course.yml cannot be read, the checks do not run: its
    /// chapter list, objectives and rule settings are unknown, and what they
    /// would find follows from that one syntax error.
    static func findings(of id: RuleID, in course: ResolvedCourse) -> [Finding] {
        let loaded = course.loadDiagnostics.filter { $0.rule == id }.map(\.asFinding)
        return course.course.unreadable.config ? loaded : loaded + id.rule.reusedCheck(course)
    }

    /// Rules whose load-stage findings say a file (or part of one) could not be read.
    static let readingRules: Set<RuleID> = [.configInvalid, .frontmatterInvalid, .citeSyntax]

    /// The stable order, except that what could not be read comes before what it
    /// may have caused: a syntax error in references.bib is listed before the
    /// chapters' findings, though 'chapters/' sorts first.
    static func rootCausesFirst(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let sorted = Diagnostic.sortedForOutput(diagnostics)
        return sorted.filter { readingRules.contains($0.rule) } + sorted.filter { !readingRules.contains($0.rule) }
    }

    private static func with(_ d: Diagnostic, _ severity: Severity) -> Diagnostic {
        var copy = d
        copy.severity = severity
        return copy
    }
}

extension RuleID {
    static let claimsRules: Set<RuleID> = [.claimsUncited, .claimsVagueAttribution, .claimsHype]
    /// Rules that judge cited sentences by their sources' designs.
    static let evidenceRules: Set<RuleID> = [.claimsCausalOverreach, .claimsPreclinicalOnly]
}
