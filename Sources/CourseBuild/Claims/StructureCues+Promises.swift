/// Effects promised to the reader, the marketing form of a claim: "You'll sleep deeper", "Feel lighter and sharper".
extension StructureCues {
    /// What a reader is promised to feel or see: "You'll notice clearer skin", "Feel lighter and sharper".
    static let experienceVerbs: Set<String> = [
        "feel", "notice", "see", "sleep", "wake", "look", "lose", "gain", "enjoy", "breathe", "think", "focus", "age",
    ]
    static let readerModals: Set<String> = ["you'll", "you’ll", "you'd", "you’d"]

    /// How a promised change is worded: "lighter", "deeper", "healthier", "more energetic".
    static let felt: Set<String> = [
        "lighter", "sharper", "deeper", "younger", "clearer", "calmer", "fitter", "slimmer", "brighter", "fresher",
        "smoother", "firmer", "leaner", "sounder", "refreshed", "rested", "energised", "energized", "revitalised",
    ]
    static func isBetter(_ w: String) -> Bool {
        WordingCues.comparatives.contains(w) || felt.contains(w) || w.utf8.count > 5 && w.hasSuffix("ier")
    }

    /// "You'll notice clearer skin within a fortnight", "you will sleep deeper", "Feel lighter, sharper and
    /// more energetic": an effect promised to the reader, the marketing form of a claim.
    func readerPromise(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        guard let first = t.firstIndex(where: { $0.kind == .word }) else { return nil }
        var verb: Int?
        // An imperative promise: "Feel lighter", "Sleep deeper" (not "Sleep apnoea is…").
        if Self.experienceVerbs.contains(t[first].lower),
           (first + 1..<min(t.count, first + 4)).contains(where: { Self.isBetter(t[$0].lower) || v.lex.outcomeNouns.contains(t[$0].lower) }),
           !(first + 1..<min(t.count, first + 4)).contains(where: { Self.copulas.contains(t[$0].lower) }) { verb = first }
        for k in t.indices where verb == nil && t[k].kind == .word {
            let modal = t[k].classes.contains(.readerModal) ? k + 1
                : t[k].lower == "you" && ["will", "can", "could"].contains(v.lower(k + 1) ?? "") ? k + 2 : nil
            guard var m = modal else { continue }
            while m < t.count, t[m].kind == .word, t[m].lower.hasSuffix("ly") || ["soon", "finally", "also", "actually", "quickly"].contains(t[m].lower) { m += 1 }
            if m < t.count, Self.experienceVerbs.contains(t[m].lower), !["that", "how", "why", "what", "whether"].contains(v.lower(m + 1) ?? "") { verb = m }
        }
        guard let at = verb else { return nil }
        // What changes: a comparative ("lighter", "more energetic", "deeper"), an outcome or "the difference".
        let end = min(t.count, at + 6)
        let changed = (at + 1..<end).contains { k in
            let w = t[k].lower
            return Self.isBetter(w) || v.lex.outcomeNouns.contains(w) || w == "difference"
        }
        return changed ? .init(reason: "promises the reader an effect", span: (verb == first ? at : at - 1)...at) : nil
    }
}
