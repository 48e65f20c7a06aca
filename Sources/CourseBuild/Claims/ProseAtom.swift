/// One unit of a flattened paragraph: a Unicode scalar with its source position,
/// or an opaque citation or code span. The splitter and tokenizer work on atoms
/// so that every character keeps the place it came from, and citations and code
/// spans never look like words. Citations and code spans are boxed (`indirect`)
/// so that an atom, nearly always a scalar, stays small to copy.
enum ProseAtom: Sendable {
    case scalar(Unicode.Scalar, SourcePosition)
    indirect case citation(keys: [String], range: SourceRange)
    indirect case code(String, range: SourceRange)

    var scalar: Unicode.Scalar? {
        if case .scalar(let s, _) = self { return s }
        return nil
    }

    var isCitation: Bool {
        if case .citation = self { return true }
        return false
    }

    var isWhitespace: Bool { scalar.map(Self.isWhitespace) ?? false }

    /// `properties.isWhitespace` with an ASCII fast path: tab to carriage return, and space.
    @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? c == " " || ("\t"..."\r").contains(c) : c.properties.isWhitespace
    }

    var start: SourcePosition {
        switch self {
        case .scalar(_, let p): return p
        case .citation(_, let r), .code(_, let r): return r.start
        }
    }

    var end: SourcePosition {
        switch self {
        case .scalar(_, let p): return p
        case .citation(_, let r), .code(_, let r): return r.end
        }
    }
}

extension ProseParagraph {
    /// Flattens the pieces into atoms. A line break reads as a space placed just
    /// after the previous character, so ranges never point into nowhere.
    var atoms: [ProseAtom] {
        var out: [ProseAtom] = []
        var last = SourcePosition(line: 1, column: 1)
        for piece in pieces {
            switch piece {
            case .text(let text, let start):
                var column = start.column
                for s in text.unicodeScalars {
                    let p = SourcePosition(line: start.line, column: column)
                    out.append(.scalar(s, p))
                    last = p
                    column += 1
                }
            case .citation(let keys, let range):
                out.append(.citation(keys: keys, range: range))
                last = range.end
            case .code(let text, let range):
                out.append(.code(text, range: range))
                last = range.end
            case .lineBreak:
                out.append(.scalar(" ", SourcePosition(line: last.line, column: last.column + 1)))
            }
        }
        return out
    }
}
