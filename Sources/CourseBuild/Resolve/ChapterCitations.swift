/// The citations of one chapter: which entries it cites, in order of first
/// citation (Vancouver numbers them so), rendered as in-text labels linked to
/// the chapter's reference list.
struct ChapterCitations: Sendable {
    let style: CitationStyle
    /// Known keys in order of first citation.
    let keys: [String]
    let numbers: [String: Int]
    let formatter: CitationFormatter

    init(chapter: Chapter, index: CourseIndex) {
        style = index.course.config.citationStyle
        var keys: [String] = []
        var numbers: [String: Int] = [:]
        chapter.blocks.forEachInline { inline, _ in
            guard case .citation(let items) = inline.kind else { return }
            for item in items where index.entries[item.key] != nil && numbers[item.key] == nil {
                keys.append(item.key)
                numbers[item.key] = keys.count
            }
        }
        self.keys = keys
        self.numbers = numbers
        formatter = index.citationFormatter
    }

    /// The label of a citation, linked to the first cited entry in the reference
    /// list; unlinked where a link may not stand (inside a quiz choice's `<summary>`).
    func inTextHTML(_ items: [CitationItem], linked: Bool = true) -> String {
        let known = items.filter { numbers[$0.key] != nil }
        guard let first = known.first else {
            return "<span class=\"citation unknown\">[" + XML.escape(items.map { "@" + $0.key }.joined(separator: "; ")) + "]</span>"
        }
        let label = formatter.inTextLabel(for: known, numbering: numbers)
        guard linked else { return "<span class=\"citation\">\(XML.escape(label))</span>" }
        return "<a class=\"citation\" href=\"#ref-\(XML.escape(first.key))\">\(XML.escape(label))</a>"
    }

    /// The chapter's reference list, in citation order (Vancouver) or by author (APA).
    func referenceListHTML(entries: [String: BibEntry], formatted: FormattedReferences, isEPUB: Bool) -> String {
        guard !keys.isEmpty else { return "" }
        let cited = keys.compactMap { entries[$0] }
        let ordered = style == .vancouver ? cited : formatter.sortedForBibliography(cited)
        let epubType = isEPUB ? " epub:type=\"bibliography\"" : ""
        var html = "<section class=\"references\" aria-labelledby=\"references\"\(epubType)>\n<h2 id=\"references\">References</h2>\n"
        html += style == .vancouver ? "<ol>\n" : "<ul>\n"
        for entry in ordered {
            let entryType = isEPUB ? " epub:type=\"biblioentry\"" : ""
            html += "<li id=\"ref-\(XML.escape(entry.key))\"\(entryType)>\(formatted.html(entry))"
            if let design = entry.evidence { html += " <span class=\"evidence\">\(XML.escape(design))</span>" }
            html += "</li>\n"
        }
        html += (style == .vancouver ? "</ol>\n" : "</ul>\n") + "</section>\n"
        return html
    }
}
