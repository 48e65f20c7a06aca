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
        let atoms = paragraph.atoms
        var result: [Sentence] = []
        var start = 0
        var i = 0
        while i < atoms.count {
            guard let c = atoms[i].scalar, Self.isTerminator(c), let end = sentenceEnd(atoms, at: i, from: start)
            else { i += 1; continue }
            append(atoms, start, end, paragraph.file, to: &result)
            start = end + 1
            i = end + 1
        }
        append(atoms, start, atoms.count - 1, paragraph.file, to: &result)
        return result
    }

    static func isTerminator(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "…" }

    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "”" || c == "’" || c == "'" || c == ")" || c == "]" || c == "»"
    }

    /// If the terminator at `i` ends a sentence, the index of the sentence's last
    /// atom (after closers and trailing citations); otherwise nil.
    private func sentenceEnd(_ a: [ProseAtom], at i: Int, from start: Int) -> Int? {
        var j = i
        while j + 1 < a.count, let c = a[j + 1].scalar, Self.isTerminator(c) { j += 1 }
        let isEllipsis = a[i].scalar == "…" || j > i && a[i].scalar == "."
        while j + 1 < a.count, let c = a[j + 1].scalar, Self.isCloser(c) { j += 1 }
        // What follows must be a space, a citation or the end: "0.75", "e.g.," and ".05" continue.
        if j + 1 < a.count, !a[j + 1].isWhitespace, !a[j + 1].isCitation { return nil }
        let next = nextWordStart(a, after: j)
        // A lower-case word after the stop means the sentence goes on ("approx. ten", "why?" she asked).
        if let n = next, n.properties.isLowercase { return nil }
        if isEllipsis {
            if let n = next, !n.properties.isUppercase { return nil }
        } else if a[i].scalar == ".", !endsSentenceAfterWord(a, dotAt: i, from: start, next: next) {
            return nil
        }
        return absorbTrailingCitations(a, after: j)
    }

    /// Decides for a single full stop whether the word before it is an abbreviation or an initial.
    private func endsSentenceAfterWord(_ a: [ProseAtom], dotAt i: Int, from start: Int, next: Unicode.Scalar?) -> Bool {
        var k = i - 1
        while k >= start, let c = a[k].scalar, ClaimTokenizer.isAlphabetic(c) || c == "." { k -= 1 }
        // Most stops follow an ordinary word, longer than any abbreviation, "no", "etc" or an initial.
        if i - (k + 1) > Self.longestAbbreviation { return true }
        var word = String.UnicodeScalarView()
        for atom in a[(k + 1)..<i] { if let c = atom.scalar { word.append(c) } }
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
            let opensSentence = !a[start..<beforeStart].contains { !$0.isWhitespace }
            if let f = before.unicodeScalars.first, f.properties.isUppercase, !opensSentence { return false }
        }
        return true
    }

    private func previousWord(_ a: [ProseAtom], before k: Int, from start: Int) -> (String, Int) {
        var k = k
        while k >= start, a[k].isWhitespace { k -= 1 }
        var word = String.UnicodeScalarView()
        while k >= start, let c = a[k].scalar, c.properties.isAlphabetic || c == "." { word.insert(c, at: word.startIndex); k -= 1 }
        return (String(word), k + 1)
    }

    private func nextWordStart(_ a: [ProseAtom], after j: Int) -> Unicode.Scalar? {
        var k = j + 1
        while k < a.count {
            if case .scalar(let c, _) = a[k] {
                if c.properties.isAlphabetic || c.properties.numericType != nil { return c }
                if !c.properties.isWhitespace && !Self.isCloser(c) && c != "(" && c != "\"" && c != "“" { return c }
            }
            k += 1
        }
        return nil
    }

    /// "… normal. [@k]": citations right after the stop belong to the sentence before them.
    private func absorbTrailingCitations(_ a: [ProseAtom], after j: Int) -> Int {
        var end = j
        var k = j + 1
        while k < a.count {
            if a[k].isWhitespace { k += 1; continue }
            if a[k].isCitation { end = k; k += 1; continue }
            if let c = a[k].scalar, c == "." || c == ",", end > j { end = k; k += 1; continue }
            break
        }
        return end
    }

    private func append(_ a: [ProseAtom], _ s: Int, _ e: Int, _ file: String, to out: inout [Sentence]) {
        var s = s, e = e
        while s <= e, a[s].isWhitespace { s += 1 }
        while e >= s, a[e].isWhitespace { e -= 1 }
        guard s <= e else { return }
        let range = SourceRange(file: file, start: a[s].start, end: a[e].end)
        out.append(Sentence(atoms: a[s...e], range: range))
    }
}
