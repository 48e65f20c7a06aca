/// The editor's audit of the course's evidence (SPEC §4): every sentence the
/// claims checker judged a claim, and every sentence that cites a source, with
/// its status, its sources and their designs, and a link to its place in the
/// site. One page and one JSON file per chapter (`review/chapters/<slug>.html`
/// and `.json`: the chapter's claims and its evidence map, each source with the
/// sentences citing it), and `review/claims.html` and `claims.json` as the
/// summary and index: one file for the whole course was 48 MB (and 51 MB of
/// JSON) at 1,000 chapters.
struct ClaimsReview {
    /// One audited sentence.
    struct Item {
        enum Status: String {
            /// `uncited`: no citation, and the rule that would flag it is off in course.yml.
            case cited, flagged, suppressed, uncited
        }

        var sectionID: String?
        var analysis: SentenceAnalysis
        var status: Status
        /// Findings' messages, or for a suppressed sentence the suppressions' reasons.
        var notes: [String]
    }

    /// A chapter's audited sentences and how many have each status.
    struct ChapterItems {
        var items: [Item]
        var counts: [Item.Status: Int]
    }

    let context: ResolvedCourse
    /// Per chapter, in course order.
    let chapters: [ChapterItems]
    /// In `serve`: chapters' items and pages made before from equal inputs, reused.
    let memo: RebuildMemo?

    init(_ context: ResolvedCourse, memo: RebuildMemo? = nil) {
        self.context = context
        self.memo = memo
        // A sentence's status reads the course's settings and its own file's suppressions.
        chapters = context.claims.indices.map { i in
            memo.reuse("review/items/\(i)", inputs: { PageInputs.ownChapter(i, $0) }) {
                let items = Self.items(context, chapter: i)
                return ChapterItems(items: items, counts: Self.counts(items))
            }
        }
    }

    private static func items(_ context: ResolvedCourse, chapter i: Int) -> [Item] {
        let suppressions = context.suppressions
        let isOff = { (id: RuleID) in context.course.config.lint.setting(of: id) == .off }
        var items: [Item] = []
        for analysis in context.claims[i] {
            let findings = analysis.findings.filter { !isOff($0.rule) }
            guard analysis.isClaim || analysis.isCited || !findings.isEmpty else { continue }
            let waivers = findings.map { finding in
                suppressions.first { $0.waives(finding.rule, in: finding.range.file, line: finding.range.start.line) }
            }
            let status: Item.Status
            let notes: [String]
            if findings.isEmpty {
                status = analysis.isCited ? .cited : .uncited
                notes = analysis.isCited ? [] : ["no citation; the rule is off in course.yml"]
            } else if waivers.allSatisfy({ $0 != nil }) {
                status = .suppressed
                notes = waivers.map { $0?.reason ?? "no reason given" }
            } else {
                status = .flagged
                notes = findings.map(\.message)
            }
            let section = context.index.headings[i].last { $0.line <= analysis.range.start.line }
            items.append(Item(sectionID: section?.id, analysis: analysis, status: status, notes: notes))
        }
        return items
    }

    /// The summary and index, then each chapter's page and JSON, as page jobs in the render pool.
    var pageJobs: [PageJob] {
        var jobs = [PageJob { OutputFile("review/claims.json", indexJSON()) }, PageJob { OutputFile("review/claims.html", indexHTML()) }]
        for (i, chapter) in context.course.chapters.enumerated() {
            guard let rows = pageRows(i) else { continue }
            // A chapter's sentences, their findings and its citing places are its own; the settings and sources are the course's.
            let inputs = { (revisions: CourseRevisions) -> AnyHashable in PageInputs.ownChapter(i, revisions) }
            jobs.append(PageJob {
                memo.reuse("review/json/\(i)", inputs: inputs) {
                    OutputFile("review/chapters/\(chapter.slug).json", chapterJSON(i, rows.items))
                }
            })
            jobs.append(PageJob {
                memo.reuse("review/html/\(i)", inputs: inputs) {
                    OutputFile("review/chapters/\(chapter.slug).html", chapterHTML(i, rows.items))
                }
            })
        }
        return jobs
    }

    /// A chapter's rows, or nil when it has no page: no sentence listed and no source cited in a quiz.
    private func pageRows(_ i: Int) -> ChapterItems? {
        let rows = chapters[i]
        return rows.items.isEmpty && !context.facts[i].citingPlaces.contains(where: \.inQuiz) ? nil : rows
    }

    private static func counts(_ items: [Item]) -> [Item.Status: Int] { Dictionary(grouping: items, by: \.status).mapValues(\.count) }

    /// The whole course's: the sum of the chapters'.
    private var counts: (all: Int, byStatus: [Item.Status: Int]) {
        (chapters.reduce(0) { $0 + $1.items.count }, chapters.reduce(into: [:]) { sum, c in sum.merge(c.counts, uniquingKeysWith: +) })
    }

    private func countsJSON(_ counts: [Item.Status: Int]) -> String {
        "{\"cited\":\(counts[.cited] ?? 0),\"flagged\":\(counts[.flagged] ?? 0),\"suppressed\":\(counts[.suppressed] ?? 0),\"uncited\":\(counts[.uncited] ?? 0)}"
    }

    private func countsText(_ all: Int, _ counts: [Item.Status: Int]) -> String {
        "\(all) in all,\n\(counts[.cited] ?? 0) cited, \(counts[.flagged] ?? 0) flagged, \(counts[.suppressed] ?? 0) suppressed\(counts[.uncited].map { ", \($0) uncited with the rule off" } ?? "")"
    }

    /// `{"counts": {...}, "chapters": [{"number", "title", "file", "html", "json", "counts"}]}`.
    private func indexJSON() -> String {
        let json = "{\"counts\":" + countsJSON(counts.byStatus) + ",\"claims\":\(counts.all),\"chapters\":[\n"
        var rows: [String] = []
        for (i, chapter) in context.course.chapters.enumerated() {
            guard let items = pageRows(i) else { continue }
            var row = "{\"number\":\(chapter.number),\"title\":" + JSONText.quoted(chapter.title)
            row += ",\"file\":" + JSONText.quoted(chapter.path) + ",\"html\":" + JSONText.quoted("chapters/\(chapter.slug).html")
            row += ",\"json\":" + JSONText.quoted("chapters/\(chapter.slug).json")
            row += ",\"claims\":\(items.items.count),\"counts\":" + countsJSON(items.counts) + "}"
            rows.append(row)
        }
        return json + rows.joined(separator: ",\n") + "\n]}\n"
    }

    /// One chapter's claims: `{"file", "href", "claims": [{"line", "column", "section", "status", "text",
    /// "reasons", "notes", "sources": [key]}], "references": {key: {"text", "evidence"}}}`. The file and the
    /// chapter's address are written once; `href` plus `#` and a claim's `section` is its place in the site.
    private func chapterJSON(_ chapter: Int, _ rows: [Item]) -> String {
        let c = context.course.chapters[chapter]
        let json = "{\"file\":" + JSONText.quoted(c.path) + ",\"href\":"
            + JSONText.quoted("../../site/" + PageLinks.siteRoot.chapter(c.slug)) + ",\"claims\":[\n"
        let records = rows.map { item -> String in
            let a = item.analysis
            var json = "{\"line\":\(a.range.start.line),\"column\":\(a.range.start.column),\"section\":"
            json += item.sectionID.map(JSONText.quoted) ?? "null"
            json += ",\"status\":\"\(item.status.rawValue)\",\"text\":"
            JSONText.quote(a.text, into: &json)
            json += ",\"reasons\":[" + a.claimReasons.map(JSONText.quoted).joined(separator: ",") + "]"
            json += ",\"notes\":[" + item.notes.map(JSONText.quoted).joined(separator: ",") + "]"
            return json + ",\"sources\":[" + a.citationKeys.map(JSONText.quoted).joined(separator: ",") + "]}"
        }
        let cited = Set(rows.flatMap(\.analysis.citationKeys)).sorted()
        let references = cited.compactMap { key in
            context.index.entries[key].map { entry in
                JSONText.quoted(key) + ":{\"text\":" + JSONText.quoted(context.index.citationFormatter.referenceText(entry))
                    + ",\"evidence\":" + (entry.evidence.map(JSONText.quoted) ?? "null") + "}"
            }
        }
        return json + records.joined(separator: ",\n") + "\n],\n\"references\":{\n" + references.joined(separator: ",\n") + "\n}}\n"
    }

    private func head(_ title: String, toSite: String) -> String {
        let config = context.course.config
        return """
            <!DOCTYPE html>
            <html lang="\(XML.escape(config.language))">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>\(XML.escape(title)) · \(XML.escape(config.title))</title>
            <link rel="stylesheet" href="\(toSite)assets/theme.css" />
            </head>
            <body>
            <main id="main">

            """
    }

    /// The summary: the course's counts and a row per chapter linking to its page.
    private func indexHTML() -> String {
        var html = head("Claims review", toSite: "../site/")
        html += """
            <h1>Claims review</h1>
            <p>Every sentence the claims checker judged a checkable claim, and every sentence that cites a source: \(countsText(counts.all, counts.byStatus)).
            Each chapter's page lists its sentences with their status and sources, and its evidence map: each source with the sentences that cite it.</p>
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

    /// One chapter's sentences, grouped by section (each section's heading links to it in the
    /// site), then its evidence map: each source with links to the sentences citing it.
    private func chapterHTML(_ chapter: Int, _ rows: [Item]) -> String {
        let c = context.course.chapters[chapter]
        let page = "../../site/" + PageLinks.siteRoot.chapter(c.slug)
        let titles = Dictionary(context.index.headings[chapter].map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var html = head("Claims review: \(c.number). \(c.title)", toSite: "../../site/")
        html += "<p><a href=\"../claims.html\">Claims review</a> › \(c.number). \(XML.escape(c.title))</p>\n"
        html += "<h1>\(c.number). \(XML.escape(c.title))</h1>\n"
        html += "<p><a href=\"\(XML.escape(page))\">\(XML.escape(c.path))</a>: \(countsText(rows.count, Self.counts(rows))).</p>\n"
        html += "<div class=\"table-wrap\">\n<table>\n"
        html += "<thead><tr><th scope=\"col\">Line</th><th scope=\"col\">Sentence</th><th scope=\"col\">Status</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n"
        var section: String?? = .none
        var citing: [String: [Int]] = [:]
        for (k, item) in rows.enumerated() {
            if section != .some(item.sectionID) {
                section = .some(item.sectionID)
                let title = item.sectionID.flatMap { titles[$0] } ?? "Before the first section"
                let href = page + (item.sectionID.map { "#" + $0 } ?? "")
                html += "<tr><th scope=\"colgroup\" colspan=\"4\"><a href=\"\(XML.escape(href))\">\(XML.escape(title))</a></th></tr>\n"
            }
            for key in item.analysis.citationKeys { citing[key, default: []].append(k) }
            html += row(item, number: k + 1)
        }
        html += "</tbody>\n</table>\n</div>\n"
        // Quizzes are not prose the claims checker reads: their citing sentences are quoted here.
        let quizPlaces = Dictionary(grouping: context.facts[chapter].citingPlaces.filter(\.inQuiz), by: \.key)
        let cited = Set(citing.keys).union(quizPlaces.keys).sorted()
        if !cited.isEmpty {
            html += "<h2>Evidence map</h2>\n<ul class=\"bibliography\">\n"
            for key in cited {
                let rowsCiting = citing[key] ?? []
                html += "<li id=\"source-\(XML.escape(key))\">"
                if let entry = context.index.entries[key] {
                    html += XML.escape(context.index.citationFormatter.referenceText(entry))
                    if let design = entry.evidence { html += " <span class=\"evidence\">\(XML.escape(design))</span>" }
                } else {
                    html += XML.escape(key)
                }
                if !rowsCiting.isEmpty {
                    html += "<br />Cited in \(rowsCiting.count == 1 ? "sentence" : "sentences") "
                    html += rowsCiting.map { "<a href=\"#s\($0 + 1)\">\($0 + 1)</a>" }.joined(separator: ", ") + "."
                }
                for place in quizPlaces[key] ?? [] {
                    let href = page + (place.sectionID.map { "#" + $0 } ?? "")
                    html += "<br /><a href=\"\(XML.escape(href))\">In a self-check question</a>: “\(XML.escape(place.sentence))”"
                }
                html += "</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    private func row(_ item: Item, number: Int) -> String {
        let a = item.analysis
        var cell = XML.escape(a.text)
        if !a.claimReasons.isEmpty { cell += "<br /><small>\(XML.escape(a.claimReasons.joined(separator: "; ")))</small>" }
        var status = "<strong>\(item.status.rawValue)</strong>"
        if !item.notes.isEmpty { status += "<br /><small>\(XML.escape(item.notes.joined(separator: "; ")))</small>" }
        let sources = a.citationKeys.map { key -> String in
            let design = context.index.entries[key]?.evidence.map { " (\(XML.escape($0)))" } ?? ""
            return "<a href=\"#source-\(XML.escape(key))\">\(XML.escape(key))</a>" + design
        }
        return "<tr id=\"s\(number)\"><td>\(number). line \(a.range.start.line)</td><td>\(cell)</td><td>\(status)</td><td>\(sources.joined(separator: "<br />"))</td></tr>\n"
    }
}
