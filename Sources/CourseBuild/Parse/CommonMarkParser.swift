import CCmark
import Foundation

/// The one place that touches libcmark: parses Markdown with source positions
/// on, copies the C tree into `Block`/`Inline` values, and frees the C memory
/// before returning. Raw HTML is kept as nodes so a lint rule can report it;
/// the renderer decides whether to emit it.
enum CommonMarkParser {
    static let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE

    /// Parses a whole document.
    static func parse(_ source: SourceText) -> [Block] {
        parse(source.text, source: source)
    }

    /// Parses `markdown` (which may be a fragment of `source`, e.g. one table cell);
    /// positions are shifted by `lineOffset`/`columnOffset` (in bytes) to land in `source`.
    static func parse(_ markdown: String, source: SourceText, lineOffset: Int = 0, columnOffset: Int = 0)
        -> [Block]
    {
        let length = markdown.utf8.count
        let root: OpaquePointer? = markdown.withCString { cmark_parse_document($0, length, options) }
        guard let root else { return [] }
        defer { cmark_node_free(root) }
        let converter = Converter(source: source, lineOffset: lineOffset, columnOffset: columnOffset)
        return converter.children(of: root).compactMap(converter.block)
    }

    /// Parses one line of inline Markdown (a table cell, a quiz string).
    static func parseInlines(_ markdown: String, source: SourceText, line: Int, byteColumn: Int) -> [Inline] {
        let blocks = parse(markdown, source: source, lineOffset: line - 1, columnOffset: byteColumn - 1)
        guard let first = blocks.first else { return [] }
        if case .paragraph(let inlines) = first.kind, blocks.count == 1 { return inlines }
        // Text that reads as a block on its own ("1.", "# x") stays literal text.
        return [Inline(.text(markdown.trimmingCharacters(in: .whitespaces)), range: first.range)]
    }

    private struct Converter {
        let source: SourceText
        let lineOffset: Int
        let columnOffset: Int

        var fileStart: SourceRange { SourceRange(file: source.file, line: 1 + lineOffset) }

        func range(_ node: OpaquePointer, fallback: SourceRange) -> SourceRange {
            let sl = Int(cmark_node_get_start_line(node))
            guard sl > 0 else { return fallback }
            let sc = Int(cmark_node_get_start_column(node))
            let el = max(Int(cmark_node_get_end_line(node)), sl)
            let ec = max(Int(cmark_node_get_end_column(node)), 1)
            let shift = { (line: Int) in line == 1 ? columnOffset : 0 }
            return source.range(
                startLine: sl + lineOffset, startByte: sc + shift(sl),
                endLine: el + lineOffset, endByte: ec + shift(el))
        }

        func children(of node: OpaquePointer) -> [OpaquePointer] {
            var result: [OpaquePointer] = []
            var child = cmark_node_first_child(node)
            while let c = child {
                result.append(c)
                child = cmark_node_next(c)
            }
            return result
        }

        func literal(_ node: OpaquePointer) -> String {
            cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
        }

        func block(_ node: OpaquePointer) -> Block? {
            let r = range(node, fallback: fileStart)
            let blocks = { children(of: node).compactMap(block) }
            let inlines = { inlineChildren(of: node, fallback: r) }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH: return Block(.paragraph(inlines()), range: r)
            case CMARK_NODE_HEADING:
                return Block(.heading(level: Int(cmark_node_get_heading_level(node)), inlines()), range: r)
            case CMARK_NODE_BLOCK_QUOTE: return Block(.blockQuote(blocks()), range: r)
            case CMARK_NODE_LIST:
                let items = children(of: node).map { item in
                    let ir = range(item, fallback: r)
                    return ListItem(blocks: children(of: item).compactMap(block), range: ir)
                }
                return Block(
                    .list(
                        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                        start: Int(cmark_node_get_list_start(node)),
                        tight: cmark_node_get_list_tight(node) != 0, items: items), range: r)
            case CMARK_NODE_CODE_BLOCK:
                let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
                return Block(.codeBlock(info: info, code: literal(node)), range: r)
            case CMARK_NODE_HTML_BLOCK: return Block(.htmlBlock(literal(node)), range: r)
            case CMARK_NODE_THEMATIC_BREAK: return Block(.thematicBreak, range: r)
            default: return nil
            }
        }

        func inlineChildren(of node: OpaquePointer, fallback: SourceRange) -> [Inline] {
            var result: [Inline] = []
            for child in children(of: node) {
                guard let inline = inline(child, fallback: fallback) else { continue }
                // cmark can leave adjacent text nodes (e.g. around a lone "["); join them
                // so extensions such as citations see one run of text.
                if case .text(let new) = inline.kind, let last = result.last, case .text(let old) = last.kind,
                    last.range.end.line == inline.range.start.line
                {
                    result[result.count - 1] = Inline(
                        .text(old + new),
                        range: SourceRange(file: last.range.file, start: last.range.start, end: inline.range.end))
                } else {
                    result.append(inline)
                }
            }
            return result
        }

        func inline(_ node: OpaquePointer, fallback: SourceRange) -> Inline? {
            let r = range(node, fallback: fallback)
            let kids = { inlineChildren(of: node, fallback: r) }
            let url = { cmark_node_get_url(node).map { String(cString: $0) } ?? "" }
            let title = { cmark_node_get_title(node).map { String(cString: $0) } ?? "" }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT: return Inline(.text(literal(node)), range: r)
            case CMARK_NODE_SOFTBREAK: return Inline(.softBreak, range: r)
            case CMARK_NODE_LINEBREAK: return Inline(.lineBreak, range: r)
            case CMARK_NODE_CODE: return Inline(.code(literal(node)), range: r)
            case CMARK_NODE_HTML_INLINE: return Inline(.html(literal(node)), range: r)
            case CMARK_NODE_EMPH: return Inline(.emphasis(kids()), range: r)
            case CMARK_NODE_STRONG: return Inline(.strong(kids()), range: r)
            case CMARK_NODE_LINK: return Inline(.link(destination: url(), title: title(), kids()), range: r)
            case CMARK_NODE_IMAGE: return Inline(.image(source: url(), title: title(), alt: kids()), range: r)
            default: return nil
            }
        }
    }
}
