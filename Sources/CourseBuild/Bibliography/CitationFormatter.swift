import Foundation

/// Formats citations and references in the course's style, from plain
/// values: no chapter tree, no templates. Built once per course from all its
/// entries, because APA's "2017a/2017b" depends on every entry of the course.
///
/// - In-text labels are plain text (the renderer escapes them); use
///   `inTextSegments` to link each number or author-year to its entry.
/// - Reference entries come as an XHTML fragment (escaped, `<i>` and
///   `<a href>`, well-formed) and as plain text.
/// - Vancouver ranges use an en dash: "[1,3–5]"; runs of two stay "[1,2]".
struct CitationFormatter: Sendable {
    let style: CitationStyle
    private let entries: [String: BibEntry]
    /// APA's disambiguating letter per key ("a", "b"), empty when not needed.
    private let yearSuffixes: [String: String]

    init(style: CitationStyle, entries: [BibEntry]) {
        self.style = style
        var byKey: [String: BibEntry] = [:]
        for entry in entries where byKey[entry.key] == nil { byKey[entry.key] = entry }
        self.entries = byKey
        self.yearSuffixes = style == .apa ? Self.disambiguate(Array(byKey.values)) : [:]
    }

    /// Vancouver numbers: each key numbered by its first citation, in the
    /// order the chapter cites them (`keys` may repeat).
    static func numbering(inOrderOfFirstCitation keys: [String]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for key in keys where numbers[key] == nil { numbers[key] = numbers.count + 1 }
        return numbers
    }

    /// The in-text label: "[1,3–5]", "[see 2, p. 12]" or "(Boyle et al., 2017; Tarleton et al., 2017)".
    /// `numbering` is used by Vancouver only; an unnumbered or unknown key shows as "?".
    func inTextLabel(for items: [CitationItem], numbering: [String: Int] = [:]) -> String {
        inTextSegments(for: items, numbering: numbering).map(\.text).joined()
    }

    func inTextSegments(for items: [CitationItem], numbering: [String: Int] = [:]) -> [CitationLabelSegment] {
        switch style {
        case .vancouver: return vancouverSegments(items, numbering: numbering)
        case .apa: return apaSegments(items)
        }
    }

    func referenceHTML(_ entry: BibEntry) -> String { ReferencePiece.html(pieces(entry)) }

    func referenceText(_ entry: BibEntry) -> String { ReferencePiece.plain(pieces(entry)) }

    /// The year as the style shows it, with APA's letter: "2017a"; "n.d." without a year.
    func displayYear(_ entry: BibEntry) -> String {
        (entry.year ?? "n.d.") + (yearSuffixes[entry.key] ?? "")
    }

    /// Order of a reference list. Vancouver with a numbering: by number (any
    /// entry left unnumbered follows, alphabetically). Otherwise (APA, or a
    /// course-wide list): by first author's family name, the co-authors, year,
    /// then title, ignoring case and accents; an entry without authors files
    /// under its title.
    func sortedForBibliography(_ list: [BibEntry], numbering: [String: Int]? = nil) -> [BibEntry] {
        let alphabetical = list.sorted { Self.sortKey($0).lexicographicallyPrecedes(Self.sortKey($1)) }
        guard style == .vancouver, let numbering else { return alphabetical }
        let numbered = alphabetical.filter { numbering[$0.key] != nil }.sorted { numbering[$0.key]! < numbering[$1.key]! }
        return numbered + alphabetical.filter { numbering[$0.key] == nil }
    }

    /// The reference in pieces, for a caller that wants it as HTML and as text.
    func pieces(_ entry: BibEntry) -> [ReferencePiece] {
        switch style {
        case .vancouver: return VancouverStyle.pieces(entry)
        case .apa: return APAStyle.pieces(entry, yearSuffix: yearSuffixes[entry.key] ?? "")
        }
    }

    // MARK: - Private

    /// Without prefixes or locators the numbers are sorted and runs of three
    /// or more compressed ("[1,3–5]"); otherwise each item keeps its place and
    /// its words: "[see 1, p. 12; 3]".
    private func vancouverSegments(_ items: [CitationItem], numbering: [String: Int]) -> [CitationLabelSegment] {
        var out = [CitationLabelSegment("[")]
        if items.contains(where: { $0.prefix != nil || $0.locator != nil }) {
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(CitationLabelSegment("; ")) }
                if let prefix = item.prefix { out.append(CitationLabelSegment(prefix + " ")) }
                out.append(CitationLabelSegment(numbering[item.key].map(String.init) ?? "?", key: item.key))
                if let locator = item.locator { out.append(CitationLabelSegment(", " + locator)) }
            }
        } else {
            var byNumber: [Int: String] = [:]
            var unknown: [String] = []
            for item in items {
                if let n = numbering[item.key] { byNumber[n] = byNumber[n] ?? item.key } else { unknown.append(item.key) }
            }
            let numbers = byNumber.keys.sorted()
            var i = 0
            var groups: [CitationLabelSegment] = []
            while i < numbers.count {
                var j = i
                while j + 1 < numbers.count && numbers[j + 1] == numbers[j] + 1 { j += 1 }
                if j - i >= 2 {
                    groups.append(CitationLabelSegment("\(numbers[i])–\(numbers[j])", key: byNumber[numbers[i]]))
                } else {
                    for k in i...j { groups.append(CitationLabelSegment("\(numbers[k])", key: byNumber[numbers[k]])) }
                }
                i = j + 1
            }
            groups += unknown.map { CitationLabelSegment("?", key: $0) }
            for (index, group) in groups.enumerated() {
                if index > 0 { out.append(CitationLabelSegment(",")) }
                out.append(group)
            }
        }
        out.append(CitationLabelSegment("]"))
        return out
    }

    /// "(see Boyle et al., 2017; Tarleton et al., 2017, p. 12)". Items are put
    /// in reference-list order as APA asks, unless a prefix makes the written
    /// order meaningful.
    private func apaSegments(_ items: [CitationItem]) -> [CitationLabelSegment] {
        var ordered = items
        if !items.contains(where: { $0.prefix != nil }) {
            let sorted = sortedForBibliography(items.compactMap { entries[$0.key] }).map(\.key)
            let rank = Dictionary(sorted.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            ordered = items.enumerated().sorted {
                (rank[$0.element.key] ?? Int.max, $0.offset) < (rank[$1.element.key] ?? Int.max, $1.offset)
            }.map(\.element)
        }
        var out = [CitationLabelSegment("(")]
        for (i, item) in ordered.enumerated() {
            if i > 0 { out.append(CitationLabelSegment("; ")) }
            if let prefix = item.prefix { out.append(CitationLabelSegment(prefix + " ")) }
            if let entry = entries[item.key] {
                let year = displayYear(entry)
                let text = item.suppressAuthor ? year : APAStyle.inTextNames(entry) + ", " + year
                out.append(CitationLabelSegment(text, key: item.key))
            } else {
                out.append(CitationLabelSegment("?\(item.key)?", key: item.key))
            }
            if let locator = item.locator { out.append(CitationLabelSegment(", " + locator)) }
        }
        out.append(CitationLabelSegment(")"))
        return out
    }

    /// Letters for entries that would show the same in-text author and year,
    /// assigned in title order so the reference list reads 2017a, 2017b.
    private static func disambiguate(_ list: [BibEntry]) -> [String: String] {
        let groups = Dictionary(grouping: list) { APAStyle.inTextNames($0) + "|" + ($0.year ?? "n.d.") }
        var suffixes: [String: String] = [:]
        for group in groups.values where group.count > 1 {
            let ordered = group.sorted { sortKey($0).lexicographicallyPrecedes(sortKey($1)) }
            for (i, entry) in ordered.enumerated() {
                suffixes[entry.key] = i < 26 ? String(UnicodeScalar(UInt8(97 + i))) : "\(i + 1)"
            }
        }
        return suffixes
    }

    private static func sortKey(_ entry: BibEntry) -> [String] {
        func fold(_ s: String?) -> String {
            (s ?? "").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        }
        // APA: first author, then the co-authors (so a sole author precedes
        // the same author with others), then year and title.
        let names = entry.authors.map { fold($0.sortName) + " " + fold($0.given) }
        let lead = names.first ?? fold(entry.title)
        return [lead, names.dropFirst().joined(separator: "|"), fold(entry.year ?? "9999"), fold(entry.title), entry.key]
    }
}
