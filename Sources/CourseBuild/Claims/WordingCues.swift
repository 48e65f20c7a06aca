/// Claims made in words rather than numbers: comparisons of efficacy or
/// safety, effects (also hedged: "may reduce"), associations and frequencies,
/// safety assertions, rankings, statistics, timings and dosing instructions.
struct WordingCues {
    static let modals: Set<String> = ["may", "might", "can", "could", "will", "would", "does", "do", "did"]
    static let comparatives: Set<String> = [
        "more", "less", "fewer", "better", "worse", "higher", "lower", "greater", "smaller", "faster", "slower",
        "larger", "longer", "shorter", "stronger", "weaker", "earlier", "later", "gentler", "safer", "milder",
        "superior", "inferior", "quicker", "cheaper", "harsher", "rarer", "commoner", "easier", "harder", "likelier",
    ]
    static let ordinals: Set<String> = ["second", "third", "fourth", "fifth", "sixth", "first", "single"]
    static let superlatives: Set<String> = [
        "most", "least", "largest", "leading", "commonest", "biggest", "highest", "lowest", "strongest", "best",
        "worst", "richest", "greatest", "main",
    ]
    static let frequencyAdverbs: Set<String> = ["often", "frequently", "commonly", "usually", "typically", "rarely", "seldom", "mostly"]
    /// Words before an outcome word that make it a noun ("the causes", "seek help").
    static let nounMarkers: Set<String> = [
        "these", "those", "its", "their", "his", "her", "our", "any", "no", "other", "main",
        "common", "established", "seek", "get", "ask", "need", "without",
    ]
    static let populations: Set<String> = QuantityCues.people.union(["those", "patients", "people", "women", "men"])

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        let c = v.context
        if c.isQuestion || c.isCourseProse || c.isCounterfactual || c.isConversion { return [] }
        if let verb = c.imperativeVerb { return doseInstruction(v, verb: verb).map { [$0] } ?? [] }
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        for span in v.lex.comparisons.matches(in: v) where !Self.comparedWithItsNorm(v, after: span.upperBound) {
            out.append(.init(reason: "compares efficacy or safety", span: span))
        }
        for i in t.indices where t[i].lower == "than" { if let cue = thanCue(v, i) { out.append(cue) } }
        for i in t.indices where t[i].kind == .word && !t[i].quoted {
            if t[i].classes.contains(.outcomeVerb), let cue = effectCue(v, i) { out.append(cue) }
            if let cue = rankingCue(v, i) { out.append(cue) }
            // "Patients often ask whether…" is what a teacher meets, not a finding; "often called a hypo" names.
            if t[i].classes.contains(.frequencyAdverb), !Self.askingOrNaming.contains(v.lower(i + 1) ?? ""),
               t[..<i].indices.contains(where: { Self.populations.contains(t[$0].lower) || StructureCues.isClinical(v, $0) }),
               i + 1 < t.count {
                out.append(.init(reason: "states how common something is", span: i...(i + 1)))
            }
            // "is almost always bilateral", "nearly never…": a frequency in words.
            if (t[i].lower == "always" || t[i].lower == "never"), ["almost", "nearly", "virtually"].contains(v.lower(i - 1) ?? "") {
                out.append(.init(reason: "states how common something is", span: (i - 1)...i))
            }
            if t[i].classes.contains(.timeUnit), t[i].lower.hasSuffix("s"), let next = v.lower(i + 1),
               ["before", "after", "earlier", "later"].contains(next) {
                out.append(.init(reason: "states a timing", span: i...(i + 1)))
            }
        }
        for span in v.lex.associations.matches(in: v) {
            let words = t[span].map(\.lower)
            // "several risk factors", "a history of risk factors": a topic; "X is a risk factor for Y" asserts.
            if words.first == "risk", !riskFactorAsserted(v, span.lowerBound) { continue }
            let frequency = words.contains { ["rare", "uncommon", "common", "frequent", "unusual", "prevalent"].contains($0) }
            out.append(.init(reason: frequency ? "states how common something is" : "asserts an association", span: span))
        }
        for span in v.lex.safety.matches(in: v) where !isAdvisory(v, span)
            && !(span.upperBound + 1...span.upperBound + 4).contains(where: { ["include", "includes", "included", "such"].contains(v.lower($0) ?? "") })
            && !["are", "is"].contains(v.lower(span.upperBound + 1) ?? "")
            && !["about", "regarding", "fears", "fear", "feared", "worry", "worries", "concern", "concerns"].contains(v.lower(span.lowerBound - 1) ?? "") {
            out.append(.init(reason: "makes a safety assertion", span: span))
        }
        let hasNumber = t.contains { $0.kind == .number || $0.classes.contains(.numberWord) }
        if hasNumber {
            for span in v.lex.statistics.matches(in: v) where !isVerbMean(v, span) {
                out.append(.init(reason: "reports a statistic", span: span))
            }
        }
        if c.isCaseNarrative {
            // One patient's course ("she fears side effects", "lost the thread more often") compares and
            // worries about this patient, not about a treatment.
            out.removeAll { $0.reason != "asserts an effect" }
        }
        // What is asked or supposed is not asserted: "whether magnesium reduces…", "only if giving it improved…".
        return out.filter { !Self.inEmbeddedClause(v, $0.span.lowerBound) }
    }

    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "as", "remains", "remain", "becomes"]

    private func riskFactorAsserted(_ v: SentenceView, _ i: Int) -> Bool {
        if let prev = v.lower(i - 1), ["a", "an", "independent", "major", "strong", "known", "established", "recognised", "recognized"].contains(prev) { return true }
        return (1...3).contains { Self.copulas.contains(v.lower(i - $0) ?? "") }
    }

    static let administrationVerbs: Set<String> = [
        "given", "used", "taken", "combined", "prescribed", "administered", "co-prescribed", "exceeded", "infused",
        "injected", "started", "mixed", "crushed", "stopped", "coadministered", "co-administered", "offered",
    ]

    /// "should not be used in place of established treatment", "the claim should not be repeated": advice about
    /// practice, not a contraindication ("should not be given in renal failure").
    private func isAdvisory(_ v: SentenceView, _ span: ClosedRange<Int>) -> Bool {
        let words = v.tokens[span].map(\.lower)
        guard words.first == "should" || words.first == "must", words.last == "be" else { return false }
        guard let verb = v.lower(span.upperBound + 1), Self.administrationVerbs.contains(verb) else { return true }
        let rest = (span.upperBound + 2...span.upperBound + 5).compactMap { v.lower($0) }.joined(separator: " ")
        return rest.hasPrefix("in place of") || rest.hasPrefix("instead of") || rest.hasPrefix("as a substitute")
            || rest.hasPrefix("as a replacement") || rest.hasPrefix("to replace")
    }

    /// "this means that", "what the difference means": the verb, not the statistic.
    private func isVerbMean(_ v: SentenceView, _ span: ClosedRange<Int>) -> Bool {
        guard span.count == 1, let w = v.lower(span.lowerBound), w == "mean" || w == "means" || w == "meaning" else { return false }
        if w == "meaning" { return true }   // "conveys meaning between two languages"
        let prev = v.lower(span.lowerBound - 1) ?? ""
        let next = v.lower(span.upperBound + 1) ?? ""
        let nounBefore: Set<String> = ["the", "a", "its", "their", "group", "pooled", "overall", "weighted", "arithmetic",
                                       "geometric", "baseline", "sample", "population", "daily", "annual", "of"]
        let nounAfter: Set<String> = ["of", "difference", "differences", "change", "±", "=", "(", "score", "scores",
                                      "age", "value", "values", "was", "were", "is", "rose", "fell", "increase", "decrease"]
        return !(nounBefore.contains(prev) || nounAfter.contains(next) || v.tokens.indices.contains(span.upperBound + 1) && v.tokens[span.upperBound + 1].kind == .number)
    }

    /// Verbs by which lay people hold or receive a belief the author does not assert.
    static let layBeliefVerbs: Set<String> = [
        "read", "heard", "hear", "hears", "assume", "assumes", "assumed", "worry", "worries", "worried", "fear",
        "fears", "feared", "wonder", "wonders", "hope", "hopes", "hoped", "imagine", "imagines", "believe",
        "believes", "think", "thinks", "told", "convinced", "suspect", "suspects", "insist", "insists",
    ]
    static let laySubjects: Set<String> = [
        "patients", "patient", "people", "parents", "carers", "caregivers", "families", "relatives", "friends",
        "public", "some", "many", "they", "he", "she", "i", "you", "clients", "readers", "learners", "students",
        "mothers", "fathers", "partners", "neighbours", "neighbors",
    ]

    /// "Some patients have read that zinc calms…", "Her mother worries that…": a lay person's belief,
    /// reported, not asserted.
    static func reportedBelief(_ v: SentenceView, that k: Int) -> Bool {
        var m = k - 1
        guard m >= 0, layBeliefVerbs.contains(v.tokens[m].lower) else { return false }
        if v.tokens[m].lower == "told", m >= 1, ["been", "were", "was", "are", "is"].contains(v.tokens[m - 1].lower) { m -= 1 }
        var s = m - 1
        while s >= 0, s >= m - 4 {
            let w = v.tokens[s].lower
            if laySubjects.contains(w) { return true }
            if v.tokens[s].kind == .punct { return false }
            s -= 1
        }
        return false
    }

    /// Nouns whose "that" clause is reported, not asserted: "Claims that particular salts cross…".
    static let contentNouns: Set<String> = [
        "claim", "claims", "idea", "ideas", "notion", "belief", "beliefs", "suggestion", "suggestions", "myth", "myths",
        "theory", "hypothesis", "assertion", "assertions", "argument", "rumour", "rumor",
    ]

    /// Inside a "whether" clause, or an "if" clause up to its comma.
    static func inEmbeddedClause(_ v: SentenceView, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, k >= i - 12 {
            let w = v.tokens[k].lower
            if w == ";" || w == ":" { return false }
            if w == "whether" { return true }
            if w == "if" { return true }
            if w == "that", reportedBelief(v, that: k) || k >= 1 && Self.contentNouns.contains(v.tokens[k - 1].lower) { return true }
            if w == "," && !(k - 1 >= 0 && (k - 12...k).contains { j in j >= 0 && v.tokens[j].lower == "whether" }) {
                return false
            }
            k -= 1
        }
        return false
    }

    /// "better absorbed than", "causes more diarrhoea than"; not "rather than", "other than" or "more than 300".
    private func thanCue(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if let prev = v.lower(i - 1), prev == "rather" || prev == "other" { return nil }
        if i + 1 < t.count, t[i + 1].kind == .number || t[i + 1].classes.contains(.numberWord) { return nil }
        // "lower than normal", "faster than usual": a reference range, as a definition gives it.
        if let next = v.lower(i + 1), Self.referenceTerms.contains(next) { return nil }
        if i >= 3, v.lower(i - 2) == "or", Self.eitherWay.contains([t[i - 3].lower, t[i - 1].lower]) { return nil }
        for k in stride(from: i - 1, through: max(0, i - 8), by: -1) where Self.comparatives.contains(t[k].lower) || isOpenComparative(v, k, before: i) {
            return .init(reason: "compares efficacy or safety", span: k...i)
        }
        return nil
    }

    static let referenceTerms: Set<String> = ["normal", "expected", "average", "predicted", "recommended"]
    /// After a frequency adverb, what a teacher meets or what a thing is called, not how common it is.
    static let askingOrNaming: Set<String> = ["ask", "wonder", "want", "called", "known", "referred", "termed", "named", "abbreviated", "shortened"]
    /// Either direction: "may be higher or lower than this" compares with nothing in particular.
    static let eitherWay: Set<[String]> = [["higher", "lower"], ["lower", "higher"], ["more", "less"], ["less", "more"],
                                          ["earlier", "later"], ["later", "earlier"], ["longer", "shorter"], ["shorter", "longer"]]

    /// "does not work as well as it should", "works as well as it used to": a thing against its own norm, not
    /// against another treatment.
    static func comparedWithItsNorm(_ v: SentenceView, after end: Int) -> Bool {
        guard let pronoun = v.lower(end + 1), ["it", "they", "he", "she", "you", "we", "i"].contains(pronoun),
              let verb = v.lower(end + 2) else { return false }
        return ["should", "could", "would", "used", "did", "once", "ought", "might"].contains(verb)
    }

    /// A word in -er the list does not hold: right before "than", or up to four words before it after a copula,
    /// "have" or a degree word ("are kinder to skin than", "have softer stools than"); not "the partner
    /// molecule rather than".
    private func isOpenComparative(_ v: SentenceView, _ k: Int, before i: Int) -> Bool {
        let t = v.tokens
        guard t[k].kind == .word, t[k].lower.count > 4, t[k].lower.hasSuffix("er") else { return false }
        if k == i - 1 { return true }
        return k >= i - 4 && k >= 1 && (StructureCues.copulas.contains(t[k - 1].lower) || StructureCues.degreeWords.contains(t[k - 1].lower)
            || ["have", "has", "had", "feel", "feels"].contains(t[k - 1].lower))
    }

    /// "can improve", "may reduce", "does not raise", "lowered systolic blood pressure".
    private func effectCue(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let prev = v.lower(i - 1) ?? ""
        // A noun, not a verb: "the established causes", "causes of anxiety", "seek help".
        if Self.nounMarkers.contains(prev) || v.lower(i + 1) == "of" { return nil }
        // A participle describing a noun: "a state of reduced muscle mass".
        if StructureCues.endsWith(t[i].lower.utf8, "ed".utf8), StructureCues.describes(v, i) { return nil }
        // Advice, not an effect: "must not delay established treatment".
        if prev == "not", let m = v.lower(i - 2), m == "should" || m == "must" { return nil }
        let weak = ["help", "helps", "aid", "aids", "benefit", "benefits"].contains(t[i].lower)
        var k = i - 1
        while k >= 0, k >= i - 3, t[k].kind == .word, t[k].lower.hasSuffix("ly") || ["not", "also", "further", "still"].contains(t[k].lower) { k -= 1 }
        if k >= 0, Self.modals.contains(t[k].lower), k < i - 1 || !["does", "do", "did"].contains(t[k].lower),
           !weak || (i + 1..<min(t.count, i + 7)).contains(where: { v.lex.outcomeNouns.contains(t[$0].lower) }) {
            return .init(reason: "asserts an effect", span: k...i)
        }
        for j in (i + 1)..<min(t.count, i + 6) {
            if t[j].kind != .word { if t[j].lower == "," || t[j].lower == ";" { break } else { continue } }
            if v.lex.outcomeNouns.contains(t[j].lower) { return .init(reason: "asserts an effect", span: i...j) }
            if ["and", "but", "which", "that", "because", "when", "so"].contains(t[j].lower) { break }
        }
        return nil
    }

    /// "the second most abundant", "the most common cause", "the leading cause".
    private func rankingCue(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[i].lower
        if t[i].classes.contains(.ordinal), let next = v.lower(i + 1), Self.superlatives.contains(next), next != "main" {
            let end = next == "most" || next == "least" ? min(i + 2, t.count - 1) : i + 1
            return .init(reason: "states a ranking", span: i...end)
        }
        // "the highest", "at their highest level", "its lowest point".
        let atTheirPeak = (w == "their" || w == "its") && v.lower(i - 1) == "at"
        if w == "the" || atTheirPeak, let next = v.lower(i + 1), Self.superlatives.contains(next), next != "main", next != "best",
           atTheirPeak || !(i > 0 && t[i - 1].lower == "at"), i + 2 < t.count, t[i + 2].kind == .word {
            return .init(reason: "states a ranking", span: i...(i + 2))
        }
        return nil
    }

    /// A clinical instruction that doses: "Start 200 mg…", "Divide the daily dose…",
    /// "Separate … by at least two hours". Learner instructions ("Record the dose") are not.
    private func doseInstruction(_ v: SentenceView, verb: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard v.lex.doseVerbs.contains(t[verb].lower) else { return nil }
        for j in (verb + 1)..<t.count {
            let w = t[j].lower
            let unitAfterNumber = (t[j].kind == .number || t[j].classes.contains(.numberWord)) && j + 1 < t.count
                && v.has([.doseUnit, .timeUnit], at: j + 1)
            if unitAfterNumber { return .init(reason: "gives a dosing instruction", span: verb...(j + 1)) }
            if v.lex.doseWords.contains(w) || t[j].classes.contains(.fraction) {
                let end = j + 1 < t.count && ["dose", "doses", "dosage"].contains(t[j + 1].lower) ? j + 1 : j
                return .init(reason: "gives a dosing instruction", span: verb...end)
            }
        }
        return nil
    }
}
