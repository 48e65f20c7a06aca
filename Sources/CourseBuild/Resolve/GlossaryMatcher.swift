/// Finds glossary terms and aliases in running text: case-insensitive, on
/// word boundaries, longest match first. Built once per course; matching is
/// a dictionary look-up per word, so it stays linear in the text.
public struct GlossaryMatcher: Sendable {
    /// Lower-cased word sequence ("nmda receptor") → term id.
    private var phrases: [String: String] = [:]
    private var longest = 0

    public init(_ terms: [GlossaryTerm]) {
        for term in terms {
            for name in [term.term] + term.aliases {
                let words = Self.words(in: name).map { String(name[$0]).lowercased() }
                guard !words.isEmpty else { continue }
                let key = words.joined(separator: " ")
                if phrases[key] == nil { phrases[key] = term.id }
                longest = max(longest, words.count)
            }
        }
    }

    public var isEmpty: Bool { phrases.isEmpty }

    /// Every match in `text`, in order, as (range in text, term id).
    public func matches(in text: String) -> [(range: Range<String.Index>, id: String)] {
        guard !phrases.isEmpty else { return [] }
        let words = Self.words(in: text)
        let lowered = words.map { text[$0].lowercased() }
        var result: [(Range<String.Index>, String)] = []
        var i = 0
        while i < words.count {
            var matched = false
            for n in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                // Words of a phrase must be separated by spaces or hyphens only.
                let gapsOK = (i..<(i + n - 1)).allSatisfy { k in
                    text[words[k].upperBound..<words[k + 1].lowerBound].allSatisfy { " -–\u{00A0}".contains($0) }
                }
                guard gapsOK, let id = phrases[lowered[i..<(i + n)].joined(separator: " ")] else { continue }
                result.append((words[i].lowerBound..<words[i + n - 1].upperBound, id))
                i += n
                matched = true
                break
            }
            if !matched { i += 1 }
        }
        return result
    }

    /// Runs of letters and digits (with inner apostrophes and super/subscripts such as Mg²⁺).
    static func words(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start: String.Index?
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            let isWord = c.isLetter || c.isNumber || "²³⁺⁻".contains(c)
            if isWord, start == nil { start = i }
            if !isWord, let s = start {
                result.append(s..<i)
                start = nil
            }
            i = text.index(after: i)
        }
        if let s = start { result.append(s..<text.endIndex) }
        return result
    }
}
