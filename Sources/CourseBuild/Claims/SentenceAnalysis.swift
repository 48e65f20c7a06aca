/// How far a citation's support reaches (course.yml `lint: claims-scope:`).
enum ClaimsScope: String, Codable, Sendable, CaseIterable {
    /// A citation supports only the sentence it stands in.
    case sentence
    /// A citation also supports the sentences before it in the paragraph, back to the previous citation.
    case paragraph
}

/// One claims rule firing on one sentence. The range spans the words that
/// triggered it, so an editor underlines "studies show", not the whole sentence.
struct ClaimFinding: Hashable, Sendable {
    static let uncited = RuleID.claimsUncited
    static let vagueAttribution = RuleID.claimsVagueAttribution
    static let hype = RuleID.claimsHype

    /// One of the three claims rules.
    var rule: RuleID
    var message: String
    var range: SourceRange
    var hint: String?

    init(rule: RuleID, message: String, range: SourceRange, hint: String?) {
        self.rule = rule
        self.message = message
        self.range = range
        self.hint = hint
    }

    /// The finding as the project's one diagnostic type, at warning severity.
    func diagnostic(severity: Severity = .warning) -> Diagnostic {
        Diagnostic(severity, rule: rule, message, at: range, hint: hint)
    }
}

/// What the checker concluded about one sentence, reasons included, so that
/// other rules (causal overreach, preclinical-only) can reuse the split and
/// the citation keys.
struct SentenceAnalysis: Hashable, Sendable {
    /// The sentence as the author wrote it, spelled out only when read: the lint
    /// rules read the findings alone, and building every sentence's text was a
    /// tenth of the checker's time.
    var text: String {
        get {
            switch source {
            case .written(let text): return text
            case .sentence(let sentence): return sentence.text
            }
        }
        set { source = .written(newValue) }
    }
    var range: SourceRange
    /// Keys cited in the sentence, plus those lent by a later citation under paragraph scope.
    var citationKeys: [String]
    /// Why the sentence is a checkable claim, e.g. "states a percentage ('40%')"; empty when it is not,
    /// and for a cited sentence, whose citation answers for it (only hype is judged there).
    var claimReasons: [String]
    var findings: [ClaimFinding]

    private enum TextSource: Sendable {
        case written(String)
        case sentence(Sentence)
    }
    private var source: TextSource

    /// The same analysis holding its text rather than the sentence it came from.
    var detached: SentenceAnalysis {
        SentenceAnalysis(text: text, range: range, citationKeys: citationKeys, claimReasons: claimReasons, findings: findings)
    }

    var isClaim: Bool { !claimReasons.isEmpty }
    var isCited: Bool { !citationKeys.isEmpty }

    init(text: String, range: SourceRange, citationKeys: [String], claimReasons: [String],
                findings: [ClaimFinding]) {
        self.init(source: .written(text), range: range, citationKeys: citationKeys, claimReasons: claimReasons,
                  findings: findings)
    }

    init(sentence: Sentence, citationKeys: [String], claimReasons: [String], findings: [ClaimFinding]) {
        self.init(source: .sentence(sentence), range: sentence.range, citationKeys: citationKeys,
                  claimReasons: claimReasons, findings: findings)
    }

    private init(source: TextSource, range: SourceRange, citationKeys: [String], claimReasons: [String],
                 findings: [ClaimFinding]) {
        self.source = source
        self.range = range
        self.citationKeys = citationKeys
        self.claimReasons = claimReasons
        self.findings = findings
    }

    static func == (a: SentenceAnalysis, b: SentenceAnalysis) -> Bool {
        a.range == b.range && a.citationKeys == b.citationKeys && a.claimReasons == b.claimReasons
            && a.findings == b.findings && a.text == b.text
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(range)
        hasher.combine(citationKeys)
        hasher.combine(claimReasons)
        hasher.combine(findings)
    }
}
