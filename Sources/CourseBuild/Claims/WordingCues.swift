/// Claims made in words rather than numbers: comparisons of efficacy or
/// safety, effects (also hedged: "may reduce"), associations and frequencies,
/// safety assertions, rankings, statistics, timings and dosing instructions.
struct WordingCues {
    static let modals: Set<String> = ["may", "might", "can", "could", "will", "would", "does", "do", "did"]
    static let comparatives: Set<String> = [
        "more", "less", "fewer", "better", "worse", "higher", "lower", "greater", "smaller", "faster", "slower",
        "larger", "longer", "shorter", "stronger", "weaker", "earlier", "later", "gentler", "safer", "milder",
        "superior", "inferior", "quicker", "cheaper", "harsher", "rarer", "commoner",
    ]
    static let ordinals: Set<String> = ["second", "third", "fourth", "fifth", "sixth", "first", "single"]
    static let superlatives: Set<String> = [
        "most", "least", "largest", "leading", "commonest", "biggest", "highest", "lowest", "strongest", "best",
        "worst", "richest", "greatest", "main",
    ]
    static let frequencyAdverbs: Set<String> = ["often", "frequently", "commonly", "usually", "typically", "rarely", "seldom", "mostly"]
    static let populations: Set<String> = QuantityCues.people.union(["those", "patients", "people", "women", "men"])

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        let c = v.context
        if c.isQuestion || c.isCourseProse { return [] }
        if let verb = c.imperativeVerb { return doseInstruction(v, verb: verb).map { [$0] } ?? [] }
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        for span in v.lex.comparisons.matches(in: t) { out.append(.init(reason: "compares efficacy or safety", span: span)) }
        for i in t.indices where t[i].lower == "than" { if let cue = thanCue(v, i) { out.append(cue) } }
        for i in t.indices where t[i].kind == .word && !t[i].quoted {
            if v.lex.outcomeVerbs.contains(t[i].lower), let cue = effectCue(v, i) { out.append(cue) }
            if let cue = rankingCue(v, i) { out.append(cue) }
            if Self.frequencyAdverbs.contains(t[i].lower), t[..<i].contains(where: { Self.populations.contains($0.lower) }),
               i + 1 < t.count {
                out.append(.init(reason: "states how common something is", span: i...(i + 1)))
            }
            if v.lex.timeUnits.contains(t[i].lower), t[i].lower.hasSuffix("s"), let next = v.lower(i + 1),
               ["before", "after", "earlier", "later"].contains(next) {
                out.append(.init(reason: "states a timing", span: i...(i + 1)))
            }
        }
        for span in v.lex.associations.matches(in: t) {
            let words = t[span].map(\.lower)
            let frequency = words.contains { ["rare", "uncommon", "common", "frequent", "unusual", "prevalent"].contains($0) }
            out.append(.init(reason: frequency ? "states how common something is" : "asserts an association", span: span))
        }
        for span in v.lex.safety.matches(in: t) { out.append(.init(reason: "makes a safety assertion", span: span)) }
        let hasNumber = t.contains { $0.kind == .number || QuantityCues.numberWords.contains($0.lower) }
        if hasNumber { for span in v.lex.statistics.matches(in: t) { out.append(.init(reason: "reports a statistic", span: span)) } }
        return out
    }

    /// "better absorbed than", "causes more diarrhoea than"; not "rather than", "other than" or "more than 300".
    private func thanCue(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if let prev = v.lower(i - 1), prev == "rather" || prev == "other" { return nil }
        if i + 1 < t.count, t[i + 1].kind == .number || QuantityCues.numberWords.contains(t[i + 1].lower) { return nil }
        for k in stride(from: i - 1, through: max(0, i - 6), by: -1) where Self.comparatives.contains(t[k].lower) || t[k].lower.hasSuffix("er") && t[k].lower.count > 4 && t[k].kind == .word && k == i - 1 {
            return .init(reason: "compares efficacy or safety", span: k...i)
        }
        return nil
    }

    /// "can improve", "may reduce", "does not raise", "lowered systolic blood pressure".
    private func effectCue(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        var k = i - 1
        while k >= 0, k >= i - 3, t[k].kind == .word, t[k].lower.hasSuffix("ly") || ["not", "also", "further", "still"].contains(t[k].lower) { k -= 1 }
        if k >= 0, Self.modals.contains(t[k].lower), k < i - 1 || !["does", "do", "did"].contains(t[k].lower) {
            return .init(reason: "asserts an effect", span: k...i)
        }
        for j in (i + 1)..<min(t.count, i + 6) {
            if t[j].kind != .word { if t[j].text == "," || t[j].text == ";" { break } else { continue } }
            if v.lex.outcomeNouns.contains(t[j].lower) { return .init(reason: "asserts an effect", span: i...j) }
            if ["and", "but", "which", "that", "because", "when", "so"].contains(t[j].lower) { break }
        }
        return nil
    }

    /// "the second most abundant", "the most common cause", "the leading cause".
    private func rankingCue(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[i].lower
        if Self.ordinals.contains(w), let next = v.lower(i + 1), Self.superlatives.contains(next), next != "main" {
            let end = next == "most" || next == "least" ? min(i + 2, t.count - 1) : i + 1
            return .init(reason: "states a ranking", span: i...end)
        }
        if w == "the", let next = v.lower(i + 1), Self.superlatives.contains(next), next != "main", next != "best",
           !(i > 0 && t[i - 1].lower == "at"), i + 2 < t.count, t[i + 2].kind == .word {
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
            let unitAfterNumber = (t[j].kind == .number || QuantityCues.numberWords.contains(w)) && j + 1 < t.count
                && (v.lex.doseUnits.contains(t[j + 1].lower) || v.lex.timeUnits.contains(t[j + 1].lower))
            if unitAfterNumber { return .init(reason: "gives a dosing instruction", span: verb...(j + 1)) }
            if v.lex.doseWords.contains(w) || QuantityCues.fractions.contains(w) {
                let end = j + 1 < t.count && ["dose", "doses", "dosage"].contains(t[j + 1].lower) ? j + 1 : j
                return .init(reason: "gives a dosing instruction", span: verb...end)
            }
        }
        return nil
    }
}
