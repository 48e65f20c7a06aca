/// claims.hype: marketing or absolute language. Fires even when the sentence is
/// cited, since a source does not make "miracle" a clinical word. A hype word
/// that is mentioned (in quotes, "marketed as", "so-called", "calls its oil a…"),
/// negated in a plain statement ("There is no cure for…", "not intended to …
/// cure"), or set as a learner's task ("Discuss why labels such as…") is not hype.
/// Besides the marketing words it catches absolute promises and superlatives by
/// shape: "no patient will ever…", "the safest … ever made", "the only … you will
/// ever need", and the lexicon's absolutes ("nothing comes close", "every single").
struct HypeRule {
    static let negators: Set<String> = [
        "no", "not", "never", "nor", "neither", "without", "cannot", "isn't", "aren't", "wasn't", "don't",
        "doesn't", "hardly", "nothing", "none",
    ]
    static let mentionCues: Set<String> = [
        "marketed", "advertised", "sold", "touted", "promoted", "billed", "branded", "labelled", "labeled",
        "so-called", "called", "claims", "claim", "claimed", "promise", "promises", "promised", "phrase", "term",
        "word", "words", "slogan", "slogans", "dubbed", "hyped", "calls", "call", "calling", "promising",
        "label", "labels", "such", "wary", "advert", "adverts", "advertisement", "ad", "ads", "headline",
        "headlines", "buzzword", "buzzwords", "like", "describing", "describes", "uses",
    ]
    /// Words that turn a hype noun into a neutral compound ("cure rate").
    static let neutralFollowers: Set<String> = ["rate", "rates"]
    /// Words that make a hype word commercial small print ("money-back guarantee").
    static let neutralLeaders: Set<String> = ["money-back", "price", "satisfaction", "refund", "delivery"]
    /// A learner's task about wording: "Discuss why…", "Ask yourself whether…", "Rewrite…".
    static let discussionVerbs: Set<String> = [
        "ask", "discuss", "explain", "consider", "identify", "compare", "decide", "reflect", "think", "notice",
        "spot", "find", "rewrite", "list", "underline", "highlight", "analyse", "analyze", "critique", "contrast",
        "describe", "debate", "judge", "evaluate", "assess", "rate", "sort", "mark", "circle", "label", "explore",
    ]
    /// Universal or superlative words that, with "ever", make an absolute promise.
    static let universals: Set<String> = ["no", "nothing", "none", "nobody", "only", "most", "best", "safest", "greatest", "biggest", "strongest", "finest", "first", "last"]

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        if v.context.isQuestion { return [] }
        // A learner's task about wording ("Discuss why labels such as 'clinically proven' mislead").
        if let verb = v.context.imperativeVerb, Self.discussionVerbs.contains(v.tokens[verb].lower) { return [] }
        var out: [SentenceView.Cue] = []
        for span in v.lex.hype.matches(in: v) where !mentioned(v, span) {
            if let next = v.lower(span.upperBound + 1), Self.neutralFollowers.contains(next) { continue }
            if let prev = v.lower(span.lowerBound - 1), Self.neutralLeaders.contains(prev) { continue }
            if negated(v, span) { continue }
            out.append(.init(reason: "marketing language", span: span))
        }
        for span in v.lex.absolutes.matches(in: v) where !mentioned(v, span) {
            out.append(.init(reason: "an absolute or superlative promise", span: span))
        }
        if let cue = everPromise(v) { out.append(cue) }
        guard v.wordClasses.contains(.promiseCue) else { return out }
        if let cue = universalPromise(v) { out.append(cue) }
        if let cue = totalVictory(v), !mentioned(v, cue.span) { out.append(cue) }
        if let cue = perfection(v), !negated(v, cue.span), !mentioned(v, cue.span) { out.append(cue) }
        return out
    }

    static let quantifiers: Set<String> = ["every", "everyone", "everybody", "all", "anyone", "anybody"]
    static let curingVerbs: Set<String> = ["saves", "save", "saved", "cures", "cure", "cured", "heals", "heal", "fixes", "fix", "catches", "catch", "gives", "give", "makes", "make", "protects", "protect", "spares"]
    /// What "every" counts in a routine, not a promise: "every morning, every evening".
    static let routineWords: Set<String> = ["morning", "evening", "night", "day", "time", "hour", "week", "month", "year", "dose", "meal", "visit", "shift"]
    /// Everyone without exception as the beneficiary: "works for absolutely everyone", "restores vision to anyone".
    static let everyone: Set<String> = ["everyone", "everybody", "anyone", "anybody"]
    static let promiseOpeners: Set<String> =
        quantifiers.union(eradicationVerbs).union(obliterationVerbs).union(perfectWords).union(remedyNouns).union(["there", "you'll", "you’ll", "we'll", "will", "'ll", "never", "single", "zero", "goodbye", "world's", "world’s", "nobody", "whatever", "whoever", "key"])
    /// Completion or permanence: with a universal they promise an outcome without exception.
    static let totality: Set<String> = ["always", "forever", "entirely", "completely", "totally", "overnight", "permanently", "instantly"]
    static let easeWords: Set<String> = ["obvious", "easy", "effortless", "simple", "straightforward", "trivial", "painless"]

    /// "works in every child, every time", "every patient can come off insulin for good", "reverses the
    /// disease in everyone who…", "every diagnosis becomes obvious", "your patients will always…",
    /// "you will never … again".
    private func universalPromise(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        var universal: Int?
        var effect = false
        for k in t.indices where t[k].kind == .word && !t[k].quoted {
            let w = t[k].lower
            if t[k].classes.contains(.effectVerb) { effect = true }
            // In course prose only a promise with "again" ("you will never get one wrong again").
            if w == "will" || w.hasSuffix("'ll") || w.hasSuffix("’ll"), let a = v.lower(k + 1), a == "always" || a == "never",
               k + 2 < t.count, t[k + 2].kind == .word, !["be", "have", "need"].contains(t[k + 2].lower) || a == "never",
               !v.context.isCourseProse || a == "never" && t[(k + 2)...].contains(where: { $0.lower == "again" }) {
                return .init(reason: "an absolute promise", span: k...(k + 1))
            }
            if w == "never", v.lower(k + 1) == "look" || v.lower(k + 1) == "looked", v.lower(k + 2) == "back" {
                return .init(reason: "an absolute promise", span: k...(k + 2))
            }
            // "nobody needs to fear a stroke again", "no one will go hungry again": an end for everyone.
            if w == "nobody" || w == "no" && v.lower(k + 1) == "one", t.last(where: { $0.kind == .word })?.lower == "again",
               t[k...].contains(where: { ["will", "'ll", "needs", "need", "has", "must", "should", "ever"].contains($0.lower) }) {
                return .init(reason: "an absolute promise", span: k...(w == "no" ? k + 1 : k))
            }
            // "Whatever your age, this plan works": a promise without exception.
            if w == "whatever" || w == "whoever", ["your", "you"].contains(v.lower(k + 1) ?? ""), !v.context.isCourseProse,
               t[k...].contains(where: { ["works", "work", "helps", "help", "will", "'ll"].contains($0.lower) || $0.classes.contains(.effectVerb) }) {
                return .init(reason: "an absolute promise", span: k...(k + 1))
            }
            // "for every body, every age, every condition": "every" said again, after a comma.
            if w == "every", k >= 3, t[k - 1].lower == ",", t[k - 3].lower == "every", !v.context.isCourseProse,
               !Self.routineWords.contains(v.lower(k + 1) ?? ""), !Self.routineWords.contains(t[k - 2].lower) {
                return .init(reason: "an absolute promise", span: k...min(t.count - 1, k + 1))
            }
            // "saves every septic patient", "gives every deaf child normal hearing": everyone, as the object of a cure.
            if w == "every", k >= 1, Self.curingVerbs.contains(t[k - 1].lower), !v.context.isCourseProse,
               v.has(.people, at: k + 1) || v.has(.people, at: k + 2) || StructureCues.isClinical(v, k + 1) || StructureCues.isClinical(v, k + 2)
                || ["patient", "child", "baby", "infant", "person", "death", "human", "woman", "man", "case"].contains(v.lower(k + 1) ?? "") || ["patient", "child", "baby", "infant", "person", "human"].contains(v.lower(k + 2) ?? "") {
                return .init(reason: "an absolute promise", span: (k - 1)...k)
            }
            // "catches every cancer", "prevents every migraine": an effect without exception.
            if w == "every", effect, !v.has([.ordinal, .numberWord], at: k + 1), v.tokens.indices.contains(k + 1), t[k + 1].kind != .number, StructureCues.isClinical(v, k + 1) || StructureCues.isClinical(v, k + 2),
               !v.context.isCourseProse, !t[..<k].contains(where: { StructureCues.hedges.contains($0.lower) }) {
                return .init(reason: "an absolute promise", span: k...(StructureCues.isClinical(v, k + 1) ? k + 1 : k + 2))
            }
            // "There is no medical problem that a good history cannot solve", "There is simply no skin our mask won't perfect".
            if k <= 3, w == "no", t[..<k].contains(where: { $0.lower == "there" }), !v.context.isCourseProse,
               !["evidence", "proof", "data", "reason", "need", "doubt", "way", "point", "sign", "suggestion", "indication", "study", "trial"].contains(v.lower(k + 1) ?? ""),
               t[(k + 1)...].contains(where: { ["cannot", "can't", "won't", "wont"].contains($0.lower) }) {
                return .init(reason: "an absolute promise", span: k...(k + 1 < t.count ? k + 1 : k))
            }
            // "Never feel tired again": an imperative promise that something ends for good.
            if w == "never", k == 0 || v.lower(k - 1) == ",", Self.sufferingVerbs.contains(v.lower(k + 1) ?? ""),
               t.last(where: { $0.kind == .word })?.lower == "again" {
                return .init(reason: "an absolute promise", span: k...(k + 1 < t.count ? k + 1 : k))
            }
            if let u = universal, !v.context.isCourseProse {
                let timeUniversal = (w == "every" || w == "each") && (v.lower(k + 1) == "time" || v.lower(k + 1) == "single")
                let forGood = w == "for" && v.lower(k + 1) == "good"
                if timeUniversal || forGood || Self.totality.contains(w) || (Self.easeWords.contains(w) || Self.perfectWords.contains(w)) && k > u + 1 {
                    return .init(reason: "an absolute promise", span: u...(forGood || timeUniversal ? k + 1 : k))
                }
                if effect, ["everyone", "everybody"].contains(t[u].lower) {
                    return .init(reason: "an absolute promise", span: u...u)
                }
            }
            if Self.quantifiers.contains(w), universal == nil, w != "all" || StructureCues.isClinical(v, k + 1) || v.has(.people, at: k + 1) {
                universal = k
                var p = k - 1
                if v.lower(p) == "absolutely" || v.lower(p) == "just" { p -= 1 }
                // Not a population ("raising doses in anyone who takes a PPI").
                if effect, Self.everyone.contains(w), let before = v.lower(p), ["in", "for", "to"].contains(before),
                   !["who", "with", "taking", "on", "whose"].contains(v.lower(k + 1) ?? "") {
                    return .init(reason: "an absolute promise", span: p...k)
                }
            }
        }
        return nil
    }

    /// Superlatives of quality, not size: "the world's purest", not "the world's largest trial".
    static let praise: Set<String> = ["best", "purest", "finest", "strongest", "safest", "greatest", "most", "healthiest", "cleanest", "number"]

    /// What a reader is promised never to go through again: "Never feel tired again".
    static let sufferingVerbs: Set<String> = ["feel", "suffer", "worry", "struggle", "wake", "need", "lose", "crave", "go", "fear", "dread", "get", "catch", "have", "be"]

    static let obliterationVerbs: Set<String> = ["erase", "erases", "erased", "abolish", "abolishes", "abolished", "banish", "banishes", "banished", "obliterate", "obliterates", "obliterated"]

    static let eradicationVerbs: Set<String> = [
        "eliminate", "eliminates", "eradicate", "eradicates", "abolish", "abolishes", "banish", "banishes", "erase",
        "erases", "wipe", "wipes", "end", "ends", "defeat", "defeats", "conquer", "conquers", "obliterate", "obliterates",
    ]

    /// "eliminates diagnostic error entirely", "wipes out depression", "put an end to the epidemic",
    /// "made psoriasis a thing of the past": a total victory over a disease or error.
    private func totalVictory(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        for k in t.indices where (Self.eradicationVerbs.contains(t[k].lower) || Self.obliterationVerbs.contains(t[k].lower)) && !t[k].quoted {
            if let p = v.lower(k - 1), ["the", "an", "to", "will", "would", "could", "might", "may"].contains(p), p != "to" || t[k].lower == "end" { continue }
            let end = min(t.count - 1, k + 8)
            guard k + 1 <= end else { continue }
            if t[k].lower.hasPrefix("wipe"), v.lower(k + 1) == "out" { return .init(reason: "a promise of total victory", span: k...(k + 1)) }
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

    /// "the perfect drug for croup", "the answer to every disease of ageing".
    private func perfection(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        for k in t.indices where t[k].kind == .word && !t[k].quoted {
            let w = t[k].lower
            if Self.perfectWords.contains(w), k + 1 < t.count, StructureCues.isClinical(v, k + 1) || Self.remedyNouns.contains(t[k + 1].lower)
                || v.lex.outcomeNouns.contains(t[k + 1].lower) {
                return .init(reason: "a superlative promise", span: k...(k + 1))
            }
            // "One capsule, zero anxiety", "Goodbye joint pain": an outcome promised gone.
            if w == "zero" || w == "goodbye", let n = v.lower(k + 1),
               v.lex.outcomeNouns.contains(n) || StructureCues.isClinical(v, k + 1) || v.lex.outcomeNouns.contains(v.lower(k + 2) ?? "") {
                return .init(reason: "an absolute promise", span: k...(k + 1))
            }
            // "the world's purest omega-3", "the world's best": a superlative over everything there is.
            if w == "world's" || w == "world’s", let n = v.lower(k + 1), Self.praise.contains(n) {
                return .init(reason: "a superlative promise", span: k...(k + 1))
            }
            // "the single greatest gift", "the single best thing": a superlative made absolute.
            if w == "single", v.lower(k - 1) == "the", let n = v.lower(k + 1),
               WordingCues.superlatives.contains(n) || n.utf8.count > 5 && n.hasSuffix("est") {
                return .init(reason: "a superlative promise", span: (k - 1)...(k + 1))
            }
            if Self.remedyNouns.contains(w), let p = v.lower(k + 1), p == "to" || p == "for",
               let q = v.lower(k + 2), ["every", "all", "any", "everything"].contains(q) {
                return .init(reason: "a superlative promise", span: k...(k + 2))
            }
            // "the answer to heart failure", "the definitive solution to obesity", "the key to everything".
            if Self.remedyNouns.contains(w) || w == "key", let p = v.lower(k + 1), p == "to" || p == "for",
               Self.theBefore(v, k), (k + 2..<min(t.count, k + 4)).contains(where: { StructureCues.isClinical(v, $0) || v.lex.outcomeNouns.contains(t[$0].lower) || t[$0].lower == "everything" }) {
                return .init(reason: "a superlative promise", span: k...(k + 1))
            }
            // "HbA1c is the perfect test", "CBT is flawless", "you will be infallible".
            if Self.perfectWords.contains(w), let p = v.lower(k - 1), ["is", "are", "be", "becomes", "the"].contains(p) || StructureCues.copulas.contains(v.lower(k - 2) ?? "") && p.hasSuffix("ly"),
               v.lower(k + 1) != "storm" {
                return .init(reason: "a superlative promise", span: (k - 1)...k)
            }
        }
        return nil
    }

    private func mentioned(_ v: SentenceView, _ span: ClosedRange<Int>) -> Bool {
        if v.tokens[span].contains(where: { $0.quoted }) { return true }
        if span.lowerBound > 0, v.tokens[span.lowerBound - 1].lower == "'" { return true }   // 'unlock deep sleep'
        let window = max(0, span.lowerBound - 5)..<span.lowerBound
        return v.tokens[window].contains(where: { Self.mentionCues.contains($0.lower) })
    }

    /// A negator earlier in the clause ("no cure", "not intended to diagnose, treat, cure"),
    /// except in an intensifier ("nothing short of a miracle").
    private func negated(_ v: SentenceView, _ span: ClosedRange<Int>) -> Bool {
        var k = span.lowerBound - 1
        while k >= 0, k >= span.lowerBound - 9 {
            let w = v.tokens[k].lower
            if [";", ":", ".", "but"].contains(w) { return false }
            if Self.negators.contains(w) || w.hasSuffix("n't") { return v.lower(k + 1) != "short" }
            k -= 1
        }
        return false
    }

    /// "no patient will ever…", "the safest tablet ever made", "the only treatment you will ever need";
    /// not a history ("no trial has ever shown", "if you have ever…").
    private func everPromise(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        guard let e = t.firstIndex(where: { $0.lower == "ever" }), e > 0 else { return nil }
        if ["has", "have", "had", "if", "whether", "than", "hardly", "barely", "rarely"].contains(t[e - 1].lower) { return nil }
        var k = e - 1
        while k >= 0, k >= e - 10 {
            let w = t[k].lower
            if [";", ":", "."].contains(w) { return nil }
            // "not one of your residents will ever fall again".
            if Self.universals.contains(w) || w == "one" && v.lower(k - 1) == "not" || w.hasSuffix("est") && w.count > 5 && t[k].kind == .word {
                return .init(reason: "an absolute or superlative promise", span: k...e)
            }
            k -= 1
        }
        return nil
    }
}
