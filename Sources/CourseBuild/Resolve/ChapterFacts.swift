import Foundation

/// What one chapter contributes to the course-wide pages: glossary terms it
/// uses, the places that cite each entry, objective links, and its text for
/// the search index. Gathered per chapter in parallel, merged afterwards.
public struct ChapterFacts: Sendable {
    /// A sentence that cites an entry, with the section it stands in.
    public struct CitingPlace: Sendable {
        public var key: String
        public var chapter: Int
        public var sectionID: String?
        public var sectionTitle: String?
        public var sentence: String
    }

    public var termsUsed: Set<String> = []
    public var citingPlaces: [CitingPlace] = []
    /// Objective ids linked with `[](objective:id)`, with the section of the link.
    public var objectiveLinks: [(id: String, sectionID: String?, sectionTitle: String?)] = []
    public var searchText = ""

    public init(index: CourseIndex, chapter i: Int) {
        let chapter = index.course.chapters[i]
        var section: CourseIndex.Heading?
        var text = ""
        for block in chapter.blocks {
            collect(block, index: index, chapter: i, section: &section, text: &text)
        }
        searchText = text
    }

    private mutating func collect(
        _ block: Block, index: CourseIndex, chapter i: Int, section: inout CourseIndex.Heading?, text: inout String
    ) {
        var paragraphs: [[Inline]] = []
        switch block.kind {
        case .heading(_, let inlines):
            section = index.headings[i].first { $0.line == block.range.start.line }
            text += inlines.plainText + "\n"
            return
        case .paragraph(let inlines): paragraphs = [inlines]
        case .table(let t): paragraphs = t.header + t.rows.flatMap { $0 }
        case .quiz(let q): paragraphs = [q.question] + q.choices.flatMap { [$0.text, $0.feedback] }
        case .blockQuote(let children), .callout(_, let children):
            for child in children { collect(child, index: index, chapter: i, section: &section, text: &text) }
        case .list(_, _, _, let items):
            for child in items.flatMap(\.blocks) { collect(child, index: index, chapter: i, section: &section, text: &text) }
        default: return
        }
        for inlines in paragraphs { record(inlines, index: index, chapter: i, section: section, text: &text) }
    }

    private mutating func record(
        _ inlines: [Inline], index: CourseIndex, chapter i: Int, section: CourseIndex.Heading?, text: inout String
    ) {
        let plain = inlines.plainText
        text += plain + "\n"
        for match in index.termMatcher.matches(in: plain) { termsUsed.insert(match.id) }
        var offset = 0
        [inlines].forEachInlineList { inline, inLink in
            switch inline.kind {
            case .citation(let items):
                for item in items {
                    citingPlaces.append(
                        CitingPlace(
                            key: item.key, chapter: i, sectionID: section?.id, sectionTitle: section?.title,
                            sentence: Self.sentence(around: offset, in: plain)))
                }
            case .link(let destination, _, _) where destination.hasPrefix("objective:"):
                objectiveLinks.append((String(destination.dropFirst("objective:".count)), section?.id, section?.title))
            case .link(let destination, _, _) where destination.hasPrefix("term:"):
                termsUsed.insert(String(destination.dropFirst("term:".count)))
            case .text(let s), .code(let s):
                if !inLink { offset += s.count }
            default: break
            }
        }
    }

    /// The sentence of `text` that contains character `offset`: from after the
    /// previous ". " to the next one.
    static func sentence(around offset: Int, in text: String) -> String {
        let chars = Array(text)
        let at = min(max(offset - 1, 0), max(chars.count - 1, 0))
        var start = at
        while start > 0, !(chars[start - 1] == " " && start >= 2 && ".?!".contains(chars[start - 2])) { start -= 1 }
        var end = at
        while end < chars.count, !(".?!".contains(chars[end]) && (end + 1 == chars.count || chars[end + 1] == " ")) { end += 1 }
        return String(chars[start..<min(end + 1, chars.count)]).trimmingCharacters(in: .whitespaces)
    }
}

extension Array where Element == [Inline] {
    fileprivate func forEachInlineList(_ visit: (Inline, Bool) -> Void) {
        for list in self { list.walk(inLink: false, visit) }
    }
}
