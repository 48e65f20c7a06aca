/// Turns a chapter's tree into the prose paragraphs the claims checker reads:
/// paragraphs, list items, callouts and table cells. Headings, code, link
/// URLs, quizzes and front matter never reach it.
enum ProseExtractor {
    static func paragraphs(of chapter: Chapter) -> [ProseParagraph] {
        var result: [ProseParagraph] = []
        func visit(_ blocks: [Block], inList: Bool) {
            for block in blocks {
                switch block.kind {
                case .paragraph(let inlines):
                    result.append(ProseParagraph(file: chapter.path, pieces: pieces(inlines), isListItem: inList))
                case .table(let table):
                    // A row is one statement: a citation in any cell supports the row.
                    for (index, row) in ([table.header] + table.rows).enumerated() {
                        let rowPieces = row.filter { !$0.isEmpty }.map(pieces).joined(separator: [.lineBreak])
                        result.append(ProseParagraph(file: chapter.path, pieces: Array(rowPieces), isListItem: true,
                                                     isTableHeader: index == 0))
                    }
                case .blockQuote(let children), .callout(_, let children): visit(children, inList: false)
                case .list(_, _, _, let items): for item in items { visit(item.blocks, inList: true) }
                default: break
                }
            }
        }
        visit(chapter.blocks, inList: false)
        return result
    }

    static func pieces(_ inlines: [Inline]) -> [ProseParagraph.Piece] {
        inlines.flatMap { inline -> [ProseParagraph.Piece] in
            switch inline.kind {
            case .text(let text): return [.text(text, start: inline.range.start)]
            case .softBreak, .lineBreak: return [.lineBreak]
            case .code(let code): return [.code(code, range: inline.range)]
            case .citation(let items): return [.citation(keys: items.map(\.key), range: inline.range)]
            case .emphasis(let children), .strong(let children), .link(_, _, let children): return pieces(children)
            case .image, .html: return []
            }
        }
    }
}
