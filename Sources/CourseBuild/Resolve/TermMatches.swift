/// The glossary terms in a chapter's runs of text, matched once in the
/// resolve stage. The renderer links each term's first use from these, so
/// the text is not matched again for each output.
struct TermMatches: Sendable {
    /// Where in its run a term stands, and which term it is.
    typealias Match = (range: Range<String.Index>, id: String)

    /// A run of text with its matches, under the position where it starts.
    private struct Run: Sendable {
        var text: String
        var matches: [Match]
    }

    /// Only runs with a match are kept; a position holds more than one run
    /// only where the parser could not place a node and gave it its parent's.
    private var runs: [SourcePosition: [Run]] = [:]

    /// Every run of text outside links: text inside a link is never linked again.
    init(_ chapter: Chapter, matcher: GlossaryMatcher) {
        guard !matcher.isEmpty else { return }
        chapter.blocks.forEachInline { inline, inLink in
            guard !inLink, case .text(let text) = inline.kind else { return }
            let matches = matcher.matches(in: text)
            if !matches.isEmpty { runs[inline.range.start, default: []].append(Run(text: text, matches: matches)) }
        }
    }

    /// The terms in `text`, the run of the chapter that starts at `start`, in order.
    func matches(in text: String, at start: SourcePosition) -> [Match] {
        // The text is the tree's own string, so comparing it is a pointer check.
        runs[start]?.first { $0.text == text }?.matches ?? []
    }
}
