/// A sentence cut out of a paragraph: the paragraph's text and the sentence's
/// bounds in it (so positions survive), and where it lies in the source.
struct Sentence: Sendable {
    var paragraph: ProseText
    /// The sentence's scalars, as indices into `paragraph`.
    var bounds: Range<Int>
    var range: SourceRange

    /// Keys of the citations inside the sentence, in order, without repeats.
    var citationKeys: [String] {
        var keys: [String] = []
        for k in bounds {
            if case .citation(let ks, _) = paragraph.opaquePiece(at: k) {
                for key in ks where !keys.contains(key) { keys.append(key) }
            }
        }
        return keys
    }

    /// The sentence as the author wrote it, with citations and code spans spelled out.
    var text: String {
        var s = String.UnicodeScalarView()
        for k in bounds {
            switch paragraph.opaquePiece(at: k) {
            case nil: s.append(paragraph.scalars[k])
            case .citation(let keys, _)?:
                s.append(contentsOf: ("[" + keys.map { "@" + $0 }.joined(separator: "; ") + "]").unicodeScalars)
            case .code(let code, _)?:
                s.append(contentsOf: ("`" + code + "`").unicodeScalars)
            }
        }
        return String(s)
    }
}
