/// The parsed Markdown of a chapter as plain Swift values: cmark's tree copied
/// out, with a source range on every node, plus the course extensions
/// (tables, callouts, quizzes, citations) recognised on the tree.
struct Block: Sendable, Equatable {
    var kind: BlockKind
    var range: SourceRange

    init(_ kind: BlockKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

struct ListItem: Sendable, Equatable {
    var blocks: [Block]
    var range: SourceRange
}

enum CalloutKind: String, Sendable, CaseIterable {
    case note = "NOTE", tip = "TIP", important = "IMPORTANT", warning = "WARNING", caution = "CAUTION"

    var label: String { rawValue.prefix(1) + rawValue.dropFirst().lowercased() }
}

enum TableAlignment: String, Sendable {
    case none, left, center, right
}

struct Table: Sendable, Equatable {
    var alignments: [TableAlignment]
    var header: [[Inline]]
    var rows: [[[Inline]]]
}

indirect enum BlockKind: Sendable, Equatable {
    case paragraph([Inline])
    case heading(level: Int, [Inline])
    case blockQuote([Block])
    case list(ordered: Bool, start: Int, tight: Bool, items: [ListItem])
    case codeBlock(info: String, code: String)
    case htmlBlock(String)
    case thematicBreak
    case table(Table)
    case callout(CalloutKind, [Block])
    case quiz(Quiz)
}

struct Inline: Sendable, Equatable {
    var kind: InlineKind
    var range: SourceRange

    init(_ kind: InlineKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

indirect enum InlineKind: Sendable, Equatable {
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case html(String)
    case emphasis([Inline])
    case strong([Inline])
    case link(destination: String, title: String, [Inline])
    case image(source: String, title: String, alt: [Inline])
    case citation([CitationItem])
}

extension Inline {
    /// The text a reader sees, without markup: used for headings' slugs, alt text and titles.
    var plainText: String {
        switch kind {
        case .text(let s), .code(let s): return s
        case .softBreak, .lineBreak: return " "
        case .html: return ""
        case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c):
            return c.plainText
        case .citation: return ""
        }
    }
}

extension Array where Element == Inline {
    var plainText: String { map(\.plainText).joined() }
}
