/// A paragraph flattened for the splitter and tokenizer: one Unicode scalar per
/// character in a flat array, so scanning reads plain scalars instead of an enum
/// value per character. Source positions are worked out only when asked for,
/// from where each text run starts, and citations and code spans sit in a side
/// table so that they never look like words.
struct ProseText: Sendable {
    enum Opaque: Sendable {
        case citation(keys: [String], range: SourceRange)
        case code(String, range: SourceRange)

        var range: SourceRange {
            switch self { case .citation(_, let r), .code(_, let r): return r }
        }
    }

    /// Where a run of scalars starts: the k-th scalar after `index` sits k columns after `position`.
    private struct Run: Sendable {
        var index: Int
        var position: SourcePosition
    }

    /// Stands in `scalars` for a citation or code span; `opaque` tells it from a written U+FFFC.
    private static var opaqueMark: Unicode.Scalar { "\u{FFFC}" }

    private(set) var scalars: [Unicode.Scalar] = []
    private var opaque: [Int: Opaque] = [:]
    private var runs: [Run] = []

    var count: Int { scalars.count }

    /// A line break reads as a space placed just after the previous character,
    /// so ranges never point into nowhere.
    init(_ pieces: [ProseParagraph.Piece]) {
        var last = SourcePosition(line: 1, column: 1)
        // Room for every piece at once: a UTF-8 byte count bounds a scalar count.
        scalars.reserveCapacity(pieces.reduce(0) { n, piece in
            if case .text(let text, _) = piece { return n + text.utf8.count }
            return n + 1
        })
        for piece in pieces {
            switch piece {
            case .text(let text, let start):
                let before = scalars.count
                // One pass over the text: `append(contentsOf:)` decodes it once to count, once to copy.
                for c in text.unicodeScalars { scalars.append(c) }
                guard scalars.count > before else { continue }
                runs.append(Run(index: before, position: start))
                last = SourcePosition(line: start.line, column: start.column + scalars.count - before - 1)
            case .citation(let keys, let range):
                addOpaque(.citation(keys: keys, range: range))
                last = range.end
            case .code(let text, let range):
                addOpaque(.code(text, range: range))
                last = range.end
            case .lineBreak:
                runs.append(Run(index: scalars.count, position: SourcePosition(line: last.line, column: last.column + 1)))
                scalars.append(" ")
            }
        }
    }

    private mutating func addOpaque(_ piece: Opaque) {
        opaque[scalars.count] = piece
        scalars.append(Self.opaqueMark)
    }

    /// The scalar at `k`, or nil for a citation or code span.
    @inline(__always) func scalar(_ k: Int) -> Unicode.Scalar? {
        let c = scalars[k]
        return c == Self.opaqueMark && opaque[k] != nil ? nil : c
    }

    /// Scalars `indices` as a String, `placeholder` standing for each citation or code span (left out when nil).
    func spelled<Indices: Sequence<Int>>(_ indices: Indices, opaque placeholder: Unicode.Scalar? = nil) -> String {
        String(scalars: indices.lazy.compactMap { scalar($0) ?? placeholder })
    }

    func opaquePiece(at k: Int) -> Opaque? { scalars[k] == Self.opaqueMark ? opaque[k] : nil }

    func isCitation(_ k: Int) -> Bool {
        if case .citation = opaquePiece(at: k) { return true }
        return false
    }

    func isWhitespace(_ k: Int) -> Bool { scalars[k].isWhitespaceQuick }

    func start(_ k: Int) -> SourcePosition { opaquePiece(at: k)?.range.start ?? position(k) }
    func end(_ k: Int) -> SourcePosition { opaquePiece(at: k)?.range.end ?? position(k) }

    /// The position of scalar `k`: binary search for the last run starting at or before it.
    private func position(_ k: Int) -> SourcePosition {
        var lo = 0, hi = runs.count
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if runs[mid].index <= k { lo = mid } else { hi = mid }
        }
        let run = runs[lo]
        return SourcePosition(line: run.position.line, column: run.position.column + k - run.index)
    }
}
