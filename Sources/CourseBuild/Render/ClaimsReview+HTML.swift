/// The review as pages: the summary (`review/claims.html`) and one page per chapter.
extension ClaimsReview {
    /// The summary: the course's counts and a row per chapter linking to its page.
    func indexHTML() -> String {
        var html = head("Claims review", base: nil, stylesheet: "../site/assets/theme.css")
        html += """
            <h1>Claims review</h1>
            <p>Every sentence the claims checker judged a checkable claim, and every sentence that cites a source: \(countsText(counts.all, counts.byStatus)).
            Each chapter's page lists the sentences that need a decision, every sentence citing a source, and its evidence map: each source with the lines citing it.</p>
            <div class="table-wrap">
            <table>
            <thead><tr><th scope="col">Chapter</th><th scope="col">Sentences</th><th scope="col">Cited</th><th scope="col">Flagged</th><th scope="col">Suppressed</th><th scope="col">Uncited (rule off)</th></tr></thead>
            <tbody>

            """
        for (i, chapter) in context.course.chapters.enumerated() {
            guard let rows = pageRows(i) else { continue }
            let n = rows.counts
            html += "<tr><td><a href=\"chapters/\(XML.escape(chapter.slug)).html\">\(chapter.number). \(XML.escape(chapter.title))</a></td>"
            html += "<td>\(rows.items.count)</td><td>\(n[.cited] ?? 0)</td><td>\(n[.flagged] ?? 0)</td><td>\(n[.suppressed] ?? 0)</td><td>\(n[.uncited] ?? 0)</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n</main>\n</body>\n</html>\n"
    }

    /// One chapter: the sentences that need a decision (flagged, suppressed, uncited with the rule
    /// off) in full, every citing sentence once by section, then the evidence map, each source with
    /// the lines citing it. Quoting a sentence under each of its sources made it 1.5 times on the page.
    /// The page's base is the chapter in the site, so a section's link is just its `#id`.
    func chapterHTML(_ chapter: Int, _ rows: [Item]) -> String {
        let c = context.course.chapters[chapter]
        let page = PageLinks.siteRoot.chapter(c.slug)
        var html = head("Claims review: \(c.number). \(c.title)", base: "../../site/" + page, stylesheet: "../assets/theme.css")
        html += "<p><a href=\"../../review/claims.html\">Claims review</a> › \(c.number). \(XML.escape(c.title))</p>\n"
        html += "<h1>\(c.number). \(XML.escape(c.title))</h1>\n"
        html += "<p><a href=\"\(XML.escape(c.slug)).html\">\(XML.escape(c.path))</a>: \(countsText(rows.count, Self.counts(rows))).</p>\n"
        let undecided = rows.filter { $0.status != .cited }
        if !undecided.isEmpty {
            html += "<h2>To decide</h2>\n<div class=\"table-wrap\">\n<table>\n"
            html += "<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Sentence</th><th scope=\"col\">Status</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n"
            html += undecided.map(undecidedRow).joined() + "</tbody>\n</table>\n</div>\n"
        }
        let citing = rows.filter(\.analysis.isCited)
        return html + citingSentences(chapter, citing) + evidenceMap(chapter, citing) + "</main>\n</body>\n</html>\n"
    }

    /// Every sentence citing a source, once, under a link to its section, numbered by its line.
    private func citingSentences(_ chapter: Int, _ citing: [Item]) -> String {
        guard !citing.isEmpty else { return "" }
        let titles = Dictionary(context.index.headings[chapter].map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var html = "<h2>Citing sentences</h2>\n<p>Numbered by line in the chapter's file; each source's design is in the evidence map.</p>\n"
        var start = citing.startIndex
        while start < citing.endIndex {
            let section = citing[start].sectionID
            let end = citing[start...].firstIndex { $0.sectionID != section } ?? citing.endIndex
            html += "<h3>\(placeLink(section, XML.escape(section.flatMap { titles[$0] } ?? "Before the first heading")))</h3>\n<ol>\n"
            for item in citing[start..<end] {
                let status = item.status == .cited ? "" : "<strong>\(item.status.rawValue)</strong> "
                html += "<li value=\"\(item.analysis.range.start.line)\">\(status)\(XML.escape(item.analysis.text))</li>\n"
            }
            html += "</ol>\n"
            start = end
        }
        return html
    }

    /// Each source with the lines of the sentences citing it, in the chapter's order. Quizzes are
    /// not prose the claims checker reads: their citing places come from the chapter's facts, quoted.
    private func evidenceMap(_ chapter: Int, _ citing: [Item]) -> String {
        let lines = Dictionary(grouping: citing.flatMap { row in row.analysis.citationKeys.map { ($0, row.analysis.range.start.line) } },
                               by: \.0).mapValues { Array(Set($0.map(\.1))).sorted() }
        let quizPlaces = Dictionary(grouping: context.facts[chapter].citingPlaces.filter(\.inQuiz), by: \.key)
        let cited = Set(lines.keys).union(quizPlaces.keys).sorted()
        guard !cited.isEmpty else { return "" }
        var html = "<h2>Evidence map</h2>\n<ul class=\"evidence-map\">\n"
        for key in cited {
            html += "<li>"
            if let entry = context.index.entries[key] {
                html += XML.escape(references.text(entry))
                if let design = entry.evidence { html += " <span class=\"evidence\">\(XML.escape(design))</span>" }
            } else {
                html += XML.escape(key)
            }
            if let lines = lines[key] {
                html += "<br />" + (lines.count == 1 ? "Line " : "Lines ") + lines.map(String.init).joined(separator: ", ")
            }
            if let places = quizPlaces[key] {
                html += "\n<ol>\n" + places.map { "<li>\(placeLink($0.sectionID, "a self-check question")) “\(XML.escape($0.sentence))”</li>\n" }.joined() + "</ol>\n"
            }
            html += "</li>\n"
        }
        return html + "</ul>\n"
    }

    private func undecidedRow(_ item: Item) -> String {
        let a = item.analysis
        var cell = XML.escape(a.text)
        if !a.claimReasons.isEmpty { cell += "<br /><small>\(XML.escape(a.claimReasons.joined(separator: "; ")))</small>" }
        var status = "<strong>\(item.status.rawValue)</strong>"
        if !item.notes.isEmpty { status += "<br /><small>\(XML.escape(item.notes.joined(separator: "; ")))</small>" }
        let sources = a.citationKeys.map { key in
            XML.escape(key) + (context.index.entries[key]?.evidence.map { " (\(XML.escape($0)))" } ?? "")
        }
        return "<tr><td>\(placeLink(item.sectionID, "line \(a.range.start.line)"))</td><td>\(cell)</td><td>\(status)</td><td>\(sources.joined(separator: "<br />"))</td></tr>\n"
    }

    /// A link to a place's section in the site (the page's base); before the first heading, the page's top.
    private func placeLink(_ sectionID: String?, _ text: String) -> String {
        "<a href=\"#\(XML.escape(sectionID ?? "main"))\">\(text)</a>"
    }

    private func countsText(_ all: Int, _ counts: [Item.Status: Int]) -> String {
        "\(all) in all,\n\(counts[.cited] ?? 0) cited, \(counts[.flagged] ?? 0) flagged, \(counts[.suppressed] ?? 0) suppressed\(counts[.uncited].map { ", \($0) uncited with the rule off" } ?? "")"
    }

    private func head(_ title: String, base: String?, stylesheet: String) -> String {
        let config = context.course.config
        return """
            <!DOCTYPE html>
            <html lang="\(XML.escape(config.language))">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(XML.escape(title)) · \(XML.escape(config.title))</title>
            \(base.map { "<base href=\"\(XML.escape($0))\" />\n" } ?? "")<link rel="stylesheet" href="\(stylesheet)" />
            </head>
            <body>
            <main id="main">

            """
    }
}
