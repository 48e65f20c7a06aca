/// claims.hype: marketing or absolute language. Fires even when the sentence is
/// cited, since a source does not make "miracle" a clinical word. A hype word
/// that is mentioned (in quotes, "marketed as", "so-called") or negated in a
/// plain statement ("There is no cure for…") is not hype.
struct HypeRule {
    static let negators: Set<String> = [
        "no", "not", "never", "nor", "neither", "without", "cannot", "isn't", "aren't", "wasn't", "don't",
        "doesn't", "hardly", "nothing", "none",
    ]
    static let mentionCues: Set<String> = [
        "marketed", "advertised", "sold", "touted", "promoted", "billed", "branded", "labelled", "labeled",
        "so-called", "called", "claims", "claim", "claimed", "promise", "promises", "promised", "phrase", "term",
        "word", "words", "slogan", "slogans", "dubbed", "hyped",
    ]
    /// Words that turn a hype noun into a neutral compound ("cure rate").
    static let neutralFollowers: Set<String> = ["rate", "rates"]

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        if v.context.isQuestion { return [] }
        var out: [SentenceView.Cue] = []
        for span in v.lex.hype.matches(in: v) {
            if v.tokens[span].contains(where: { $0.quoted }) { continue }
            if let next = v.lower(span.upperBound + 1), Self.neutralFollowers.contains(next) { continue }
            let window = max(0, span.lowerBound - 4)..<span.lowerBound
            if v.tokens[window].contains(where: { Self.mentionCues.contains($0.lower) }) { continue }
            let near = max(0, span.lowerBound - 5)..<span.lowerBound
            if v.tokens[near].contains(where: { Self.negators.contains($0.lower) || $0.lower.hasSuffix("n't") }) { continue }
            out.append(.init(reason: "marketing language", span: span))
        }
        return out
    }
}
