/// Finds Pandoc-style citations (`[@key]`, `[@a; @b]`, `[see @k, p. 4]`) in
/// text nodes and turns them into citation inlines. Code spans, link text and
/// URLs are never searched.
enum CitationRecogniser {
    static func recognise(_ inlines: [Inline]) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline.kind {
            case .text(let text) where text.contains("@"): return split(text, range: inline.range)
            case .emphasis(let children): return [Inline(.emphasis(recognise(children)), range: inline.range)]
            case .strong(let children): return [Inline(.strong(recognise(children)), range: inline.range)]
            default: return [inline]
            }
        }
    }

    /// Splits one text node at its bracketed citations. Columns advance by
    /// scalars from the node's start (a text node never spans lines).
    private static func split(_ text: String, range: SourceRange) -> [Inline] {
        let scalars = Array(text.unicodeScalars)
        var result: [Inline] = []
        var pending = 0
        var i = 0
        func piece(_ from: Int, _ to: Int) -> SourceRange {
            SourceRange(
                file: range.file, start: .init(line: range.start.line, column: range.start.column + from),
                end: .init(line: range.start.line, column: range.start.column + to - 1))
        }
        while i < scalars.count {
            guard scalars[i] == "[", let close = scalars[(i + 1)...].firstIndex(where: { $0 == "]" || $0 == "[" }),
                scalars[close] == "]"
            else {
                i += 1
                continue
            }
            let inner = String(String.UnicodeScalarView(scalars[(i + 1)..<close]))
            guard inner.contains("@"), let items = CitationSyntax.parse(inner) else {
                i = close
                continue
            }
            if pending < i {
                result.append(Inline(.text(String(String.UnicodeScalarView(scalars[pending..<i]))), range: piece(pending, i)))
            }
            result.append(Inline(.citation(items), range: piece(i, close + 1)))
            i = close + 1
            pending = i
        }
        if result.isEmpty { return [Inline(.text(text), range: range)] }
        if pending < scalars.count {
            result.append(
                Inline(.text(String(String.UnicodeScalarView(scalars[pending...]))), range: piece(pending, scalars.count)))
        }
        return result
    }
}
