/// What course.yml declares: metadata, objectives, chapter order and settings.
struct CourseConfig: Sendable {
    var title: String = "Untitled course"
    var subtitle: String?
    var authors: [String] = []
    var language: String = "en"
    var identifier: String?
    var description: String?
    /// Markdown shown on the home page under the description.
    var about: String?
    /// What the course says about itself on every page (the footer) and on the ebook's title page.
    var notice: String?
    /// An image in the course folder for the ebook's cover; without it a cover is drawn from the title.
    var cover: (path: String, range: SourceRange)?
    var license: String?
    var baseURL: String?
    var citationStyle: CitationStyle = .vancouver
    /// Chapter files in order with the line that lists each; nil means chapters/*.md by name.
    var chapterPaths: [(path: String, line: Int)]?
    var objectives: [Objective] = []
    var allowRawHTML = false
    var lint = LintSettings()
    /// False when course.yml is not valid YAML: everything above is defaults.
    var readable = true

    init() {}
}

struct Objective: Sendable, Equatable {
    var id: String
    var text: String
    /// Where `- id:` stands in course.yml.
    var range: SourceRange
}

/// Per-rule severity as course.yml may set it.
public enum RuleSetting: String, Sendable, CaseIterable {
    case error, warning, off
}

struct LintSettings: Sendable {
    var claimsScope: ClaimsScope = .sentence
    /// Whether the claims checker's learned layer (`ClaimsModel`) runs (course.yml `lint: claims-model:`).
    var claimsModel = true
    var ruleSettings: [RuleID: RuleSetting] = [:]
    /// The Retraction Watch CSV to check cited entries against, and where course.yml names it.
    var retractions: (path: String, range: SourceRange)?
    var claimsAdditions = ClaimsLexicon.Additions()

    init() {}

    /// The rule's setting in this course: course.yml's, else the rule's default.
    func setting(of rule: RuleID) -> RuleSetting { ruleSettings[rule] ?? rule.defaultSetting }
}
