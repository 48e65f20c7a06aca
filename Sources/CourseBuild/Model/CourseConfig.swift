/// What course.yml declares: metadata, objectives, chapter order and settings.
public struct CourseConfig: Sendable {
    public var title: String = "Untitled course"
    public var subtitle: String?
    public var authors: [String] = []
    public var language: String = "en"
    public var identifier: String?
    public var description: String?
    public var license: String?
    public var baseURL: String?
    public var citationStyle: CitationStyle = .vancouver
    /// Chapter files in order with the line that lists each; nil means chapters/*.md by name.
    public var chapterPaths: [(path: String, line: Int)]?
    public var objectives: [Objective] = []
    public var allowRawHTML = false
    public var lint = LintSettings()

    public init() {}
}

public struct Objective: Sendable, Equatable {
    public var id: String
    public var text: String
    /// Where `- id:` stands in course.yml.
    public var range: SourceRange
}

/// Per-rule severity as course.yml may set it.
public enum RuleSetting: String, Sendable, CaseIterable {
    case error, warning, off
}

public struct LintSettings: Sendable {
    public var claimsScope: ClaimsScope = .sentence
    public var ruleSettings: [RuleID: RuleSetting] = [:]
    public var claimsAdditions = ClaimsLexicon.Additions()

    public init() {}

    /// The rule's setting in this course: course.yml's, else the rule's default.
    public func setting(of rule: RuleID) -> RuleSetting { ruleSettings[rule] ?? rule.defaultSetting }
}
