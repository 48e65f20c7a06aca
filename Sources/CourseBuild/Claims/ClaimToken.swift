/// A word, number or punctuation mark of a sentence, with its source span. The
/// checker's rules look at tokens, never at raw characters, so one scan per
/// sentence serves every rule.
struct ClaimToken: Sendable {
    enum Kind: Sendable { case word, number, punct, citation, code }

    var kind: Kind
    /// Lower-cased text, the form every lexicon lookup uses ("magnesium", "10,000", "%"); a code span as written.
    var lower: String
    /// Starts with a capital letter ("Magnesium"): a name, or the sentence's first word.
    var isCapitalised: Bool
    var start: SourcePosition
    var end: SourcePosition
    /// The word's number in the checker's vocabulary, and the word lists it belongs to.
    var word = Vocabulary.unknown
    var classes: WordClasses = []
    /// Inside double or curly quotes: a mention ("marketed as a "miracle mineral""), not a use.
    var quoted: Bool
    /// First and last atom of the token, as indices into the paragraph's atoms.
    var atomStart: Int = 0
    var atomEnd: Int = 0

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    /// The numeric value of a digit token ("10,000" → 10000), if it parses.
    var value: Double? {
        guard kind == .number else { return nil }
        return Double(lower.filter { $0 != "," })
    }
}

/// Turns a sentence's atoms into tokens: words keep inner hyphens and
/// apostrophes ("game-changer", "PHQ-9", "body's"); numbers keep thousands
/// separators and decimals ("2,400", "0.58", ".05").
enum ClaimTokenizer {
    static func tokens(_ a: ArraySlice<ProseAtom>) -> [ClaimToken] {
        var out: [ClaimToken] = []
        out.reserveCapacity(a.count / 4)
        var inDouble = false, inCurly = false, inSingle = false
        var i = a.startIndex
        func scalar(_ k: Int) -> Unicode.Scalar? { k < a.endIndex ? a[k].scalar : nil }
        func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
        func isLetter(_ c: Unicode.Scalar?) -> Bool { c.map(Self.isAlphabetic) ?? false }
        var buffer: [UInt8] = []
        func emit(_ kind: ClaimToken.Kind, _ from: Int, _ to: Int) {
            out.append(ClaimToken(kind: kind, lower: lowerCased(a[from...to], buffer: &buffer),
                                  isCapitalised: a[from].scalar.map(Self.isUppercase) ?? false,
                                  start: a[from].start, end: a[to].end, quoted: inDouble || inCurly || inSingle,
                                  atomStart: from, atomEnd: to))
        }
        while i < a.endIndex {
            switch a[i] {
            case .citation(let keys, let r):
                let t = "[" + keys.map { "@" + $0 }.joined(separator: "; ") + "]"
                out.append(ClaimToken(kind: .citation, lower: t, isCapitalised: false, start: r.start, end: r.end,
                                      quoted: false, atomStart: i, atomEnd: i))
                i += 1; continue
            case .code(let code, let r):
                let capitalised = code.unicodeScalars.first.map(Self.isUppercase) ?? false
                out.append(ClaimToken(kind: .code, lower: code, isCapitalised: capitalised, start: r.start, end: r.end,
                                      quoted: false, atomStart: i, atomEnd: i))
                i += 1; continue
            case .scalar(let c, _):
                if ProseAtom.isWhitespace(c) { i += 1; continue }
                if isDigit(c) || (c == "." && isDigit(scalar(i + 1)) && (i == a.startIndex || !isDigit(scalar(i - 1)))) {
                    var j = i
                    while j + 1 < a.endIndex {
                        let n = scalar(j + 1)
                        if isDigit(n) { j += 1; continue }
                        if n == "." || n == ",", isDigit(scalar(j + 2)) { j += 2; continue }
                        break
                    }
                    // "52-year-old" is a word; "200mg" is a number then a unit.
                    if scalar(j + 1) == "-", isLetter(scalar(j + 2)) {
                        i = wordEnd(a, from: i, emitAs: .word, emit); continue
                    }
                    emit(.number, i, j); i = j + 1; continue
                }
                if isLetter(c) { i = wordEnd(a, from: i, emitAs: .word, emit); continue }
                if c == "\"" { inDouble.toggle(); emit(.punct, i, i); i += 1; continue }
                if c == "“" { inCurly = true; emit(.punct, i, i); i += 1; continue }
                if c == "”" { emit(.punct, i, i); inCurly = false; i += 1; continue }
                if c == "‘" { inSingle = true; emit(.punct, i, i); i += 1; continue }
                if c == "’" { emit(.punct, i, i); inSingle = false; i += 1; continue }
                emit(.punct, i, i); i += 1
            }
        }
        return out
    }

    /// The lower-cased text of a token's atoms. ASCII, nearly every token, is lower-cased byte by byte
    /// into `buffer` (reused from token to token); other text goes through `lowercased()`.
    private static func lowerCased(_ atoms: ArraySlice<ProseAtom>, buffer: inout [UInt8]) -> String {
        buffer.removeAll(keepingCapacity: true)
        for atom in atoms {
            guard let c = atom.scalar else { continue }
            guard c.isASCII else { return unicodeLowerCased(atoms) }
            buffer.append(("A"..."Z").contains(c) ? UInt8(c.value) + 32 : UInt8(c.value))
        }
        return String(decoding: buffer, as: UTF8.self)
    }

    private static func unicodeLowerCased(_ atoms: ArraySlice<ProseAtom>) -> String {
        var v = String.UnicodeScalarView()
        var hasUpper = false
        for atom in atoms {
            guard let c = atom.scalar else { continue }
            v.append(c)
            // Most tokens are already lower case: skip lowercased() for them.
            if !hasUpper { hasUpper = c.properties.changesWhenLowercased }
        }
        let text = String(v)
        return hasUpper ? text.lowercased() : text
    }

    /// `properties.isAlphabetic` with an ASCII fast path (the table lookup dominated tokenizing).
    @inline(__always) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ("a"..."z").contains(c) || ("A"..."Z").contains(c) : c.properties.isAlphabetic
    }

    @inline(__always) static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ("A"..."Z").contains(c) : c.properties.isUppercase
    }

    /// Scans a word from `i`: letters and digits, joined by inner hyphens, apostrophes,
    /// slashes between letters ("mmol/L" stays apart: slash is punctuation) or dots in
    /// abbreviations ("e.g"). Returns the index after the word.
    private static func wordEnd(_ a: ArraySlice<ProseAtom>, from i: Int, emitAs kind: ClaimToken.Kind,
                                _ emit: (ClaimToken.Kind, Int, Int) -> Void) -> Int {
        func alnum(_ k: Int) -> Bool {
            guard k < a.endIndex, let c = a[k].scalar else { return false }
            if c.isASCII { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
        var j = i
        while true {
            if alnum(j + 1) { j += 1; continue }
            if j + 2 < a.endIndex, let c = a[j + 1].scalar, c == "-" || c == "‑" || c == "'" || c == "’", alnum(j + 2) { j += 2; continue }
            break
        }
        emit(kind, i, j)
        return j + 1
    }
}
