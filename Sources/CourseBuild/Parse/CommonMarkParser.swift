import CCmark
import Foundation

/// The one place that touches libcmark: parses Markdown with source positions
/// on, copies the C tree into `Block`/`Inline` values, and frees the C memory
/// before returning. Raw HTML is kept as nodes so a lint rule can report it;
/// the renderer decides whether to emit it.
enum CommonMarkParser {
    static let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_UNSAFE

    /// How deep block containers (block quotes, lists) and inline containers
    /// (emphasis, links, images) may nest in the copied tree. cmark parses any
    /// depth, but every walk over our tree (rendering, rules, the search text)
    /// recurses, and 10,000 levels overflow a thread's stack. Deeper content is
    /// kept, flattened to this level, and reported.
    static let maxDepth = 48

    /// Parses a whole document.
    static func parse(_ source: SourceText) -> [Block] {
        parse(source.text, source: source)
    }

    /// Parses a whole document, `markdown` (`source`'s text, or the same with
    /// lines blanked), with a diagnostic for each place where nesting deeper
    /// than `maxDepth` was flattened.
    static func parseReportingDepth(_ markdown: String, source: SourceText) -> ([Block], [Diagnostic]) {
        let length = markdown.utf8.count
        let root: OpaquePointer? = markdown.withCString { cmark_parse_document($0, length, options) }
        guard let root else { return ([], []) }
        defer { cmark_node_free(root) }
        let converter = Converter(source: source, lineOffset: 0, columnOffset: 0)
        let blocks = converter.children(of: root).flatMap { converter.blocks($0, depth: 0) }
        return (blocks, converter.diagnostics)
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
        return converter.children(of: root).flatMap { converter.blocks($0, depth: 0) }
    }

    /// Parses one line of inline Markdown (a table cell, a quiz string).
    static func parseInlines(_ markdown: String, source: SourceText, line: Int, byteColumn: Int) -> [Inline] {
        let blocks = parse(markdown, source: source, lineOffset: line - 1, columnOffset: byteColumn - 1)
        guard let first = blocks.first else { return [] }
        if case .paragraph(let inlines) = first.kind, blocks.count == 1 { return inlines }
        // Text that reads as a block on its own ("1.", "# x") stays literal text.
        return [Inline(.text(markdown.trimmingBlanks()), range: first.range)]
    }

    private final class Converter {
        let source: SourceText
        let lineOffset: Int
        let columnOffset: Int
        private(set) var diagnostics: [Diagnostic] = []

        init(source: SourceText, lineOffset: Int, columnOffset: Int) {
            self.source = source
            self.lineOffset = lineOffset
            self.columnOffset = columnOffset
        }

        private func reportTooDeep(_ what: String, at r: SourceRange) {
            // One finding per chapter is enough: the rest are the same structure.
            guard diagnostics.isEmpty else { return }
            diagnostics.append(
                Diagnostic(
                    .warning, rule: .structureTooDeep,
                    "\(what) nested more than \(CommonMarkParser.maxDepth) levels deep; the deeper levels are shown flat",
                    at: r, hint: "nest fewer levels"))
        }

        var fileStart: SourceRange { SourceRange(file: source.file, line: 1 + lineOffset) }

        func range(_ node: OpaquePointer, fallback: SourceRange) -> SourceRange {
            let sl = Int(cmark_node_get_start_line(node))
            guard sl > 0 else { return fallback }
            let sc = Int(cmark_node_get_start_column(node))
            let el = max(Int(cmark_node_get_end_line(node)), sl)
            let ec = max(Int(cmark_node_get_end_column(node)), 1)
            let shift = { (line: Int) in line == 1 ? self.columnOffset : 0 }
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

        /// The node as blocks: itself, or, past `maxDepth` for a container, its
        /// leaf blocks in document order, found without recursion.
        func blocks(_ node: OpaquePointer, depth: Int) -> [Block] {
            let type = cmark_node_get_type(node)
            let isContainer = type == CMARK_NODE_BLOCK_QUOTE || type == CMARK_NODE_LIST
            guard isContainer, depth >= CommonMarkParser.maxDepth else { return block(node, depth: depth).map { [$0] } ?? [] }
            reportTooDeep("block quotes or lists are", at: range(node, fallback: fileStart))
            var leaves: [Block] = []
            forEachNode(under: node) { child in
                switch cmark_node_get_type(child) {
                case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM: return true
                case CMARK_NODE_DOCUMENT: return true
                default:
                    if let b = block(child, depth: depth) { leaves.append(b) }
                    return false
                }
            }
            return leaves
        }

        /// Visits the nodes below `node` in document order without recursion;
        /// `visit` says whether to descend into a node's children.
        func forEachNode(under node: OpaquePointer, _ visit: (OpaquePointer) -> Bool) {
            var stack: [OpaquePointer] = children(of: node).reversed()
            while let next = stack.popLast() {
                if visit(next) { stack.append(contentsOf: children(of: next).reversed()) }
            }
        }

        func block(_ node: OpaquePointer, depth: Int) -> Block? {
            let r = range(node, fallback: fileStart)
            let childBlocks = { self.children(of: node).flatMap { self.blocks($0, depth: depth + 1) } }
            let inlines = { self.inlineChildren(of: node, fallback: r, depth: 0) }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_PARAGRAPH: return Block(.paragraph(inlines()), range: r)
            case CMARK_NODE_HEADING:
                return Block(.heading(level: Int(cmark_node_get_heading_level(node)), inlines()), range: r)
            case CMARK_NODE_BLOCK_QUOTE: return Block(.blockQuote(childBlocks()), range: r)
            case CMARK_NODE_LIST:
                let items = children(of: node).map { item in
                    let ir = range(item, fallback: r)
                    return ListItem(blocks: self.children(of: item).flatMap { self.blocks($0, depth: depth + 1) }, range: ir)
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

        func inlineChildren(of node: OpaquePointer, fallback: SourceRange, depth: Int) -> [Inline] {
            var result: [Inline] = []
            for child in children(of: node) {
                guard let inline = inline(child, fallback: fallback, depth: depth) else { continue }
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

        func inline(_ node: OpaquePointer, fallback: SourceRange, depth: Int) -> Inline? {
            let r = range(node, fallback: fallback)
            if depth >= CommonMarkParser.maxDepth, cmark_node_first_child(node) != nil {
                // Too deep: the text of the whole subtree, gathered without recursion.
                reportTooDeep("emphasis, links or images are", at: r)
                var text = ""
                forEachNode(under: node) { child in
                    switch cmark_node_get_type(child) {
                    case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += literal(child)
                    case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
                    default: break
                    }
                    return true
                }
                return Inline(.text(text), range: r)
            }
            let kids = { self.inlineChildren(of: node, fallback: r, depth: depth + 1) }
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
