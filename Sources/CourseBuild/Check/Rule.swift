/// A lint rule: a stable id, a one-line summary, a default severity, and
/// examples that document it and run as its tests. `check` only inspects;
/// rules whose findings come from loading (YAML, front matter, quizzes) have
/// none, but are listed so they can be explained, configured and suppressed.
public struct Rule: Sendable {
    public struct Example: Sendable {
        /// A chapter body (Markdown) that shows the rule; `fires` says whether it should report.
        public var markdown: String
        public var fires: Bool
    }

    public var id: String
    public var summary: String
    public var defaultSetting: RuleSetting
    public var examples: [Example]
    public var check: (@Sendable (LintContext) -> [Diagnostic])?

    public init(
        _ id: String, _ defaultSetting: RuleSetting, _ summary: String, examples: [Example] = [],
        check: (@Sendable (LintContext) -> [Diagnostic])? = nil
    ) {
        self.id = id
        self.summary = summary
        self.defaultSetting = defaultSetting
        self.examples = examples
        self.check = check
    }

}

extension Rule.Example {
    static func fires(_ markdown: String) -> Self { .init(markdown: markdown, fires: true) }
    static func passes(_ markdown: String) -> Self { .init(markdown: markdown, fires: false) }
}

/// What rules inspect: the loaded course, its index, and per-chapter facts.
public struct LintContext: Sendable {
    public let index: CourseIndex
    public let facts: [ChapterFacts]
    /// Computed when the claims rules or the review page first ask.
    public let claims: ClaimsAnalyses
    public var course: Course { index.course }

    /// `forBuild` keeps every claim for the review page, not only the sentences with findings.
    public init(index: CourseIndex, facts: [ChapterFacts], forBuild: Bool = false, cache: RebuildCache? = nil) {
        self.index = index
        self.facts = facts
        claims = ClaimsAnalyses(course: index.course, keepsEveryClaim: forBuild, cache: cache)
    }
}

extension Diagnostic {
    /// A rule's finding. Its severity is set by the linter from the rule's
    /// default and the course's settings, so rules need not know it.
    static func finding(_ rule: String, _ message: String, at range: SourceRange, notes: [Note] = [], hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, rule: rule, message, at: range, notes: notes, hint: hint)
    }
}
