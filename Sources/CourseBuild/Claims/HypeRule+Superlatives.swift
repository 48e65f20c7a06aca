/// Superlatives and total victories: the perfect test, the answer to a disease, the world's best,
/// a disease wiped out.
extension HypeRule {
    /// Superlatives of quality, not size: "the world's purest", not "the world's largest trial".
    static let praise: Set<String> = ["best", "purest", "finest", "strongest", "safest", "greatest", "most", "healthiest", "cleanest", "number"]

    /// Verbs that make a practice obsolete.
    static let makingVerbs: Set<String> = ["make", "makes", "made", "making", "render", "renders", "rendered", "rendering"]
    /// Verbs of wiping out that are hyperbole said of a condition, even without "completely" ("erases fine
    /// lines"). "Abolished" and "obliterated" are left out: "reflexes are abolished", "alveoli obliterated".
    static let obliterationVerbs: Set<String> = ["erase", "erases", "erased", "banish", "banishes", "banished"]

    /// Verbs of ending that are literal unless total ("eliminates … entirely", "wipes out").
    static let eradicationVerbs: Set<String> = [
        "eliminate", "eliminates", "eradicate", "eradicates", "abolish", "abolishes", "wipe", "wipes", "end", "ends",
        "defeat", "defeats", "conquer", "conquers", "obliterate", "obliterates",
        "eliminated", "eradicated", "abolished", "wiped", "ended", "defeated", "conquered", "obliterated",
    ]

    /// "eliminates diagnostic error entirely", "wipes out depression", "put an end to the epidemic",
    /// "made psoriasis a thing of the past": a total victory over a disease or error.
    func totalVictory(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        for k in t.indices where t[k].classes.contains(.promiseCue) && !t[k].quoted {
            // "has made diet and exercise completely obsolete": a whole practice swept away.
            if t[k].lower == "obsolete", let maker = (max(0, k - 8)..<k).last(where: { Self.makingVerbs.contains(t[$0].lower) }),
               !t[..<maker].contains(where: { HypeRule.negators.contains($0.lower) || HypeRule.softHedges.contains($0.lower) }) {
                return .init(reason: "a promise of total victory", span: maker...k)
            }
            let eradicates = Self.eradicationVerbs.contains(t[k].lower)
            guard eradicates || Self.obliterationVerbs.contains(t[k].lower) else { continue }
            // A plan or a noun ("will end", "the end", "to eliminate"), for the verbs that can be literal.
            if eradicates, let p = v.lower(k - 1), ["the", "an", "to", "will", "would", "could", "might", "may"].contains(p), p != "to" || t[k].lower == "end" { continue }
            let end = min(t.count - 1, k + 8)
            guard k + 1 <= end else { continue }
            // "has wiped out neural tube defects"; not the history in a passive ("Smallpox was wiped out in 1980").
            if t[k].lower.hasPrefix("wipe"), v.lower(k + 1) == "out", !StructureCues.copulas.contains(v.lower(k - 1) ?? "") { return .init(reason: "a promise of total victory", span: k...(k + 1)) }
            if (k + 1...end).contains(where: { Self.totality.contains(t[$0].lower) || t[$0].lower == "for" && v.lower($0 + 1) == "good" })
                || k >= 1 && Self.totality.contains(t[k - 1].lower) {
                return .init(reason: "a promise of total victory", span: k...k)
            }
            // "erases fine lines", "has abolished the disability": verbs of wiping out, said of a condition,
            // are hyperbole even without "completely" ("eliminate" and "end" can be literal: "end the infusion").
            if Self.obliterationVerbs.contains(t[k].lower),
               (k + 1...end).contains(where: { StructureCues.isClinical(v, $0) || v.lex.outcomeNouns.contains(t[$0].lower) || ["lines", "wrinkles", "spots", "damage", "disability"].contains(t[$0].lower) }) {
                return .init(reason: "a promise of total victory", span: k...k)
            }
        }
        return nil
    }

    static let perfectWords: Set<String> = ["perfect", "flawless", "foolproof", "infallible"]

    /// "the answer", "the definitive solution", "the long-awaited answer": a remedy named as the one.
    static func theBefore(_ v: SentenceView, _ k: Int) -> Bool {
        v.lower(k - 1) == "the" || v.lower(k - 2) == "the" && ["definitive", "ultimate", "long-awaited", "only", "real", "true", "missing", "final"].contains(v.lower(k - 1) ?? "")
    }
    static let remedyNouns: Set<String> = ["answer", "solution", "remedy", "fix", "cure", "antidote"]

    /// The first superlative promise in the sentence, by one of the shapes below.
    func perfection(_ v: SentenceView) -> SentenceView.Cue? {
        for k in v.tokens.indices where v.tokens[k].classes.contains(.promiseCue) && !v.tokens[k].quoted {
            if let cue = perfectThing(v, k) ?? outcomeGone(v, k) ?? worldsBest(v, k) ?? singleSuperlative(v, k) ?? remedyAsTheOne(v, k) {
                return cue
            }
        }
        return nil
    }

    /// "the perfect drug for croup", "HbA1c is the perfect test", "CBT is flawless"; not "a perfect storm".
    private func perfectThing(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard Self.perfectWords.contains(t[k].lower), v.lower(k + 1) != "storm" else { return nil }
        if k + 1 < t.count, StructureCues.isClinical(v, k + 1) || Self.remedyNouns.contains(t[k + 1].lower) || v.lex.outcomeNouns.contains(t[k + 1].lower) {
            return .init(reason: "a superlative promise", span: k...(k + 1))
        }
        // "is rarely perfect", "is never flawless": negated in the adverb itself.
        if let p = v.lower(k - 1), ["is", "are", "be", "becomes", "the"].contains(p)
            || StructureCues.copulas.contains(v.lower(k - 2) ?? "") && p.hasSuffix("ly") && !Self.negators.contains(p) {
            return .init(reason: "a superlative promise", span: (k - 1)...k)
        }
        return nil
    }

    /// "One capsule, zero anxiety", "Goodbye joint pain": an outcome promised gone.
    private func outcomeGone(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let w = v.tokens[k].lower
        guard w == "zero" || w == "goodbye", let n = v.lower(k + 1),
              v.lex.outcomeNouns.contains(n) || StructureCues.isClinical(v, k + 1) || v.lex.outcomeNouns.contains(v.lower(k + 2) ?? "") else { return nil }
        return .init(reason: "an absolute promise", span: k...(k + 1))
    }

    /// "the world's purest omega-3", "the world's best": a superlative over everything there is.
    private func worldsBest(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let w = v.tokens[k].lower
        guard w == "world's" || w == "world’s", let n = v.lower(k + 1), Self.praise.contains(n) else { return nil }
        return .init(reason: "a superlative promise", span: k...(k + 1))
    }

    /// "the single greatest gift", "the single best thing": a superlative made absolute.
    private func singleSuperlative(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        guard v.tokens[k].lower == "single", v.lower(k - 1) == "the", let n = v.lower(k + 1),
              WordingCues.superlatives.contains(n) || n.utf8.count > 5 && n.hasSuffix("est") else { return nil }
        return .init(reason: "a superlative promise", span: (k - 1)...(k + 1))
    }

    /// "the answer to every disease of ageing", "the answer to heart failure", "the definitive solution to
    /// obesity", "the key to everything": one remedy for a disease, or for everything.
    private func remedyAsTheOne(_ v: SentenceView, _ k: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[k].lower
        guard Self.remedyNouns.contains(w) || w == "key", let p = v.lower(k + 1), p == "to" || p == "for" else { return nil }
        if Self.remedyNouns.contains(w), let q = v.lower(k + 2), ["every", "all", "any", "everything"].contains(q) {
            return .init(reason: "a superlative promise", span: k...(k + 2))
        }
        // "the answer to heart failure", not "the key to managing diabetes" or "the solution for injection".
        guard p == "to", let q = v.lower(k + 2), q == "everything" || !StructureCues.endsWith(q.utf8, "ing".utf8), Self.theBefore(v, k),
              (k + 2..<min(t.count, k + 4)).contains(where: {
            StructureCues.isClinical(v, $0) || v.lex.outcomeNouns.contains(t[$0].lower) || t[$0].lower == "everything"
        }) else { return nil }
        return .init(reason: "a superlative promise", span: k...(k + 1))
    }
}
