/// Regimens in words: "three sessions a week", "once daily", "every six months", routes of administration.
extension StructureCues {
    static let regimenWords: Set<String> = ["daily", "nightly", "weekly", "monthly", "hourly"]
    static let rateNouns: Set<String> = ["beats", "breaths", "respirations", "heartbeats", "words", "contractions", "kicks", "bpm"]

    static let routes: Set<String> = [
        "intramuscularly", "intravenously", "orally", "subcutaneously", "topically", "sublingually", "rectally",
        "intranasally", "buccally", "transdermally",
    ]

    /// Verbs of giving a medicine, whose regimen is a dose even for a drug the lexicon does not know.
    static let dosingVerbs: Set<String> = ["taken", "given", "applied", "instilled", "injected", "administered", "inhaled", "dosed", "prescribed"]

    /// "three sessions a week", "eight to ten hours of sleep a night", "twice a day": a regimen in words.
    func regimen(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if t[i].classes.contains(.regimenWord) { return regimenWord(v, i) }
        // "every six months", "every 4 hours".
        if t[i].lower == "every", i + 2 < t.count, t[i + 1].kind == .number || t[i + 1].classes.contains(.numberWord),
           t[i + 2].classes.contains(.timeUnit), t.indices.contains(where: { Self.isGiven(v, $0) }) {
            return .init(reason: "gives a dose", span: i...(i + 2))
        }
        // The time unit's class bit first: this runs on every token, and the word list is built at each call.
        guard i + 1 < t.count, t[i + 1].classes.contains(.timeUnit), ["a", "per", "each", "every"].contains(t[i].lower),
              !t[i + 1].lower.hasSuffix("s") else { return nil }
        // "112 beats per minute", "18 breaths a minute": a rate measured, not a regimen.
        if i >= 1, Self.rateNouns.contains(t[i - 1].lower) { return nil }
        var k = i - 1
        while k >= 0, k >= i - 5 {
            if t[k].kind == .number || t[k].classes.contains(.numberWord) || ["twice", "once", "thrice"].contains(t[k].lower) {
                // "Chapter 3 twice a week"; "£4.99 a month" is a price.
                if v.has(.label, at: k - 1) || ["£", "$", "€"].contains(v.lower(k - 1) ?? "") { return nil }
                // "her heart rate has settled to 115 per minute": a rate named before its number is measured.
                if k == i - 1, t[max(0, k - 6)..<k].contains(where: { $0.lower == "rate" || $0.lower == "rates" }) { return nil }
                return .init(reason: "gives a dose", span: k...(i + 1))
            }
            if t[k].kind == .punct { return nil }
            k -= 1
        }
        return nil
    }

    /// "is given intramuscularly" (a route of administration), "instilled once daily", "three times daily".
    func regimenWord(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if Self.routes.contains(t[i].lower) {
            return (max(0, i - 3)..<i).contains(where: { Self.dosingVerbs.contains(t[$0].lower) }) ? .init(reason: "gives a dose", span: i...i) : nil
        }
        guard i >= 1, ["once", "twice", "thrice", "times"].contains(t[i - 1].lower),
              t.indices.contains(where: { Self.isGiven(v, $0) }) || t.contains(where: { Self.dosingVerbs.contains($0.lower) }) else { return nil }
        return .init(reason: "gives a dose", span: (i - 1)...i)
    }
}
