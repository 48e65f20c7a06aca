/// A word, number or punctuation mark of a sentence, with its source span. The
/// checker's rules look at tokens, never at raw characters, so one scan per
/// sentence serves every rule.
struct ClaimToken: Sendable {
    enum Kind: Sendable { case word, number, punct, citation, code }

    var kind: Kind
    /// The text as written ("Magnesium", "10,000", "%").
    var text: String
    /// Lower-cased text, the form every lexicon lookup uses.
    var lower: String
    var start: SourcePosition
    var end: SourcePosition
    /// Inside double or curly quotes: a mention ("marketed as a "miracle mineral""), not a use.
    var quoted: Bool
    /// First and last atom of the token, as offsets into the sentence's atoms.
    var atomStart: Int = 0
    var atomEnd: Int = 0

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isCapitalised: Bool { text.unicodeScalars.first?.properties.isUppercase ?? false }

    /// The numeric value of a digit token ("10,000" → 10000), if it parses.
    var value: Double? {
        guard kind == .number else { return nil }
        return Double(text.replacingOccurrences(of: ",", with: ""))
    }
}

/// Turns a sentence's atoms into tokens: words keep inner hyphens and
/// apostrophes ("game-changer", "PHQ-9", "body's"); numbers keep thousands
/// separators and decimals ("2,400", "0.58", ".05").
enum ClaimTokenizer {
    static func tokens(_ atoms: ArraySlice<ProseAtom>) -> [ClaimToken] { tokens(Array(atoms)) }

    static func tokens(_ a: [ProseAtom]) -> [ClaimToken] {
        var out: [ClaimToken] = []
        out.reserveCapacity(a.count / 4)
        var inDouble = false, inCurly = false, inSingle = false
        var i = 0
        func scalar(_ k: Int) -> Unicode.Scalar? { k < a.count ? a[k].scalar : nil }
        func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { ("0"..."9").contains($0) } ?? false }
        func isLetter(_ c: Unicode.Scalar?) -> Bool { c.map(Self.isAlphabetic) ?? false }
        func emit(_ kind: ClaimToken.Kind, _ from: Int, _ to: Int) {
            var v = String.UnicodeScalarView()
            var hasUpper = false
            for k in from...to {
                guard let c = a[k].scalar else { continue }
                v.append(c)
                // Most tokens are already lower case: skip lowercased() for them (ASCII checked without a table lookup).
                if !hasUpper { hasUpper = c.isASCII ? ("A"..."Z").contains(c) : c.properties.changesWhenLowercased }
            }
            let text = String(v)
            out.append(ClaimToken(kind: kind, text: text, lower: hasUpper ? text.lowercased() : text, start: a[from].start,
                                  end: a[to].end, quoted: inDouble || inCurly || inSingle, atomStart: from, atomEnd: to))
        }
        while i < a.count {
            switch a[i] {
            case .citation(let keys, let r):
                let t = "[" + keys.map { "@" + $0 }.joined(separator: "; ") + "]"
                out.append(ClaimToken(kind: .citation, text: t, lower: t, start: r.start, end: r.end, quoted: false,
                                      atomStart: i, atomEnd: i))
                i += 1; continue
            case .code(let code, let r):
                out.append(ClaimToken(kind: .code, text: code, lower: code, start: r.start, end: r.end, quoted: false,
                                      atomStart: i, atomEnd: i))
                i += 1; continue
            case .scalar(let c, _):
                if c.isASCII ? c == " " || ("\t"..."\r").contains(c) : c.properties.isWhitespace { i += 1; continue }
                if isDigit(c) || (c == "." && isDigit(scalar(i + 1)) && (i == 0 || !isDigit(scalar(i - 1)))) {
                    var j = i
                    while j + 1 < a.count {
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

    /// `properties.isAlphabetic` with an ASCII fast path (the table lookup dominated tokenizing).
    @inline(__always) static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        c.isASCII ? ("a"..."z").contains(c) || ("A"..."Z").contains(c) : c.properties.isAlphabetic
    }

    /// Scans a word from `i`: letters and digits, joined by inner hyphens, apostrophes,
    /// slashes between letters ("mmol/L" stays apart: slash is punctuation) or dots in
    /// abbreviations ("e.g"). Returns the index after the word.
    private static func wordEnd(_ a: [ProseAtom], from i: Int, emitAs kind: ClaimToken.Kind,
                                _ emit: (ClaimToken.Kind, Int, Int) -> Void) -> Int {
        func alnum(_ k: Int) -> Bool {
            guard k < a.count, let c = a[k].scalar else { return false }
            if c.isASCII { return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) }
            return c.properties.isAlphabetic || c.properties.numericType != nil
        }
        var j = i
        while true {
            if alnum(j + 1) { j += 1; continue }
            if j + 2 < a.count, let c = a[j + 1].scalar, c == "-" || c == "‑" || c == "'" || c == "’", alnum(j + 2) { j += 2; continue }
            break
        }
        emit(kind, i, j)
        return j + 1
    }
}
