/// Cuts a paragraph into sentences. Hand-written scanning rather than a regex:
/// a full stop ends a sentence only when it is not part of an abbreviation, a
/// decimal, a p-value, an initial or a mid-sentence ellipsis, and a citation
/// standing right after the stop still belongs to the sentence it follows.
struct SentenceSplitter: Sendable {
    /// Words that take a full stop without ending the sentence (lower case, inner dots kept).
    static let abbreviations: Set<String> = [
        "al", "e.g", "i.e", "vs", "approx", "dr", "drs", "fig", "figs", "cf", "ca", "st",
        "u.s", "u.k", "mr", "mrs", "ms", "prof", "p", "pp", "vol", "eq", "ref", "refs",
        "resp", "incl", "esp", "viz", "sr", "jr", "dept", "min", "max", "approx", "e.g.,",
    ]

    static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    func split(_ paragraph: ProseParagraph) -> [Sentence] {
        let text = ProseText(paragraph.pieces)
        var result: [Sentence] = []
        var start = 0
        var i = 0
        while i < text.count {
            guard let c = text.scalar(i), Self.isTerminator(c), let end = sentenceEnd(text, at: i, from: start)
            else { i += 1; continue }
            append(text, start, end, paragraph.file, to: &result)
            start = end + 1
            i = end + 1
        }
        append(text, start, text.count - 1, paragraph.file, to: &result)
        return result
    }

    static func isTerminator(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" || c == "]" || c == "»"
    }

    /// If the terminator at `i` ends a sentence, the index of the sentence's last
    /// scalar (after closers and trailing citations); otherwise nil.
    private func sentenceEnd(_ a: ProseText, at i: Int, from start: Int) -> Int? {
        var j = i
        while j + 1 < a.count, let c = a.scalar(j + 1), Self.isTerminator(c) { j += 1 }
        let isEllipsis = a.scalar(i) == "…" || j > i && a.scalar(i) == "."
        while j + 1 < a.count, let c = a.scalar(j + 1), Self.isCloser(c) { j += 1 }
        // What follows must be a space, a citation or the end: "0.75", "e.g.," and ".05" continue.
        if j + 1 < a.count, !a.isWhitespace(j + 1), !a.isCitation(j + 1) { return nil }
        let next = nextWordStart(a, after: j)
        // A lower-case word after the stop means the sentence goes on ("approx. ten", "why?" she asked).
        if let n = next, n.isASCII ? ("a"..."z").contains(n) : n.properties.isLowercase { return nil }
        if isEllipsis {
            if let n = next, !n.isUppercaseQuick { return nil }
        } else if a.scalar(i) == ".", !endsSentenceAfterWord(a, dotAt: i, from: start, next: next) {
            return nil
        }
        return absorbTrailingCitations(a, after: j)
    }

    /// Decides for a single full stop whether the word before it is an abbreviation or an initial.
    private func endsSentenceAfterWord(_ a: ProseText, dotAt i: Int, from start: Int, next: Unicode.Scalar?) -> Bool {
        var k = i - 1
        while k >= start, let c = a.scalar(k), c.isAlphabeticQuick || c == "." { k -= 1 }
        // Most stops follow an ordinary word, longer than any abbreviation, "no", "etc" or an initial.
        if i - (k + 1) > Self.longestAbbreviation { return true }
        var word = String.UnicodeScalarView()
        for m in (k + 1)..<i { if let c = a.scalar(m) { word.append(c) } }
        let w = String(word)
        let lower = w.lowercased()
        if lower == "no" || lower == "etc" {
            // "no. 5" continues; "… is no." and "… etc. The" end.
            if lower == "no", let n = next, n.properties.numericType != nil { return false }
            return true
        }
        if Self.abbreviations.contains(lower) { return false }
        if w.unicodeScalars.count == 1, let only = w.unicodeScalars.first, only.properties.isUppercase {
            // An initial ("J. Smith") follows a capitalised word, another initial or the sentence start.
            let (before, beforeStart) = previousWord(a, before: k, from: start)
            if before.isEmpty { return false }
            if before.unicodeScalars.filter({ $0 != "." }).count == 1 { return false }
            // "John F. Kennedy" yes; "Vitamin D." opening the sentence ends it.
            let opensSentence = !(start..<beforeStart).contains { !a.isWhitespace($0) }
            if let f = before.unicodeScalars.first, f.properties.isUppercase, !opensSentence { return false }
        }
        return true
    }

    private func previousWord(_ a: ProseText, before k: Int, from start: Int) -> (String, Int) {
        var k = k
        while k >= start, a.isWhitespace(k) { k -= 1 }
        var word = String.UnicodeScalarView()
        while k >= start, let c = a.scalar(k), c.properties.isAlphabetic || c == "." { word.insert(c, at: word.startIndex); k -= 1 }
        return (String(word), k + 1)
    }

    private func nextWordStart(_ a: ProseText, after j: Int) -> Unicode.Scalar? {
        var k = j + 1
        while k < a.count {
            if let c = a.scalar(k) {
                // ASCII decided by range: Unicode's property tables were a tenth of the splitter's time.
                if c.isAlphabeticQuick || (c.isASCII ? ("0"..."9").contains(c) : c.properties.numericType != nil) { return c }
                if !c.isWhitespaceQuick && !Self.isCloser(c) && c != "(" && c != "\"" && c != "“" { return c }
            }
            k += 1
        }
        return nil
    }

    /// "… normal. [@k]": citations right after the stop belong to the sentence before them.
    private func absorbTrailingCitations(_ a: ProseText, after j: Int) -> Int {
        var end = j
        var k = j + 1
        while k < a.count {
            if a.isWhitespace(k) { k += 1; continue }
            if a.isCitation(k) { end = k; k += 1; continue }
            if let c = a.scalar(k), c == "." || c == ",", end > j { end = k; k += 1; continue }
            break
        }
        return end
    }

    private func append(_ a: ProseText, _ s: Int, _ e: Int, _ file: String, to out: inout [Sentence]) {
        var s = s, e = e
        while s <= e, a.isWhitespace(s) { s += 1 }
        while e >= s, a.isWhitespace(e) { e -= 1 }
        guard s <= e else { return }
        let range = SourceRange(file: file, start: a.start(s), end: a.end(e))
        out.append(Sentence(paragraph: a, bounds: s..<(e + 1), range: range))
    }
}
