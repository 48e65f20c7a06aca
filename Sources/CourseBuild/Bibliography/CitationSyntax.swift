/// Pandoc's bracketed citation syntax, read from the text inside `[…]`:
/// "@key", "@a; @b", "@key, p. 12", "see @key", "see @a, pp. 3-5; @b", "-@key".
///
/// Returns nil when the brackets are not a citation, so ordinary bracketed
/// prose and e-mail addresses ("[write to me@example.org]") stay text: every
/// `;`-separated part must hold a key whose `@` starts a word.
public enum CitationSyntax {
    /// Punctuation allowed inside a key besides letters, digits and `_`.
    static let keyPunctuation = Set(":.#$%&-+?<>~/".unicodeScalars)

    public static func parse(_ bracketContent: String) -> [CitationItem]? {
        var items: [CitationItem] = []
        for part in bracketContent.split(separator: ";", omittingEmptySubsequences: false) {
            guard let item = item(String(part)) else { return nil }
            items.append(item)
        }
        return items.isEmpty ? nil : items
    }

    private static func item(_ part: String) -> CitationItem? {
        let scalars = Array(part.unicodeScalars)
        guard let at = keyStart(in: scalars) else { return nil }
        var end = at + 1
        if end < scalars.count && scalars[end] == "{" {
            // Pandoc's `@{key with odd characters}`.
            guard let close = scalars[end...].firstIndex(of: "}") else { return nil }
            return makeItem(scalars, at: at, key: String(String.UnicodeScalarView(scalars[(end + 1)..<close])), after: close + 1)
        }
        while end < scalars.count && isKeyScalar(scalars[end]) { end += 1 }
        while end > at + 1 && (scalars[end - 1] == "." || scalars[end - 1] == ":") { end -= 1 }
        return makeItem(scalars, at: at, key: String(String.UnicodeScalarView(scalars[(at + 1)..<end])), after: end)
    }

    private static func makeItem(_ scalars: [Unicode.Scalar], at: Int, key: String, after: Int) -> CitationItem? {
        guard !key.isEmpty else { return nil }
        var prefixEnd = at
        var suppress = false
        if at > 0 && scalars[at - 1] == "-" && (at == 1 || scalars[at - 2].properties.isWhitespace) {
            suppress = true
            prefixEnd -= 1
        }
        let prefix = trimmed(scalars[..<prefixEnd])
        var rest = trimmed(scalars[after...])
        if rest.hasPrefix(",") { rest = String(rest.dropFirst()).trimmingWhitespace() }
        return CitationItem(
            key: key, prefix: prefix.isEmpty ? nil : prefix,
            locator: rest.isEmpty ? nil : rest, suppressAuthor: suppress)
    }

    /// The first `@` that begins a word (not `me@example.org`) and is followed
    /// by a key's first character.
    private static func keyStart(in scalars: [Unicode.Scalar]) -> Int? {
        for (i, c) in scalars.enumerated() where c == "@" {
            if i > 0 {
                let before = scalars[i - 1]
                guard before.properties.isWhitespace || before == "-" || before == "(" else { continue }
            }
            guard i + 1 < scalars.count else { return nil }
            let next = scalars[i + 1]
            if next == "{" || next == "_" || next.properties.isAlphabetic || next.properties.numericType != nil {
                return i
            }
        }
        return nil
    }

    private static func isKeyScalar(_ c: Unicode.Scalar) -> Bool {
        c.properties.isAlphabetic || c.properties.numericType != nil || c == "_" || keyPunctuation.contains(c)
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars)).trimmingWhitespace()
    }
}
