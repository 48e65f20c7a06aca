/// Promises without exception by shape: no one ever again, whatever your age, "every" said again,
/// every case of a disease, an outcome changed for anyone ("saves every septic patient", "heals any
/// wound"), a universal by double negation.
extension HypeRule {
    /// What "every" counts in a routine, not a promise: "every morning, every evening".
    static let routineWords: Set<String> = ["morning", "evening", "night", "day", "time", "hour", "week", "month", "year", "dose", "meal", "visit", "shift"]
    /// Verbs a double negation promises: "no headache this balm cannot soothe".
    static let remedyVerbs: Set<String> = ["solve", "soothe", "fix", "perfect", "help", "heal", "cure", "treat", "improve", "ease", "relieve", "clear", "handle", "beat", "reverse"]
    /// What "There is no … that cannot" says soberly: "no evidence that", "no drug that cannot cause harm".
    static let epistemicNouns: Set<String> = ["evidence", "proof", "data", "reason", "need", "doubt", "way", "point", "sign", "suggestion", "indication", "study", "trial"]

    /// "will", or a contraction of it ("you'll", "it’ll"), compared by bytes.
    static func isWill(_ t: ClaimToken) -> Bool {
        let w = t.lower.utf8
        return t.lower == "will" || StructureCues.endsWith(w, "'ll".utf8) || StructureCues.endsWith(w, "’ll".utf8)
    }

    /// "nobody needs to fear a stroke again", "no one will go hungry again": an end for everyone.
    func noOneAgain(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[k].lower
        guard w == "nobody" || w == "no" && v.lower(k + 1) == "one", t.last(where: { $0.kind == .word })?.lower == "again",
              t[k...].contains(where: { Self.isWill($0) || ["needs", "need", "has", "must", "should", "ever"].contains($0.lower) }) else { return nil }
        return .init(reason: "an absolute promise", span: k...(w == "no" ? k + 1 : k))
    }

    /// "Whatever your age, this plan works": a promise without exception; not "whatever your age, you will need…".
    func whateverYour(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard t[k].lower == "whatever" || t[k].lower == "whoever", ["your", "you"].contains(v.lower(k + 1) ?? ""), !v.context.isCourseProse,
              t[k...].contains(where: { ["works", "work", "helps", "help"].contains($0.lower) || $0.classes.contains(.outcomeVerb) }) else { return nil }
        return .init(reason: "an absolute promise", span: k...(k + 1))
    }

    /// "for every body, every age, every condition": "every" said again, after a comma.
    func everySaidAgain(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard t[k].lower == "every", k >= 3, t[k - 1].lower == ",", t[k - 3].lower == "every", !v.context.isCourseProse,
              !Self.routineWords.contains(v.lower(k + 1) ?? ""), !Self.routineWords.contains(t[k - 2].lower) else { return nil }
        return .init(reason: "an absolute promise", span: k...min(t.count - 1, k + 1))
    }

    /// "prevents every migraine": an effect on every case of a disease; not "every second stroke", not hedged,
    /// not an instruction ("Offer support to stop smoking to every patient who smokes").
    func everyCase(_ v: SentenceView, _ k: Int, afterEffect effect: Bool) -> SentenceView.Cue? {
        let t = v.tokens
        guard t[k].lower == "every", effect, v.context.imperativeVerb == nil, k + 1 < t.count, t[k + 1].kind != .number, !v.has([.ordinal, .numberWord], at: k + 1),
              StructureCues.isClinical(v, k + 1) || StructureCues.isClinical(v, k + 2), !v.context.isCourseProse,
              !t[..<k].contains(where: { StructureCues.hedges.contains($0.lower) }) else { return nil }
        return .init(reason: "an absolute promise", span: k...(StructureCues.isClinical(v, k + 1) ? k + 1 : k + 2))
    }

    static let anyone: Set<String> = ["any", "every", "anyone", "anybody", "everyone", "everybody", "anything", "everything"]
    /// Only "utterly": "completely", "entirely" and "permanently" are literal in pharmacology
    /// ("reversed dabigatran completely within minutes", "permanently damages the nerve").
    static let wholly: Set<String> = ["utterly"]
    static let healingVerbs: Set<String> = [
        "heal", "heals", "healed", "cure", "cures", "cured", "fix", "fixes", "fixed", "stop", "stops", "stopped", "restore",
        "restores", "restored", "reset", "resets", "save", "saves", "saved", "clear", "clears", "cleared", "reverse", "reverses",
        "reversed", "transform", "transforms", "transformed", "rendered", "renders", "spare", "spares", "spared",
        "catch", "catches", "protect", "protects", "prevent", "prevents", "solve", "solves", "solved",
    ]
    /// Hedges that take back a promise; "will" and "can" before a cure keep it ("can reverse every chronic disease").
    static let softHedges: Set<String> = ["may", "might", "could", "would", "help", "helps", "helped"]

    /// "heals any wound", "stops the seizures of every child", "utterly transformed": an effect without
    /// exception or without remainder, stated (not hedged) in clinical text.
    func effectWithoutExcept(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let t = v.tokens
        // Verbs of changing an outcome, not of adding, applying or needing; not in an instruction.
        guard t[k].classes.contains(.outcomeVerb) || t[k].classes.contains(.healingVerb),
              // "Its causes include…": after a determiner the word is a noun.
              !["its", "their", "the", "his", "her", "these", "other", "common"].contains(v.lower(k - 1) ?? ""),
              // A passive states who is treated ("Doses are raised in anyone who…"), not a promise.
              !(StructureCues.endsWith(t[k].lower.utf8, "ed".utf8) && StructureCues.copulas.contains(v.lower(k - 1) ?? "")),
              let span = universalAround(v, k),
              // The context last: it is worked out only for a sentence that needs it.
              v.context.imperativeVerb == nil, !v.context.isCourseProse, !v.context.isQuestion else { return nil }
        // Checked last, since a universal is rare: not hedged or negated ("may reduce … in any adult").
        let cure = t[k].classes.contains(.healingVerb)
        guard !t[..<k].contains(where: { (cure ? Self.softHedges : StructureCues.hedges).contains($0.lower) || HypeRule.negators.contains($0.lower) }) else { return nil }
        return .init(reason: "an absolute promise", span: span)
    }

    /// "fewer deaths from any cause", "a lower risk of dying from any cause", "mortality of any cause": an
    /// all-cause outcome, a measure, not a promise.
    static func allCauseOutcome(_ v: SentenceView, _ j: Int) -> Bool {
        v.lower(j + 1) == "cause" && (v.lower(j - 1) == "from" || v.lower(j - 1) == "of")
    }

    /// "utterly transformed", or "any"/"every"/"anyone" in the verb's object before the clause ends.
    private func universalAround(_ v: SentenceView, _ k: Int) -> ClosedRange<Int>? {
        let t = v.tokens
        if k >= 1, Self.wholly.contains(t[k - 1].lower) { return (k - 1)...k }
        var j = k + 1
        while j < t.count, j <= k + 6, !t[j].classes.contains(.clauseBreak) {
            let w = t[j].lower
            // "any…"/"every…" start with a or e: a byte test before the set's string hash.
            let first = w.utf8.first
            if first == UInt8(ascii: "a") || first == UInt8(ascii: "e"), Self.anyone.contains(w), !v.has([.ordinal, .numberWord, .timeUnit], at: j + 1), !Self.routineWords.contains(v.lower(j + 1) ?? ""),
               !Self.allCauseOutcome(v, j) {
                return k...j
            }
            if first == UInt8(ascii: "u"), Self.wholly.contains(w) { return k...j }
            j += 1
        }
        return nil
    }

    /// "There is no headache this balm cannot soothe", "There is simply no skin our mask won't perfect";
    /// not "There is no evidence that…", nor "no drug that cannot cause harm".
    func doubleNegation(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let t = v.tokens
        // "There is nothing this drug cannot do": any verb after "nothing", when a remedy is what cannot fail.
        let nothing = t[k].lower == "nothing"
        guard k <= 4, t[k].lower == "no" || nothing, t[..<k].contains(where: { $0.lower == "there" }), !v.context.isCourseProse,
              !Self.epistemicNouns.contains(v.lower(k + 1) ?? ""),
              let neg = t[(k + 1)...].firstIndex(where: { ["cannot", "can't", "can’t", "won't", "won’t"].contains($0.lower) }),
              nothing ? (k + 1..<neg).contains(where: { StructureCues.isClinical(v, $0) || v.has(.productNoun, at: $0) || Self.remedyNouns.contains(t[$0].lower) })
                      : Self.remedyVerbs.contains(v.lower(neg + 1) ?? "") else { return nil }
        return .init(reason: "an absolute promise", span: k...(k + 1 < t.count ? k + 1 : k))
    }
}
