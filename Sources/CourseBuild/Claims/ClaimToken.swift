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
    /// The word's number in the checker's vocabulary, and the word lists it belongs to.
    var word = Vocabulary.unknown
    var classes: WordClasses = []
    /// Inside double or curly quotes: a mention ("marketed as a "miracle mineral""), not a use.
    var quoted: Bool
    /// First and last scalar of the token, as indices into the paragraph's text. Its source positions are
    /// worked out from these only for a finding's range (`SentenceView.range`), not for every token.
    var textStart: Int = 0
    var textEnd: Int = 0

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    /// The numeric value of a digit token ("10,000" → 10000), if it parses.
    var value: Double? {
        guard kind == .number else { return nil }
        return Double(lower.filter { $0 != "," })
    }
}

/// Turns a sentence's scalars into tokens: words keep inner hyphens and
/// apostrophes ("game-changer", "PHQ-9", "body's"); numbers keep thousands
/// separators and decimals ("2,400", "0.58", ".05").
enum ClaimTokenizer {
    static func tokens(_ a: ProseText, in bounds: Range<Int>) -> [ClaimToken] {
        var out: [ClaimToken] = []
        out.reserveCapacity(bounds.count / 4)
        var inDouble = false, inCurly = false, inSingle = false
        var i = bounds.lowerBound
        func scalar(_ k: Int) -> Unicode.Scalar? { k < bounds.upperBound ? a.scalar(k) : nil }
        func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
        func isLetter(_ c: Unicode.Scalar?) -> Bool { c?.isAlphabeticQuick ?? false }
        // Tokens that `emit` makes never hold a citation or code span: they are scalars only.
        func emit(_ kind: ClaimToken.Kind, _ from: Int, _ to: Int) {
            out.append(ClaimToken(kind: kind, lower: lowerCased(a.scalars[from...to]),
                                  isCapitalised: a.scalars[from].isUppercaseQuick, quoted: inDouble || inCurly || inSingle,
                                  textStart: from, textEnd: to))
        }
        while i < bounds.upperBound {
            switch a.opaquePiece(at: i) {
            case .citation(let keys, _)?:
                let t = "[" + keys.map { "@" + $0 }.joined(separator: "; ") + "]"
                out.append(ClaimToken(kind: .citation, lower: t, isCapitalised: false, quoted: false, textStart: i, textEnd: i))
                i += 1; continue
            case .code(let code, _)?:
                let capitalised = code.unicodeScalars.first?.isUppercaseQuick ?? false
                out.append(ClaimToken(kind: .code, lower: code, isCapitalised: capitalised, quoted: false, textStart: i, textEnd: i))
                i += 1; continue
            case nil:
                let c = a.scalars[i]
                if c.isWhitespaceQuick { i += 1; continue }
                if isDigit(c) || (c == "." && isDigit(scalar(i + 1)) && (i == bounds.lowerBound || !isDigit(scalar(i - 1)))) {
                    var j = i
                    while j + 1 < bounds.upperBound {
                        let n = scalar(j + 1)
                        if isDigit(n) { j += 1; continue }
                        if n == "." || n == ",", isDigit(scalar(j + 2)) { j += 2; continue }
                        break
                    }
                    // "52-year-old" is a word; "200mg" is a number then a unit.
                    if scalar(j + 1) == "-", isLetter(scalar(j + 2)) {
                        let e = wordEnd(a, bounds, from: i); emit(.word, i, e); i = e + 1; continue
                    }
                    emit(.number, i, j); i = j + 1; continue
                }
                if isLetter(c) { let e = wordEnd(a, bounds, from: i); emit(.word, i, e); i = e + 1; continue }
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

    /// The lower-cased text of a token. ASCII, nearly every token, is lower-cased byte by byte
    /// straight into the string's storage; other text goes through `lowercased()`.
    private static func lowerCased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var isASCII = true
        let ascii = String(unsafeUninitializedCapacity: scalars.count) { bytes in
            for (n, c) in zip(bytes.indices, scalars) {
                guard c.isASCII else { isASCII = false; return 0 }
                bytes[n] = ("A"..."Z").contains(c) ? UInt8(c.value) + 32 : UInt8(c.value)
            }
            return scalars.count
        }
        return isASCII ? ascii : unicodeLowerCased(scalars)
    }

    private static func unicodeLowerCased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        var hasUpper = false
        for c in scalars {
            v.append(c)
            // Most tokens are already lower case: skip lowercased() for them.
            if !hasUpper { hasUpper = c.properties.changesWhenLowercased }
        }
        let text = String(v)
        return hasUpper ? text.lowercased() : text
    }

    /// Scans a word from `i`: letters and digits, joined by inner hyphens, apostrophes,
    /// slashes between letters ("mmol/L" stays apart: slash is punctuation) or dots in
    /// abbreviations ("e.g"). Returns the index of the word's last scalar.
    private static func wordEnd(_ a: ProseText, _ bounds: Range<Int>, from i: Int) -> Int {
        func alnum(_ k: Int) -> Bool {
            guard k < bounds.upperBound, let c = a.scalar(k) else { return false }
            if c.isASCII { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
        var j = i
        while true {
            if alnum(j + 1) { j += 1; continue }
            if j + 2 < bounds.upperBound, let c = a.scalar(j + 1), c == "-" || c == "‑" || c == "'" || c == "’", alnum(j + 2) { j += 2; continue }
            break
        }
        return j
    }
}
