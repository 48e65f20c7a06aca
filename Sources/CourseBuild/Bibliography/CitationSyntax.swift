/// Pandoc's bracketed citation syntax, read from the text inside `[…]`:
/// "@key", "@a; @b", "@key, p. 12", "see @key", "see @a, pp. 3-5; @b", "-@key".
///
/// Returns nil when the brackets are not a citation, so ordinary bracketed
/// prose and e-mail addresses ("[write to me@example.org]") stay text: every
/// `;`-separated part must hold a key whose `@` starts a word.
enum CitationSyntax {
    /// Punctuation allowed inside a key besides letters, digits and `_`.
    static let keyPunctuation = Set(":.#$%&-+?<>~/".unicodeScalars)

    static func parse(_ bracketContent: String) -> [CitationItem]? {
        var items: [CitationItem] = []
        for part in bracketContent.utf8.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false) {
            guard let item = item(Substring(part)) else { return nil }
            items.append(item)
        }
        return items.isEmpty ? nil : items
    }

    // Works on the part's own scalar indices: copying scalars into arrays and
    // back into strings was most of the parse time of a citation-dense course.
    private static func item(_ part: Substring) -> CitationItem? {
        let scalars = part.unicodeScalars
        guard let at = keyStart(in: scalars) else { return nil }
        let keyFirst = scalars.index(after: at)
        if keyFirst < scalars.endIndex && scalars[keyFirst] == "{" {
            // Pandoc's `@{key with odd characters}`.
            guard let close = scalars[keyFirst...].firstIndex(of: "}") else { return nil }
            return makeItem(part, at: at, key: String(part[scalars.index(after: keyFirst)..<close]), after: scalars.index(after: close))
        }
        var end = keyFirst
        while end < scalars.endIndex && isKeyScalar(scalars[end]) { end = scalars.index(after: end) }
        while end > keyFirst, [".", ":"].contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return makeItem(part, at: at, key: String(part[keyFirst..<end]), after: end)
    }

    private static func makeItem(_ part: Substring, at: String.Index, key: String, after: String.Index) -> CitationItem? {
        guard !key.isEmpty else { return nil }
        let scalars = part.unicodeScalars
        var prefixEnd = at
        var suppress = false
        if at > scalars.startIndex {
            let dash = scalars.index(before: at)
            if scalars[dash] == "-", dash == scalars.startIndex || scalars[scalars.index(before: dash)].properties.isWhitespace {
                suppress = true
                prefixEnd = dash
            }
        }
        let prefix = part[..<prefixEnd].trimmingWhitespace()
        var rest = part[after...].trimmingWhitespace()
        if rest.hasPrefix(",") { rest = rest.dropFirst().trimmingWhitespace() }
        return CitationItem(
            key: key, prefix: prefix.isEmpty ? nil : prefix,
            locator: rest.isEmpty ? nil : rest, suppressAuthor: suppress)
    }

    /// The first `@` that begins a word (not `me@example.org`) and is followed
    /// by a key's first character.
    private static func keyStart(in scalars: Substring.UnicodeScalarView) -> String.Index? {
        var previous: Unicode.Scalar?
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let nextIndex = scalars.index(after: i)
            if c == "@", previous.map({ $0.properties.isWhitespace || $0 == "-" || $0 == "(" }) ?? true {
                guard nextIndex < scalars.endIndex else { return nil }
                let next = scalars[nextIndex]
                if next == "{" || next == "_" || next.properties.isAlphabetic || next.properties.numericType != nil {
                    return i
                }
            }
            previous = c
            i = nextIndex
        }
        return nil
    }

    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        c.isAlphabeticQuick || ("0"..."9").contains(c) || c == "_" || keyPunctuation.contains(c)
            || !c.isASCII && c.properties.numericType != nil
    }
}
