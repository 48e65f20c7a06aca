/// Maps the fields of a BibTeX entry onto `BibEntry`: which field is the
/// container for each entry type, which fields hold names, which are URLs.
extension BibEntry {
    /// Every BibTeX field the mapping below reads; others are kept out of the output (docs/format.md lists these).
    static let bibtexFields = [
        "author", "editor", "title", "journal", "journaltitle", "booktitle", "publisher", "organization", "howpublished",
        "institution", "school", "address", "location", "year", "date", "volume", "number", "issue", "pages", "doi", "pmid",
        "url", "evidence",
    ]
    /// Every CSL-JSON field `CSLJSONParser` reads (`note` lines `PMID: …` and `evidence: …` too).
    static let cslJSONFields = [
        "id", "type", "author", "editor", "title", "container-title", "publisher", "publisher-place", "issued", "volume",
        "issue", "page", "DOI", "PMID", "URL", "evidence", "note",
    ]

    /// - Parameter fields: raw values by lower-cased field name, LaTeX not yet decoded.
    init(bibtexType type: String, key: String, fields: [String: String], range: SourceRange, fieldLines: [String: Int]) {
        func text(_ name: String) -> String? {
            guard let raw = fields[name] else { return nil }
            let value = LaTeXText.decode(raw)
            return value.isEmpty ? nil : value
        }
        func verbatim(_ name: String) -> String? {
            guard let raw = fields[name] else { return nil }
            let value = LaTeXText.decodeVerbatim(raw)
            return value.isEmpty ? nil : value
        }
        let none: (names: [PersonName], others: Bool) = ([], false)
        let authors = fields["author"].map(BibTeXNameList.parse) ?? none
        let editors = fields["editor"].map(BibTeXNameList.parse) ?? none
        let container: String?
        switch type {
        case "book", "booklet", "manual", "proceedings", "collection", "mvbook":
            container = text("publisher") ?? text("organization") ?? text("howpublished")
        case "report", "techreport":
            container = text("institution") ?? text("organization") ?? text("publisher")
        case "phdthesis", "mastersthesis", "thesis":
            container = text("school") ?? text("institution")
        default:
            container = text("journal") ?? text("journaltitle") ?? text("booktitle")
                ?? text("institution") ?? text("organization") ?? text("howpublished")
        }
        self.init(
            key: key, type: type,
            authors: authors.names, hasMoreAuthors: authors.others,
            editors: editors.names,
            title: text("title"), containerTitle: container,
            publisher: text("publisher"), address: text("address") ?? text("location"),
            year: text("year") ?? text("date").flatMap(Self.leadingYear),
            volume: text("volume"), issue: text("number") ?? text("issue"),
            pages: text("pages"), doi: verbatim("doi"), pmid: verbatim("pmid"),
            url: verbatim("url"), evidence: text("evidence"),
            range: range, fieldLines: fieldLines)
    }

    /// The first four-digit run of a date such as "2017-06-12" or "June 2017".
    static func leadingYear(_ date: String) -> String? {
        let scalars = Array(date.unicodeScalars)
        var i = 0
        while i + 4 <= scalars.count {
            if scalars[i..<(i + 4)].allSatisfy({ ("0"..."9").contains($0) }) {
                return String(String.UnicodeScalarView(scalars[i..<(i + 4)]))
            }
            i += 1
        }
        return nil
    }
}
