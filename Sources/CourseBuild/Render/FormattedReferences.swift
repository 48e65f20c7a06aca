/// Each cited entry's reference, formatted once per build: every entry is
/// listed four times as HTML (the chapter's list and the references page, in the
/// site and in the EPUB) and twice as plain text (the claims review's page and
/// JSON), and formatting was a tenth of rendering.
struct FormattedReferences: Sendable {
    private struct Forms: Sendable {
        var html: String
        var text: String
    }

    private let forms: [String: Forms]
    private let formatter: CitationFormatter

    init(index: CourseIndex, facts: [ChapterFacts]) {
        formatter = index.citationFormatter
        let keys = Set(facts.flatMap(\.citations.keys)).sorted()
        let formatted = keys.concurrentMap { key in
            index.entries[key].map { entry in
                let pieces = index.citationFormatter.pieces(entry)
                return Forms(html: ReferencePiece.html(pieces), text: ReferencePiece.plain(pieces))
            }
        }
        var forms: [String: Forms] = [:]
        for (key, form) in zip(keys, formatted) { forms[key] = form }
        self.forms = forms
    }

    func html(_ entry: BibEntry) -> String { forms[entry.key]?.html ?? formatter.referenceHTML(entry) }

    /// Plain text, as the claims review quotes it.
    func text(_ entry: BibEntry) -> String { forms[entry.key]?.text ?? formatter.referenceText(entry) }
}
