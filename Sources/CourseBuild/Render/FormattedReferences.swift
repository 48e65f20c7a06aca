/// Each cited entry's reference, formatted once per build: every entry is
/// listed four times (the chapter's list and the references page, in the site
/// and in the EPUB), and formatting was a tenth of rendering.
struct FormattedReferences: Sendable {
    private let html: [String: String]
    private let formatter: CitationFormatter

    init(index: CourseIndex, facts: [ChapterFacts]) {
        formatter = index.citationFormatter
        let keys = Set(facts.flatMap(\.citations.keys)).sorted()
        let formatted = keys.concurrentMap { key in index.entries[key].map(index.citationFormatter.referenceHTML) }
        var html: [String: String] = [:]
        for (key, text) in zip(keys, formatted) { html[key] = text }
        self.html = html
    }

    func html(_ entry: BibEntry) -> String { html[entry.key] ?? formatter.referenceHTML(entry) }
}
