/// Rewrites cmark's tree into the course's extended tree: a paragraph of `|`
/// lines becomes a table, a blockquote opening with `[!KIND]` a callout, a
/// ```quiz block a quiz, and `[@key]` in text a citation. Works on nodes,
/// never on raw Markdown, so code is never touched.
struct ExtensionRecogniser {
    let source: SourceText
    var diagnostics: [Diagnostic] = []

    init(source: SourceText) {
        self.source = source
    }

    mutating func blocks(_ blocks: [Block]) -> [Block] {
        blocks.map { block($0) }
    }

    mutating func block(_ block: Block) -> Block {
        var b = block
        switch block.kind {
        case .paragraph(let inlines):
            if let table = TableRecogniser(source: source).table(in: block) {
                b.kind = .table(table.mapCells { CitationRecogniser.recognise($0) })
            } else {
                b.kind = .paragraph(CitationRecogniser.recognise(inlines))
            }
        case .heading(let level, let inlines):
            b.kind = .heading(level: level, CitationRecogniser.recognise(inlines))
        case .blockQuote(let children):
            if let (kind, rest) = CalloutRecogniser.callout(children) {
                b.kind = .callout(kind, blocks(rest))
            } else {
                b.kind = .blockQuote(blocks(children))
            }
        case .list(let ordered, let start, let tight, let items):
            b.kind = .list(
                ordered: ordered, start: start, tight: tight,
                items: items.map { ListItem(blocks: blocks($0.blocks), range: $0.range) })
        case .codeBlock(let info, let code) where info.split(whereSeparator: { $0.isWhitespace }).first == "quiz":
            var reader = QuizReader(source: source)
            if let quiz = reader.read(code, at: block.range) { b.kind = .quiz(quiz) }
            diagnostics += reader.diagnostics
        default:
            break
        }
        return b
    }
}

extension Table {
    func mapCells(_ transform: ([Inline]) -> [Inline]) -> Table {
        Table(alignments: alignments, header: header.map(transform), rows: rows.map { $0.map(transform) })
    }
}
