import Foundation

/// What the course declares, gathered once after parsing: chapters by file,
/// heading anchors, objectives, glossary terms and bibliography entries.
/// Resolving, checking and rendering look things up here.
struct CourseIndex: Sendable {
    struct Heading: Sendable {
        var id: String
        var title: String
        var level: Int
        var line: Int
    }

    let course: Course
    let chapterByPath: [String: Int]
    /// The files under assets/, found once at load: a link to one needs no look at the disk.
    let assets: Set<String>
    /// Per chapter: its headings with their unique ids, in order.
    let headings: [[Heading]]
    let entries: [String: BibEntry]
    let objectives: [String: Objective]
    let terms: [String: GlossaryTerm]
    let termMatcher: GlossaryMatcher
    /// Built once: it indexes every entry (and APA's year letters depend on all of them).
    let citationFormatter: CitationFormatter

    /// Ids the page chrome uses, so a heading never takes one.
    static let reservedIDs = ["main", "content", "contents", "references", "objectives", "top", "footnotes", "answers"]

    /// `cache` (in `serve`): each chapter's headings found before in its unchanged text.
    init(_ course: Course, cache: RebuildCache? = nil) {
        self.course = course
        var byPath: [String: Int] = [:]
        for (i, chapter) in course.chapters.enumerated() {
            byPath[chapter.path] = i
            byPath[chapter.slug + ".md"] = byPath[chapter.slug + ".md"] ?? i
        }
        chapterByPath = byPath
        assets = Set(course.assetFiles)
        headings = course.chapters.concurrentMap { chapter in cache.derived("headings", from: chapter) { Self.headings(of: chapter) } }
        // The bibliography and glossary are large and seldom edited: in `serve` their indexes are made once per version.
        let bibliography = course.bibliography, glossary = course.glossary, style = course.config.citationStyle
        entries = cache.derived("entries", from: bibliography) {
            Dictionary(bibliography.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        }
        objectives = Dictionary(course.config.objectives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        terms = cache.derived("terms", from: glossary) { Dictionary(glossary.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }) }
        termMatcher = cache.derived("term matcher", from: glossary) { GlossaryMatcher(glossary) }
        citationFormatter = cache.derived("citation formatter/\(style)", from: bibliography) {
            CitationFormatter(style: style, entries: bibliography)
        }
    }

    private static func headings(of chapter: Chapter) -> [Heading] {
        var slugs = SlugAllocator(reserved: reservedIDs)
        var result: [Heading] = []
        chapter.blocks.forEachBlock { block in
            if case .heading(let level, let inlines) = block.kind {
                let title = inlines.plainText
                result.append(Heading(id: slugs.unique(for: title), title: title, level: level, line: block.range.start.line))
            }
        }
        return result
    }

    func headingID(chapter: Int, line: Int) -> String? {
        headings[chapter].first { $0.line == line }?.id
    }
}

extension Array where Element == Block {
    /// Visits every block, depth first, in document order. Borrows each block
    /// in place rather than copying it out of the array (see `walk(inLink:_:)`).
    func forEachBlock(_ visit: (Block) -> Void) {
        withUnsafeBufferPointer { blocks in
            for i in blocks.indices {
                visit(blocks[i])
                switch blocks[i].kind {
                case .blockQuote(let children), .callout(_, let children): children.forEachBlock(visit)
                case .list(_, _, _, let items): for item in items { item.blocks.forEachBlock(visit) }
                default: break
                }
            }
        }
    }
}
