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
    /// the UTF-8 buffer by offset: the brackets are ASCII, so cutting at them
    /// never splits a character, and stepping string indices byte by byte
    /// was most of the parse stage's citation time.
    private static func split(_ text: String, range: SourceRange) -> [Inline] {
        var result: [Inline] = []
        func slice(_ from: Int, _ to: Int) -> String { String(text[text.index(utf8Offset: from)..<text.index(utf8Offset: to)]) }
        text.withUTF8Bytes { bytes in
            var pending = 0
            var i = 0
            // Columns are counted on from the last one asked for: pieces come in order.
            var counted = (offset: 0, column: range.start.column)
            func column(_ offset: Int) -> Int {
                // Every byte that does not continue a UTF-8 sequence starts a scalar.
                for k in counted.offset..<offset where bytes[k] & 0xC0 != 0x80 { counted.column += 1 }
                counted.offset = offset
                return counted.column
            }
            func piece(_ from: Int, _ to: Int) -> SourceRange {
                SourceRange(
                    file: range.file, start: .init(line: range.start.line, column: column(from)),
                    end: .init(line: range.start.line, column: column(to) - 1))
            }
            while i < bytes.count {
                guard bytes[i] == UInt8(ascii: "["),
                    let close = bytes[(i + 1)...].firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "[") }),
                    bytes[close] == UInt8(ascii: "]")
                else {
                    i += 1
                    continue
                }
                let inner = slice(i + 1, close)
                guard inner.utf8.contains(UInt8(ascii: "@")), let items = CitationSyntax.parse(inner) else {
                    i = close
                    continue
                }
                if pending < i { result.append(Inline(.text(slice(pending, i)), range: piece(pending, i))) }
                let after = close + 1
                result.append(Inline(.citation(items), range: piece(i, after)))
                i = after
                pending = after
            }
            if !result.isEmpty, pending < bytes.count {
                result.append(Inline(.text(slice(pending, bytes.count)), range: piece(pending, bytes.count)))
            }
        }
        return result.isEmpty ? [Inline(.text(text), range: range)] : result
    }
}
