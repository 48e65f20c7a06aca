/// Every lint rule's id: the one place a rule id is spelt. A finding names its
/// rule with one of these, so a misspelt id does not compile; the catalogue,
/// `coursebuild rules`, SARIF's rule list and the rules reference are generated
/// from `allCases`.
public enum RuleID: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    case claimsUncited = "claims.uncited"
    case claimsVagueAttribution = "claims.vague-attribution"
    case claimsHype = "claims.hype"
    case claimsCausalOverreach = "claims.causal-overreach"
    case claimsPreclinicalOnly = "claims.preclinical-only"
    case citeUnknownKey = "cite.unknown-key"
    case citeUnused = "cite.unused"
    case citeIncomplete = "cite.incomplete"
    case citeDuplicateKey = "cite.duplicate-key"
    case citeSyntax = "cite.syntax"
    case citeMissingEvidence = "cite.missing-evidence"
    case citeInvalidEvidence = "cite.invalid-evidence"
    case citeRetracted = "cite.retracted"
    case citeExpressionOfConcern = "cite.expression-of-concern"
    case glossaryUnknownTerm = "glossary.unknown-term"
    case glossaryUnused = "glossary.unused"
    case glossaryDuplicate = "glossary.duplicate"
    case glossaryUnknownSee = "glossary.unknown-see"
    case glossarySplitAlias = "glossary.split-alias"
    case objectivesUnknown = "objectives.unknown"
    case objectivesUncovered = "objectives.uncovered"
    case objectivesUnassessed = "objectives.unassessed"
    case linksBroken = "links.broken"
    case linksOutsideCourse = "links.outside-course"
    case imagesMissing = "images.missing"
    case imagesAltMissing = "images.alt-missing"
    case structureHeadingSkip = "structure.heading-skip"
    case structureEmpty = "structure.empty"
    case structureTooDeep = "structure.too-deep"
    case markdownRawHTML = "markdown.raw-html"
    case frontmatterInvalid = "frontmatter.invalid"
    case configInvalid = "config.invalid"
    case configUnknownKey = "config.unknown-key"
    case configUnlistedChapter = "config.unlisted-chapter"
    case quizInvalid = "quiz.invalid"
    case quizUnknownObjective = "quiz.unknown-objective"
    case suppressionUnused = "suppression.unused"

    /// The rule this id names. An exhaustive switch: a new id without a rule does not compile.
    var rule: any LintRule {
        switch self {
        case .claimsUncited: ClaimsUncitedRule()
        case .claimsVagueAttribution: ClaimsVagueAttributionRule()
        case .claimsHype: ClaimsHypeRule()
        case .claimsCausalOverreach: ClaimsCausalOverreachRule()
        case .claimsPreclinicalOnly: ClaimsPreclinicalOnlyRule()
        case .citeUnknownKey: CiteUnknownKeyRule()
        case .citeUnused: CiteUnusedRule()
        case .citeIncomplete: CiteIncompleteRule()
        case .citeDuplicateKey: CiteDuplicateKeyRule()
        case .citeSyntax: CiteSyntaxRule()
        case .citeMissingEvidence: CiteMissingEvidenceRule()
        case .citeInvalidEvidence: CiteInvalidEvidenceRule()
        case .citeRetracted: CiteRetractedRule()
        case .citeExpressionOfConcern: CiteExpressionOfConcernRule()
        case .glossaryUnknownTerm: GlossaryUnknownTermRule()
        case .glossaryUnused: GlossaryUnusedRule()
        case .glossaryDuplicate: GlossaryDuplicateRule()
        case .glossaryUnknownSee: GlossaryUnknownSeeRule()
        case .glossarySplitAlias: GlossarySplitAliasRule()
        case .objectivesUnknown: ObjectivesUnknownRule()
        case .objectivesUncovered: ObjectivesUncoveredRule()
        case .objectivesUnassessed: ObjectivesUnassessedRule()
        case .linksBroken: LinksBrokenRule()
        case .linksOutsideCourse: LinksOutsideCourseRule()
        case .imagesMissing: ImagesMissingRule()
        case .imagesAltMissing: ImagesAltMissingRule()
        case .structureHeadingSkip: StructureHeadingSkipRule()
        case .structureEmpty: StructureEmptyRule()
        case .structureTooDeep: StructureTooDeepRule()
        case .markdownRawHTML: MarkdownRawHTMLRule()
        case .frontmatterInvalid: FrontMatterInvalidRule()
        case .configInvalid: ConfigInvalidRule()
        case .configUnknownKey: ConfigUnknownKeyRule()
        case .configUnlistedChapter: ConfigUnlistedChapterRule()
        case .quizInvalid: QuizInvalidRule()
        case .quizUnknownObjective: QuizUnknownObjectiveRule()
        case .suppressionUnused: SuppressionUnusedRule()
        }
    }

    public var description: String { rawValue }
    public var summary: String { rule.summary }
    public var defaultSetting: RuleSetting { rule.defaultSetting }

    /// The id a mistyped one most likely meant: the nearest by spelling, or the
    /// one whose last part it names ("hype" → "claims.hype").
    public static func suggestion(for typed: String) -> RuleID? {
        let lower = typed.lowercased()
        let bySuffix = allCases.filter { $0.rawValue.split(separator: ".").last.map(String.init) == lower }
        if bySuffix.count == 1 { return bySuffix[0] }
        return NearMiss.suggest(lower, among: allCases.map(\.rawValue)).flatMap(RuleID.init(rawValue:))
    }

    /// "unknown rule 'x'; did you mean 'y'?" or a pointer to the list.
    public static func unknownMessage(_ typed: String) -> String {
        "unknown rule '\(typed)'" + (suggestion(for: typed).map { "; did you mean '\($0.rawValue)'?" } ?? "; run 'coursebuild rules' for the list")
    }

    /// The rules named on the command line; an unknown one is a usage error with the likely id.
    public static func parse(_ typed: [String]) throws -> Set<RuleID> {
        Set(try typed.map { id in
            guard let rule = RuleID(rawValue: id) else { throw CourseError(unknownMessage(id)) }
            return rule
        })
    }

    public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}
