import Foundation

/// A part of a chapter for the search index: a section's heading and its text.
struct SearchSection: Sendable {
    var id: String?
    var title: String?
    var text: String
}

/// A link or image of a chapter and where it points, resolved once for the
/// rules and the renderer.
struct ResolvedLink: Sendable {
    var range: SourceRange
    var destination: String
    var isImage: Bool
    var target: LinkTarget
}

/// What one chapter contributes to the rules, the renderer and the course-wide
/// pages: its links resolved, glossary terms it uses and where its text names
/// them, the places that cite each entry, objective links, and its text for
/// the search index. Gathered per chapter in parallel, merged afterwards.
struct ChapterFacts: Sendable {
    /// A sentence that cites an entry, with the section it stands in.
    struct CitingPlace: Sendable {
        var key: String
        var chapter: Int
        var sectionID: String?
        var sectionTitle: String?
        var sentence: String
        /// Cited in a quiz's question, choice or feedback rather than in the prose.
        var inQuiz: Bool
    }

    /// Every link and image, in document order.
    private(set) var links: [ResolvedLink] = []
    private var targets: [LinkKey: LinkTarget] = [:]
    private struct LinkKey: Hashable {
        var start: SourcePosition
        var destination: String
    }
    /// Terms the chapter links to or whose names its prose holds.
    var termsUsed: Set<String> = []
    /// The terms in each run of text, for the renderer's first-use links.
    private(set) var termMatches = TermMatches()
    var citingPlaces: [CitingPlace] = []
    /// The keys of `citingPlaces`, in order: all the bibliography rules read of a chapter.
    private(set) var citedKeys: [String] = []
    /// Objective ids its quizzes assess.
    private(set) var quizObjectives: Set<String> = []
    /// Objective ids linked with `[](objective:id)`, with the section of the link.
    var objectiveLinks: [(id: String, sectionID: String?, sectionTitle: String?)] = []
    /// The chapter's text for search, a part per section: the text before the
    /// first heading (no id), then each heading's title and the text under it.
    var searchSections: [SearchSection] = []
    /// The chapter's citations, numbered once here for the lint and both targets.
    let citations: ChapterCitations

    init(index: CourseIndex, chapter i: Int) {
        let chapter = index.course.chapters[i]
        citations = ChapterCitations(chapter: chapter, index: index)
        chapter.blocks.forEachInline { inline, _ in
            let link: (String, Bool)
            switch inline.kind {
            case .link(let destination, _, _): link = (destination, false)
            case .image(let source, _, _): link = (source, true)
            default: return
            }
            let target = index.resolve(link.0, from: i)
            links.append(ResolvedLink(range: inline.range, destination: link.0, isImage: link.1, target: target))
            targets[LinkKey(start: inline.range.start, destination: link.0)] = target
        }
        var section: CourseIndex.Heading?
        var text = ""
        // A section's text goes to search when the next heading (or the chapter's end) closes it.
        func close(_ heading: CourseIndex.Heading?) {
            if !text.isEmpty || heading != nil {
                searchSections.append(SearchSection(id: heading?.id, title: heading?.title, text: Self.closingGaps(text)))
            }
            text = ""
        }
        for block in chapter.blocks {
            let previous = section
            collect(block, index: index, chapter: i, section: &section, text: &text)
            if section?.line != previous?.line { close(previous) }
        }
        close(section)
        citedKeys = citingPlaces.map(\.key)
        chapter.blocks.forEachBlock { if case .quiz(let q) = $0.kind, let o = q.objective { quizObjectives.insert(o) } }
    }

    private mutating func collect(
        _ block: Block, index: CourseIndex, chapter i: Int, section: inout CourseIndex.Heading?, text: inout String
    ) {
        var paragraphs: [[Inline]] = []
        var inQuiz = false
        switch block.kind {
        case .heading(_, let inlines):
            section = index.headings[i].first { $0.line == block.range.start.line }
            // Not "used in" or search text, but the renderer links the terms of headings too.
            let matcher = index.termMatcher  // captured rather than the whole index, which copying retains field by field
            inlines.walk(inLink: false) { inline, inLink in
                guard !inLink, case .text(let run) = inline.kind else { return }
                termMatches.add(run, at: inline.range.start, matches: matcher.matches(in: run))
            }
            return
        case .paragraph(let inlines): paragraphs = [inlines]
        case .table(let t): paragraphs = t.header + t.rows.flatMap { $0 }
        case .quiz(let q):
            paragraphs = [q.question] + q.choices.flatMap { [$0.text, $0.feedback] }
            inQuiz = true
        case .blockQuote(let children), .callout(_, let children):
            for child in children { collect(child, index: index, chapter: i, section: &section, text: &text) }
        case .list(_, _, _, let items):
            for child in items.flatMap(\.blocks) { collect(child, index: index, chapter: i, section: &section, text: &text) }
        default: return
        }
        for inlines in paragraphs { record(inlines, index: index, chapter: i, section: section, inQuiz: inQuiz, text: &text) }
    }

    private mutating func record(
        _ inlines: [Inline], index: CourseIndex, chapter i: Int, section: CourseIndex.Heading?, inQuiz: Bool, text: inout String
    ) {
        let plain = inlines.plainText
        text += plain + "\n"
        // The paragraph as a whole, not run by run: a term's name may span emphasis or a line break.
        let matcher = index.termMatcher  // captured below rather than the whole index, which copying retains field by field
        let words = matcher.scanned(plain)
        for match in matcher.matches(in: words) { termsUsed.insert(match.id) }
        var offset = 0  // UTF-8 offset into `plain`, kept in step with `plainText`
        inlines.walk(inLink: false) { inline, inLink in
            switch inline.kind {
            case .citation(let items):
                for item in items {
                    citingPlaces.append(
                        CitingPlace(
                            key: item.key, chapter: i, sectionID: section?.id, sectionTitle: section?.title,
                            sentence: Self.sentence(around: offset, in: plain), inQuiz: inQuiz))
                }
            case .link(let destination, _, _):
                switch target(of: destination, at: inline.range) {
                case .objective(let id): objectiveLinks.append((id, section?.id, section?.title))
                case .term(let id): termsUsed.insert(id)
                default: break
                }
            case .text(let run):
                // Each run outside links on its own too, for the first-use links, from the paragraph's words.
                if !inLink {
                    termMatches.add(run, at: inline.range.start, matches: matcher.matches(inPiece: run, at: offset, of: words))
                }
                offset += run.utf8.count
            case .code(let s): offset += s.utf8.count
            case .softBreak, .lineBreak: offset += 1
            default: break
            }
        }
    }

    /// Where the link or image written at `range` points.
    func target(of destination: String, at range: SourceRange) -> LinkTarget {
        // Every link and image of the chapter was resolved in `init`, from the same tree.
        targets[LinkKey(start: range.start, destination: destination)] ?? .broken(reason: "'\(destination)' was not resolved", hint: nil)
    }

    /// The text with the space a removed citation left before punctuation taken out: "limit [@k]." reads "limit .".
    static func closingGaps(_ text: String) -> String {
        // Over bytes: the gap and the punctuation are ASCII, and this runs for every citing sentence
        // and section; through the buffer, without a bounds check per byte.
        var bytes = Array(text.utf8)
        let kept = bytes.withUnsafeMutableBufferPointer { bytes -> Int in
            var kept = 0
            for k in bytes.indices {
                let b = bytes[k]
                if kept > 0, bytes[kept - 1] == UInt8(ascii: " "),
                   b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":") || b == UInt8(ascii: ")") {
                    kept -= 1
                }
                bytes[kept] = b
                kept += 1
            }
            return kept
        }
        return kept == bytes.count ? text : String(decoding: bytes[..<kept], as: UTF8.self)
    }

    /// The sentence of `text` around UTF-8 offset `offset`: from after the
    /// previous ". " to the next one. Scans bytes (the boundaries are ASCII),
    /// so the cost is the sentence's length, not the paragraph's.
    static func sentence(around offset: Int, in text: String) -> String {
        text.withUTF8Bytes { bytes -> String in
            guard !bytes.isEmpty else { return "" }
            let isStop = { (b: UInt8) in b == UInt8(ascii: ".") || b == UInt8(ascii: "?") || b == UInt8(ascii: "!") }
            let space = UInt8(ascii: " ")
            let at = min(max(offset - 1, 0), bytes.count - 1)
            var start = at
            while start > 0, !(bytes[start - 1] == space && start >= 2 && isStop(bytes[start - 2])) { start -= 1 }
            var end = at
            while end < bytes.count, !(isStop(bytes[end]) && (end + 1 == bytes.count || bytes[end + 1] == space)) { end += 1 }
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<min(end + 1, bytes.count)])
            return Self.closingGaps(String(decoding: slice, as: UTF8.self).trimmingWhitespace())
        }
    }
}
