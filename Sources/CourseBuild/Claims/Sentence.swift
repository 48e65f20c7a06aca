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
        // UTF-8 bytes into one buffer, then one String: appending scalar by scalar to a String's view cost a tenth
        // of the claims stage, as every sentence with a finding is spelled out.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(bounds.count + 8)
        for k in bounds {
            // ASCII, nearly every scalar, straight in: it is never a citation's or code span's stand-in.
            let c = paragraph.scalars[k]
            if c.isASCII { bytes.append(UInt8(truncatingIfNeeded: c.value)); continue }
            switch paragraph.opaquePiece(at: k) {
            case nil: bytes.appendUTF8(c)
            case .citation(let keys, _)?: bytes += ("[" + keys.map { "@" + $0 }.joined(separator: "; ") + "]").utf8
            case .code(let code, _)?: bytes += ("`" + code + "`").utf8
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
