/// A sentence cut out of a paragraph: its atoms (so positions survive), the
/// citation keys standing in it, and where it lies in the source.
struct Sentence: Sendable {
    var atoms: ArraySlice<ProseAtom>
    var range: SourceRange

    /// Keys of the citations inside the sentence, in order, without repeats.
    var citationKeys: [String] {
        var keys: [String] = []
        for atom in atoms {
            if case .citation(let ks, _) = atom {
                for k in ks where !keys.contains(k) { keys.append(k) }
            }
        }
        return keys
    }

    /// The sentence as the author wrote it, with citations and code spans spelled out.
    var text: String {
        var s = String.UnicodeScalarView()
        for atom in atoms {
            switch atom {
            case .scalar(let c, _): s.append(c)
            case .citation(let keys, _):
                s.append(contentsOf: ("[" + keys.map { "@" + $0 }.joined(separator: "; ") + "]").unicodeScalars)
            case .code(let code, _):
                s.append(contentsOf: ("`" + code + "`").unicodeScalars)
            }
        }
        return String(s)
    }
}
