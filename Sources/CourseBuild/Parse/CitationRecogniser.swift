/// Finds Pandoc-style citations (`[@key]`, `[@a; @b]`, `[see @k, p. 4]`) in
/// text nodes and turns them into citation inlines. Code spans, link text and
/// URLs are never searched.
enum CitationRecogniser {
    static func recognise(_ inlines: [Inline]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline.kind {
            case .text(let text) where text.utf8.contains(UInt8(ascii: "@")): return split(text, range: inline.range)
            case .emphasis(let children): return [Inline(.emphasis(recognise(children)), range: inline.range)]
            case .strong(let children): return [Inline(.strong(recognise(children)), range: inline.range)]
            default: return [inline]
            }
        }
    }

    /// Splits one text node at its bracketed citations. Columns advance by
    /// scalars from the node's start (a text node never spans lines). Scans
    /// UTF-8: the brackets are ASCII, so cutting at them never splits a character.
    private static func split(_ text: String, range: SourceRange) -> [Inline] {
        let bytes = text.utf8
        var result: [Inline] = []
        var pending = bytes.startIndex
        var i = bytes.startIndex
        // Columns are counted on from the last one asked for: pieces come in order.
        var counted = (index: text.startIndex, column: range.start.column)
        func column(_ index: String.Index) -> Int {
            counted = (index, counted.column + text.unicodeScalars.distance(from: counted.index, to: index))
            return counted.column
        }
        func piece(_ from: String.Index, _ to: String.Index) -> SourceRange {
            SourceRange(
                file: range.file, start: .init(line: range.start.line, column: column(from)),
                end: .init(line: range.start.line, column: column(to) - 1))
        }
        while i < bytes.endIndex {
            guard bytes[i] == UInt8(ascii: "["),
                let close = bytes[bytes.index(after: i)...].firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "[") }),
                bytes[close] == UInt8(ascii: "]")
            else {
                i = bytes.index(after: i)
                continue
            }
            let inner = String(text[bytes.index(after: i)..<close])
            guard inner.utf8.contains(UInt8(ascii: "@")), let items = CitationSyntax.parse(inner) else {
                i = close
                continue
            }
            if pending < i { result.append(Inline(.text(String(text[pending..<i])), range: piece(pending, i))) }
            let after = bytes.index(after: close)
            result.append(Inline(.citation(items), range: piece(i, after)))
            i = after
            pending = after
        }
        if result.isEmpty { return [Inline(.text(text), range: range)] }
        if pending < bytes.endIndex {
            result.append(Inline(.text(String(text[pending...])), range: piece(pending, bytes.endIndex)))
        }
        return result
    }
}
