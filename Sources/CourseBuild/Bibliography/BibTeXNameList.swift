/// BibTeX's name grammar: a field like
/// `de Baaij, Jeroen H. F. and Emily K. Tarleton and {{Institute of Medicine}}`
/// is split on top-level "and", and each name read in one of BibTeX's three
/// forms: "First von Last", "von Last, First", "von Last, Jr, First".
/// A name that is one brace group is a corporate name, kept whole.
enum BibTeXNameList {
    private enum Token: Equatable {
        case word(String)
        case comma
    }

    /// The names in a raw (undecoded) author or editor field, and whether the
    /// list ended with "and others".
    static func parse(_ raw: String) -> (names: [PersonName], others: Bool) {
        var names: [PersonName] = []
        var others = false
        var current: [Token] = []
        func flush() {
            defer { current = [] }
            guard !current.isEmpty else { return }
            if current == [.word("others")] { others = true; return }
            names.append(name(from: current))
        }
        for token in tokens(raw) {
            if case .word(let w) = token, w.lowercased() == "and" { flush() } else { current.append(token) }
        }
        flush()
        return (names, others)
    }

    /// Splits at whitespace, `~` and commas outside braces; braces are kept in
    /// the words so case can still be judged and corporate names recognised.
    /// A word is copied out of `raw` whole when it ends: appending it scalar by
    /// scalar (and a Unicode look-up per scalar) was most of the name parser.
    private static func tokens(_ raw: String) -> [Token] {
        var result: [Token] = []
        let scalars = raw.unicodeScalars
        var wordStart = scalars.startIndex
        var depth = 0
        func endWord(at end: String.Index) {
            if wordStart < end { result.append(.word(String(scalars[wordStart..<end]))) }
        }
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if depth == 0 && (c.isWhitespaceQuick || c == "~" || c == ",") {
                endWord(at: i)
                if c == "," { result.append(.comma) }
                wordStart = next
            } else if c == "{" {
                depth += 1
            } else if c == "}" {
                depth = max(0, depth - 1)
            }
            i = next
        }
        endWord(at: scalars.endIndex)
        return result
    }

    private static func name(from tokens: [Token]) -> PersonName {
        var parts: [[String]] = [[]]
        for token in tokens {
            switch token {
            case .comma: parts.append([])
            case .word(let w): parts[parts.count - 1].append(w)
            }
        }
        parts = parts.filter { !$0.isEmpty }
        guard let first = parts.first else { return PersonName(family: "") }
        if parts.count == 1 && first.count == 1 && isSingleGroup(first[0]) {
            return .literal(decode([first[0]]))
        }
        switch parts.count {
        case 1:
            // First von Last: the von part runs from the first to the last
            // lower-case word before the final word.
            let words = first
            let candidates = words.indices.dropLast()
            guard let vonStart = candidates.first(where: { isLowercase(words[$0]) }) else {
                return PersonName(family: decode([words.last!]), given: decode(Array(words.dropLast())))
            }
            // Family is the von part and the last name together: "de Baaij".
            return PersonName(
                family: decode(Array(words[vonStart...])),
                given: decode(Array(words[..<vonStart])))
        case 2:
            return PersonName(family: decode(first), given: decode(parts[1]))
        default:
            return PersonName(family: decode(first), given: decode(parts[2]), suffix: decode(parts[1]))
        }
    }

    /// True for `{Institute of Medicine}`: one brace group from start to end.
    private static func isSingleGroup(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.first == "{", scalars.last == "}" else { return false }
        var depth = 0
        for (i, c) in scalars.enumerated() {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1; if depth == 0 && i < scalars.count - 1 { return false } }
        }
        // `{\"U}ber` is a word with an accent, not a corporate name.
        return scalars.count < 2 || scalars[1] != "\\"
    }

    /// BibTeX's test for a "von" word: its first letter outside braces is lower
    /// case; a word starting with a plain brace group counts as upper case.
    private static func isLowercase(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        if scalars.first == "{" && (scalars.count < 2 || scalars[1] != "\\") { return false }
        for c in LaTeXText.decode(word).unicodeScalars where c.properties.isAlphabetic {
            return c.properties.isLowercase
        }
        return false
    }

    private static func decode(_ words: [String]) -> String {
        LaTeXText.decode(words.joined(separator: " "))
    }
}
