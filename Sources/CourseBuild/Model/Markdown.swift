/// The parsed Markdown of a chapter as plain Swift values: cmark's tree copied
/// out, with a source range on every node, plus the course extensions
/// (tables, callouts, quizzes, citations) recognised on the tree.
public struct Block: Sendable, Equatable {
    public var kind: BlockKind
    public var range: SourceRange

    public init(_ kind: BlockKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public struct ListItem: Sendable, Equatable {
    public var blocks: [Block]
    public var range: SourceRange
}

public enum CalloutKind: String, Sendable, CaseIterable {
    case note = "NOTE", tip = "TIP", important = "IMPORTANT", warning = "WARNING", caution = "CAUTION"

    public var label: String { rawValue.prefix(1) + rawValue.dropFirst().lowercased() }
}

public enum TableAlignment: String, Sendable {
    case none, left, center, right
}

public struct Table: Sendable, Equatable {
    public var alignments: [TableAlignment]
    public var header: [[Inline]]
    public var rows: [[[Inline]]]
}

public indirect enum BlockKind: Sendable, Equatable {
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

public struct Inline: Sendable, Equatable {
    public var kind: InlineKind
    public var range: SourceRange

    public init(_ kind: InlineKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

public indirect enum InlineKind: Sendable, Equatable {
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
    public var plainText: String {
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
    public var plainText: String { map(\.plainText).joined() }
}
