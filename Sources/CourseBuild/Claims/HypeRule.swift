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
        "doesn't", "hardly", "nothing", "none", "rarely", "seldom",
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

    /// The sentence-wide exclusions are checked once a cue is found: most sentences have none, and a cited
    /// one then never works out its context.
    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        let out = candidates(in: v)
        if out.isEmpty || v.context.isQuestion { return [] }
        // A learner's task about wording ("Discuss why labels such as 'clinically proven' mislead").
        if let verb = v.context.imperativeVerb, Self.discussionVerbs.contains(v.tokens[verb].lower) { return [] }
        return out
    }

    private func candidates(in v: SentenceView) -> [SentenceView.Cue] {
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
        for k in v.tokens.indices where !v.tokens[k].classes.isDisjoint(with: [.outcomeVerb, .healingVerb]) {
            if let cue = effectWithoutExcept(v, k), !mentioned(v, cue.span) { out.append(cue); break }
        }
        guard v.wordClasses.contains(.promiseCue) else { return out }
        if let cue = universalPromise(v) { out.append(cue) }
        if let cue = totalVictory(v), !mentioned(v, cue.span) { out.append(cue) }
        if let cue = perfection(v), !negated(v, cue.span), !mentioned(v, cue.span) { out.append(cue) }
        return out
    }

    func mentioned(_ v: SentenceView, _ span: ClosedRange<Int>) -> Bool {
        if v.tokens[span].contains(where: { $0.quoted }) { return true }
        if span.lowerBound > 0, v.tokens[span.lowerBound - 1].lower == "'" { return true }   // 'unlock deep sleep'
        // "Headlines have called the new weight-loss injections a 'miracle cure'": the cue may stand a few words back.
        let window = max(0, span.lowerBound - 8)..<span.lowerBound
        // "Headline: Cold-water swimming is the cure for everything": a label names the sentence's own kind;
        // the words after it are used, not mentioned.
        return window.contains(where: { Self.mentionCues.contains(v.tokens[$0].lower) && v.lower($0 + 1) != ":" })
    }

    /// A negator earlier in the clause ("no cure", "not intended to diagnose, treat, cure"),
    /// except in an intensifier ("nothing short of a miracle").
    func negated(_ v: SentenceView, _ span: ClosedRange<Int>) -> Bool {
        var k = span.lowerBound - 1
        while k >= 0, k >= span.lowerBound - 9 {
            let w = v.tokens[k].lower
            if [";", ":", ".", "but"].contains(w) { return false }
            if Self.negators.contains(w) || w.hasSuffix("n't") { return v.lower(k + 1) != "short" }
            k -= 1
        }
        return false
    }

}
