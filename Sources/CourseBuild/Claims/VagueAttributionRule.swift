/// claims.vague-attribution: a claim credited to unnamed sources ("studies
/// show", "experts agree", "it is well known"). Recognised by shape rather
/// than by a fixed phrase list: an unnamed source noun opening a clause,
/// optionally quantified ("many doctors", "a growing body of evidence"),
/// followed by a reporting verb; "according to" an unnamed source; or an
/// agentless "it is known/has been shown that".
struct VagueAttributionRule {
    /// Words allowed before the source noun without naming it.
    static let prefixes: Set<String> = [
        "a", "the", "many", "numerous", "several", "some", "most", "multiple", "countless", "various", "recent",
        "new", "newer", "emerging", "current", "existing", "available", "clinical", "scientific", "medical",
        "growing", "mounting", "accumulating", "strong", "good", "robust", "considerable", "substantial",
        "modern", "more", "other", "independent", "large", "body", "of", "lots", "plenty", "number", "wealth",
        "increasing", "published", "previous", "prior", "leading", "top", "experienced", "much", "extensive",
        "recent", "past", "further", "nutritional", "psychiatric", "animal", "human", "observational",
    ]
    /// Where a clause (and so a subject) can begin.
    static let clauseStarts: Set<String> = [
        ",", ";", ":", "(", "—", "–", "that", "and", "but", "while", "although", "though", "because", "since",
        "as", "however", "yet", "so", "now", "indeed", "moreover", "also", "furthermore", "today", "from",
    ]
    static let fillers: Set<String> = [
        "have", "has", "had", "do", "does", "did", "can", "may", "might", "could", "would", "will", "now", "long",
        "also", "still", "all", "even", "already", "to", "continue", "continues", "seem", "seems", "appear",
        "appears", "tend", "tends", "increasingly", "generally", "widely", "consistently", "repeatedly",
        "often", "clearly", "strongly", "largely", "broadly", "conclusively", "firmly", "been",
    ]
    /// "the" names a specific study or team; it leaves the source unnamed only for these.
    static let theAllowed: Set<String> = ["literature", "evidence", "research", "science", "data", "consensus"]
    static let singularStudies: Set<String> = ["study", "expert"]
    /// Verbs before a hearsay participle ("is believed", "were thought").
    static let passiveAuxiliaries: Set<String> = ["is", "are", "was", "were"]
    static let agentless: Set<String> = [
        "known", "shown", "established", "accepted", "believed", "thought", "reported", "suggested",
        "demonstrated", "proven", "proved", "recognised", "recognized", "claimed", "said", "documented",
        "understood", "agreed", "assumed", "argued", "held", "observed", "noted", "found",
    ]

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        if v.context.isQuestion { return [] }
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        for span in v.lex.attribution.matches(in: v) where !t[span].contains(where: { $0.quoted }) {
            out.append(.init(reason: "attributes a claim to unnamed sources", span: span))
        }
        for i in t.indices where t[i].kind == .word && !t[i].quoted {
            if t[i].classes.contains(.source), let cue = sourceCue(v, noun: i) { out.append(cue) }
            if t[i].lower == "it", let cue = agentlessCue(v, at: i) { out.append(cue) }
            if t[i].classes.contains(.passiveAuxiliary), i > 0, t[i - 1].lower != "it", let cue = passiveCue(v, at: i) { out.append(cue) }
        }
        return out.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// "[many] doctors [now] believe", "according to recent research", "there is growing evidence".
    private func sourceCue(_ v: SentenceView, noun i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        var j = i
        while j > 0, t[j - 1].kind == .word, Self.prefixes.contains(t[j - 1].lower) { j -= 1 }
        let noun = t[i].lower
        if j < i {
            let first = t[j].lower
            if first == "the", !Self.theAllowed.contains(noun) { return nil }
            if first == "a" || first == "the", Self.singularStudies.contains(noun) { return nil }
        }
        if Self.singularStudies.contains(noun) { return nil }
        if noun == "data", i > 0, t[i - 1].isCapitalised, i - 1 > 0 { return nil }
        // "according to [recent] research"
        if j >= 2, t[j - 2].lower == "according", t[j - 1].lower == "to" {
            return .init(reason: "attributes a claim to unnamed sources", span: (j - 2)...i)
        }
        // "there is [growing] evidence that"
        if j >= 2, t[j - 2].lower == "there", ["is", "are", "'s"].contains(t[j - 1].lower), ["evidence", "data", "research"].contains(noun) {
            return .init(reason: "attributes a claim to unnamed sources", span: (j - 2)...i)
        }
        guard j == 0 || Self.clauseStarts.contains(t[j - 1].lower) else { return nil }
        var k = i + 1
        while k < t.count, t[k].kind == .word, Self.fillers.contains(t[k].lower) || t[k].lower.hasSuffix("ly") && !v.lex.reportingVerbs.contains(t[k].lower) { k += 1 }
        guard k < t.count, t[k].kind == .word, v.lex.reportingVerbs.contains(t[k].lower) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: j...k)
    }

    /// "Magnesium is widely believed to…", "…are generally thought to…": hearsay with the source left out.
    private func passiveCue(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        var k = i + 1
        while k < t.count, t[k].kind == .word, t[k].lower.hasSuffix("ly") || t[k].lower == "well" { k += 1 }
        guard k + 1 < t.count, t[k + 1].lower == "to" || t[k + 1].lower == "as" else { return nil }
        let always: Set<String> = ["believed", "thought", "said", "claimed", "rumoured", "rumored", "reputed", "alleged"]
        let withAdverb: Set<String> = ["known", "recognised", "recognized", "accepted", "reported", "regarded", "considered"]
        guard always.contains(t[k].lower) || k > i + 1 && withAdverb.contains(t[k].lower) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: i...k)
    }

    /// "It is well known that…", "It has been shown that…".
    private func agentlessCue(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        var k = i + 1
        guard k < t.count, ["is", "was", "has", "had", "'s"].contains(t[k].lower) else { return nil }
        k += 1
        while k < t.count, t[k].kind == .word, t[k].lower == "been" || Self.fillers.contains(t[k].lower) || t[k].lower.hasSuffix("ly") || t[k].lower == "well" { k += 1 }
        guard k < t.count, Self.agentless.contains(t[k].lower) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: i...k)
    }
}
