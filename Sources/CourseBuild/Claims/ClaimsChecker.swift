/// The claims checker: splits a paragraph into sentences, finds in each why it
/// is a checkable claim, whether it hypes or attributes vaguely, and whether a
/// citation supports it. Pure and `Sendable`, so the pipeline can run it on
/// many chapters at once; the lexicon is compiled once, here.
struct ClaimsChecker: Sendable {
    let lexicon: ClaimsLexicon
    let scope: ClaimsScope
    let compiled: CompiledLexicon
    /// Whether the learned layer (`ClaimsModel`'s three heads) reads what the rules left; false when the course
    /// turns it off.
    let learned: Bool

    static let uncitedHint = "cite a source with [@key], or remove the claim"
    static let vagueHint = "name the studies or experts and cite them with [@key], or remove the attribution"
    static let hypeHint = "describe the effect plainly, with its size and a citation"

    init(lexicon: ClaimsLexicon = .standard, scope: ClaimsScope = .sentence, learned: Bool = true) {
        self.lexicon = lexicon
        self.scope = scope
        self.learned = learned
        compiled = CompiledLexicon(lexicon)
    }

    func analyse(_ paragraph: ProseParagraph) -> [SentenceAnalysis] {
        let sentences = SentenceSplitter().split(paragraph)
        var keys = sentences.map(\.citationKeys)
        if scope == .paragraph {
            // A citation lends its keys to the uncited sentences before it, back to the previous citation.
            var lent: [String] = []
            for i in keys.indices.reversed() {
                if keys[i].isEmpty { keys[i] = lent } else { lent = keys[i] }
            }
        }
        // A table's header row names its columns and an answer option is offered, not asserted: their citations
        // still count, their wording is no claim.
        if paragraph.isTableHeader || paragraph.isAnswerOption {
            return sentences.indices.map { SentenceAnalysis(sentence: sentences[$0], citationKeys: keys[$0], claimReasons: [], findings: []) }
        }
        var inVignette = false
        return sentences.indices.map { i in
            let view = SentenceView(sentences[i], lexicon: compiled, inVignette: inVignette)
            if view.opensVignette { inVignette = true }
            return analyse(view, keys: keys[i])
        }
    }

    /// All findings of a paragraph, as diagnostics.
    func diagnostics(_ paragraph: ProseParagraph, severity: Severity = .warning) -> [Diagnostic] {
        analyse(paragraph).flatMap { $0.findings.map { $0.diagnostic(severity: severity) } }
    }

    private func analyse(_ view: SentenceView, keys: [String]) -> SentenceAnalysis {
        // A cited sentence answers for its claim: only hype is judged there, so why it is a claim is not
        // worked out (most sentences of a well-sourced course are cited, and the cues were most of the cost).
        let cited = !keys.isEmpty
        var claims = cited ? [] : Self.byPriority(QuantityCues().cues(in: view) + StudyCues().cues(in: view)
                                                  + WordingCues().cues(in: view) + StructureCues().cues(in: view))
        // What a label or a course part introduces is asserted; the label itself is not ("Answer to exercise 4:").
        let found = claims.count
        if found > 0, view.context.assertsFrom > 0 { claims.removeAll { $0.span.lowerBound < view.context.assertsFrom } }
        // A definition's predicate describes what the term names; a ranking or a comparison in it still counts.
        if found > 0, let defined = view.context.definedAs {
            claims.removeAll { defined.contains($0.span.lowerBound) && Self.descriptiveReasons.contains($0.reason) }
        }
        // What a label or a definition excused, the learned layer must not flag again.
        let excused = claims.count < found
        let vague = cited ? [] : VagueAttributionRule().cues(in: view)
        let hype = HypeRule().cues(in: view)

        var reasons: [String] = []
        for cue in vague.prefix(1) + claims {
            let d = view.describe(cue)
            if !reasons.contains(d) { reasons.append(d) }
        }
        var findings: [ClaimFinding] = []
        var hyped = Set<ClosedRange<Int>>()
        for cue in hype where hyped.insert(cue.span).inserted {
            findings.append(finding(ClaimFinding.hype, "\(view.describe(cue)) in clinical text", cue, view, Self.hypeHint))
        }
        if keys.isEmpty {
            if let cue = vague.first {
                findings.append(finding(ClaimFinding.vagueAttribution, "\(view.describe(cue)) with no citation", cue, view, Self.vagueHint))
            } else if let cue = claims.first {
                findings.append(finding(ClaimFinding.uncited, "\(view.describe(cue)) with no citation", cue, view, Self.uncitedHint))
            }
        }
        // The learned layer clears what claims.uncited alone flagged when the claim head is near-certain the sentence
        // asserts nothing: a mechanism, a case's facts, a planned trial, shop administration.
        if keys.isEmpty, learned, findings.count == 1, findings[0].rule == ClaimFinding.uncited,
           ClaimsModel.claim.clears(ClaimsModel.reading(view.sentence)) {
            return SentenceAnalysis(sentence: view.sentence, citationKeys: keys, claimReasons: [], findings: [])
        }
        // The learned layer reads what the rules left, a sentence with no finding: as hype, else (where no label or
        // definition excused a rule's cue) as an unnamed source or a claim.
        if keys.isEmpty, learned, findings.isEmpty, Self.modelMayRead(view) {
            let reading = ClaimsModel.reading(view.sentence)
            let from = Self.assertedScalar(view)
            if let verdict = ClaimsModel.hype.verdict(reading, assertedFrom: from) {
                let reason = Self.learnedReason("reads as hype", verdict, view.sentence)
                findings.append(learnedFinding(ClaimFinding.hype, "\(reason) in clinical text", verdict, view, Self.hypeHint))
            } else if !excused {
                if let verdict = ClaimsModel.vague.verdict(reading, assertedFrom: from) {
                    let reason = Self.learnedReason("reads as an unnamed source", verdict, view.sentence)
                    reasons.append(reason)
                    findings.append(learnedFinding(ClaimFinding.vagueAttribution, "\(reason) with no citation", verdict, view,
                                                   Self.vagueHint))
                } else if let verdict = ClaimsModel.claim.verdict(reading, assertedFrom: from) {
                    let reason = Self.learnedReason("reads as a claim", verdict, view.sentence)
                    reasons.append(reason)
                    findings.append(learnedFinding(ClaimFinding.uncited, "\(reason) with no citation", verdict, view, Self.uncitedHint))
                }
            }
        }
        return SentenceAnalysis(sentence: view.sentence, citationKeys: keys, claimReasons: reasons, findings: findings)
    }

    /// "reads as a claim ('lowers', 'in most adults')": the words the learned layer weighed most, as written.
    private static func learnedReason(_ reading: String, _ verdict: ClaimsModel.Verdict, _ sentence: Sentence) -> String {
        let words = verdict.cues.map { span in
            "'" + sentence.paragraph.spelled(span, opaque: "…") + "'"
        }
        return "\(reading) (\(words.joined(separator: ", ")))"
    }

    /// A learned head's finding, its range on the strongest cue.
    private func learnedFinding(_ rule: RuleID, _ message: String, _ verdict: ClaimsModel.Verdict, _ view: SentenceView,
                                _ hint: String) -> ClaimFinding {
        let paragraph = view.sentence.paragraph
        let range = SourceRange(file: view.sentence.range.file, start: paragraph.start(verdict.cues[0].lowerBound),
                                end: paragraph.end(verdict.cues[0].upperBound - 1))
        return ClaimFinding(rule: rule, message: message, range: range, hint: hint)
    }

    /// Whether the learned layer may read the sentence: not what the rules' exclusions already judged (a question,
    /// a case's facts, a conversion or definition of a unit, prose about the course, a counterfactual that imagines
    /// an effect).
    private static func modelMayRead(_ view: SentenceView) -> Bool {
        let context = view.context
        return !context.isQuestion && !context.isVignette && !context.isCaseNarrative
            && !context.isConversion && !context.isCourseProse && !context.isCounterfactual
    }

    /// The paragraph scalar where what the sentence asserts begins: after a label ("Key point:"), past the end
    /// when the label is all there is.
    private static func assertedScalar(_ view: SentenceView) -> Int {
        let from = view.context.assertsFrom
        guard from > 0 else { return 0 }
        return from < view.tokens.count ? view.tokens[from].textStart : Int.max
    }

    /// Reasons that a definition's wording can give without asserting anything ("a rapidly diminishing response").
    static let descriptiveReasons: Set<String> = ["asserts an effect", "states how common something is", "asserts an association"]

    /// The most telling reason first, so the message names a percentage before a bare number.
    static let priority: [String] = [
        "states a percentage", "states a proportion", "reports a statistic", "names a study",
        "reports a finding by named authors", "cites an authority", "states a value", "gives a dose",
        "states a count", "states a timed effect", "states a ranking", "compares efficacy or safety",
        "reports a dated finding", "asserts an effect", "asserts an association", "states how common something is",
        "makes a safety assertion", "gives a dosing instruction", "gives a prescribing or safety instruction",
        "gives a safety instruction", "gives a recommendation", "promises the reader an effect", "states a test's accuracy", "states a difference between groups",
        "states a timing", "states a quantity",
    ]

    static func byPriority(_ cues: [SentenceView.Cue]) -> [SentenceView.Cue] {
        guard cues.count > 1 else { return cues }
        let ranks = cues.map { priority.firstIndex(of: $0.reason) ?? priority.count }
        return cues.indices.sorted { (ranks[$0], $0) < (ranks[$1], $1) }.map { cues[$0] }
    }

    private func finding(_ rule: RuleID, _ message: String, _ cue: SentenceView.Cue, _ view: SentenceView,
                         _ hint: String) -> ClaimFinding {
        ClaimFinding(rule: rule, message: message, range: view.range(cue.span), hint: hint)
    }
}
