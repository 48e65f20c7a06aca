/// The glossary terms in a chapter's runs of text, matched once in the
/// resolve stage (by `ChapterFacts`, from the words of each paragraph). The
/// renderer links each term's first use from these, so the text is not
/// matched again for each output.
struct TermMatches: Sendable {
    /// Where in its run a term stands, and which term it is.
    typealias Match = GlossaryMatcher.Match

    /// A run of text with its matches, under the position where it starts.
    private struct Run: Sendable {
        var text: String
        var matches: [Match]
    }

    /// Only runs with a match are kept; a position holds more than one run
    /// only where the parser could not place a node and gave it its parent's.
    private var runs: [SourcePosition: [Run]] = [:]

    /// Records the terms of a run of text outside links (text inside a link is
    /// never linked again) that starts at `start`.
    mutating func add(_ text: String, at start: SourcePosition, matches: [Match]) {
        if !matches.isEmpty { runs[start, default: []].append(Run(text: text, matches: matches)) }
    }

    /// The terms in `text`, the run of the chapter that starts at `start`, in order.
    func matches(in text: String, at start: SourcePosition) -> [Match] {
        // The text is the tree's own string, so comparing it is a pointer check.
        runs[start]?.first { $0.text == text }?.matches ?? []
    }
}
