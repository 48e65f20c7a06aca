import Foundation

/// Finds glossary terms and aliases in running text: case-insensitive, on
/// word boundaries, longest match first. Built once per course. Matching is
/// one pass over the text's Unicode scalars that hashes each lower-cased
/// word as it goes, then a dictionary look-up per word: no per-word strings,
/// so it stays linear and cheap. The resolve stage scans each paragraph once
/// and matches it twice from the same words: as a whole for the glossary's
/// "used in", and run by run of text for the first-use links.
struct GlossaryMatcher: Sendable {
    /// A term name as the hashes of its lower-cased words, with its key for verification.
    private struct Phrase: Sendable {
        var hashes: [UInt64]
        var key: String
        var id: String
    }

    /// First word's hash → the phrases starting with it, longest first.
    private var byFirstWord: [UInt64: [Phrase]] = [:]
    /// Bit `hash % 65,536` set for each first word. Nearly every word of a text
    /// starts no term, which this tells without the dictionary's hashing
    /// (a fifth of the matcher's time at 1,000 chapters).
    private var firstWords = [UInt64](repeating: 0, count: 1_024)

    init(_ terms: [GlossaryTerm]) {
        var seen: Set<String> = []
        for term in terms {
            for name in [term.term] + term.aliases {
                let words = Self.scan(name)
                guard let first = words.first, seen.insert(Self.key(name)).inserted else { continue }
                let phrase = Phrase(hashes: words.map(\.hash), key: Self.key(name), id: term.id)
                byFirstWord[first.hash, default: []].append(phrase)
                firstWords[Int(first.hash >> 6 & 1_023)] |= 1 << (first.hash & 63)
            }
        }
        for hash in byFirstWord.keys { byFirstWord[hash]!.sort { $0.hashes.count > $1.hashes.count } }
    }

    /// A name's words, lower-cased and joined by single spaces: how two names are compared.
    static func key(_ name: String) -> String {
        scan(name).map { name[$0.range].lowercased() }.joined(separator: " ")
    }

    /// A term found in a text: where, and which term.
    typealias Match = (range: Range<String.Index>, id: String)

    /// A text's words, scanned once: to match the text as a whole, and the
    /// pieces it was joined from (a paragraph's runs of text) each on its own.
    struct ScannedText {
        let text: String
        fileprivate let words: [Word]
    }

    func scanned(_ text: String) -> ScannedText {
        ScannedText(text: text, words: byFirstWord.isEmpty ? [] : Self.scan(text))
    }

    /// Every match in `text`, in order, as (range in text, term id).
    func matches(in text: String) -> [Match] {
        matches(in: scanned(text))
    }

    func matches(in scanned: ScannedText) -> [Match] {
        matches(scanned.words[...], in: scanned.text)
    }

    /// What `matches(in: piece)` finds, for `piece` standing in `scanned.text`
    /// from UTF-8 offset `offset`: the words already scanned are reused unless
    /// one runs across the piece's start or end ("foo*bar*").
    func matches(inPiece piece: String, at offset: Int, of scanned: ScannedText) -> [Match] {
        let text = scanned.text, words = scanned.words
        let start = text.index(utf8Offset: offset)
        let end = text.utf8.index(start, offsetBy: piece.utf8.count)
        assert(text.utf8[start..<end].elementsEqual(piece.utf8), "the piece stands at `offset` in the scanned text")
        // The piece's words: from the first that ends after its start (found by halving, as the words are
        // in order and a paragraph has many runs), while they end by its end.
        var first = 0, above = words.count
        while first < above {
            let middle = (first + above) / 2
            if words[middle].range.upperBound > start { above = middle } else { first = middle + 1 }
        }
        var last = first
        while last < words.count, words[last].range.upperBound <= end { last += 1 }
        // A word across the piece's start or end is not one of its words on its own.
        let crossesStart = first < words.count && words[first].range.lowerBound < start
        let crossesEnd = last < words.count && words[last].range.lowerBound < end
        if crossesStart || crossesEnd { return matches(in: piece) }
        // The same positions, counted from the piece's start.
        let inPiece = { (i: String.Index) in piece.index(utf8Offset: text.utf8.distance(from: start, to: i)) }
        return matches(words[first..<last], in: text).map { (inPiece($0.range.lowerBound)..<inPiece($0.range.upperBound), $0.id) }
    }

    private func matches(_ words: ArraySlice<Word>, in text: String) -> [Match] {
        var result: [Match] = []
        var i = words.startIndex
        while i < words.endIndex {
            if let (phrase, n) = longestPhrase(at: i, in: words, text: text) {
                result.append((words[i].range.lowerBound..<words[i + n - 1].range.upperBound, phrase.id))
                i += n
            } else {
                i += 1
            }
        }
        return result
    }

    private func longestPhrase(at i: Int, in words: ArraySlice<Word>, text: String) -> (Phrase, Int)? {
        let hash = words[i].hash
        guard firstWords[Int(hash >> 6 & 1_023)] & (1 << (hash & 63)) != 0, let candidates = byFirstWord[hash] else { return nil }
        for phrase in candidates {
            let n = phrase.hashes.count
            guard i + n <= words.endIndex else { continue }
            // Words of a phrase must be separated by spaces or hyphens only.
            guard (0..<n).allSatisfy({ k in words[i + k].hash == phrase.hashes[k] && (k == n - 1 || words[i + k].joinsNext) })
            else { continue }
            let found = words[i..<(i + n)].map { text[$0.range].lowercased() }.joined(separator: " ")
            if found == phrase.key { return (phrase, n) }
        }
        return nil
    }

    /// A word: a run of letters and digits (and super/subscripts such as Mg²⁺).
    fileprivate struct Word {
        var range: Range<String.Index>
        var hash: UInt64
        /// Whether only spaces and hyphens stand between this word and the next.
        var joinsNext: Bool
    }

    private static func scan(_ text: String) -> [Word] {
        var words: [Word] = []
        var start: Int?
        var hash = FNV1a.offset
        var hasNonASCII = false
        // Scans the bytes by offset; only a word's ends become string indices
        // (stepping `String.Index`es byte by byte was most of the scan's time).
        // A word with accents is hashed in composed form, so "naïve" typed with a
        // combining diaeresis still matches the glossary's "naïve".
        func word(_ from: Int, _ to: Int, joinsNext: Bool) -> Word {
            let range = text.index(utf8Offset: from)..<text.index(utf8Offset: to)
            return Word(range: range, hash: hasNonASCII ? composedHash(text[range]) : hash, joinsNext: joinsNext)
        }
        let count = text.withUTF8Bytes { bytes -> Int in
            var i = 0
            while i < bytes.count {
                // ASCII, nearly all of the text, is decided from the byte inline; anything else is decoded to its scalar.
                let byte = bytes[i]
                let isWord: Bool
                let lower: UInt32
                let next: Int
                if byte < 0x80 {
                    let folded = byte | 0x20
                    isWord = (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                    lower = UInt32(byte >= 0x41 && byte <= 0x5A ? folded : byte)
                    next = i + 1
                } else {
                    let scalar = text.unicodeScalars[text.index(utf8Offset: i)]
                    isWord = isWordScalar(scalar)
                    lower = lowered(scalar)
                    next = i + UTF8.width(scalar)
                }
                if isWord {
                    if start == nil {
                        start = i
                        hash = FNV1a.offset
                        hasNonASCII = false
                    }
                    hasNonASCII = hasNonASCII || byte >= 0x80
                    hash = FNV1a.step(hash, UInt64(lower))
                } else {
                    if let s = start {
                        words.append(word(s, i, joinsNext: true))
                        start = nil
                    }
                    if !isJoiner(lower), !words.isEmpty { words[words.count - 1].joinsNext = false }
                }
                i = next
            }
            return bytes.count
        }
        if let s = start { words.append(word(s, count, joinsNext: false)) }
        return words
    }

    private static func composedHash(_ word: Substring) -> UInt64 {
        String(word).precomposedStringWithCanonicalMapping.unicodeScalars.reduce(FNV1a.offset) { hash, scalar in
            let v = scalar.value
            let lower = v < 0x80 ? (v >= 0x41 && v <= 0x5A ? v | 0x20 : v) : lowered(scalar)
            return FNV1a.step(hash, UInt64(lower))
        }
    }

    /// Non-ASCII word characters: letters, digits, marks and the super/subscripts of Mg²⁺.
    private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xB2, 0xB3, 0x207A, 0x207B: return true  // ² ³ ⁺ ⁻
        case 0xA0, 0x2013: return false  // no-break space, en dash
        default:
            let p = s.properties
            return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
                || p.generalCategory == .spacingMark
        }
    }

    /// Space, hyphen, en dash and no-break space may join the words of a term.
    private static func isJoiner(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x2D || value == 0x2013 || value == 0xA0
    }

    /// A non-ASCII scalar's lower case (its first scalar, where lower-casing gives several).
    private static func lowered(_ s: Unicode.Scalar) -> UInt32 {
        s.properties.lowercaseMapping.unicodeScalars.first?.value ?? s.value
    }
}
