/// The editor's audit of the course's evidence (SPEC §4): every sentence the
/// claims checker judged a claim, with its status, its sources and their
/// designs, and a link to its place in the site, as `review/claims.html`
/// and `review/claims.json`.
struct ClaimsReview {
    /// One audited sentence.
    struct Item {
        enum Status: String {
            /// `uncited`: no citation, and the rule that would flag it is off in course.yml.
            case cited, flagged, suppressed, uncited
        }

        var chapter: Int
        var sectionID: String?
        var analysis: SentenceAnalysis
        var status: Status
        /// Findings' messages, or for a suppressed sentence the suppressions' reasons.
        var notes: [String]
    }

    let context: ResolvedCourse
    let items: [Item]

    init(_ context: ResolvedCourse) {
        self.context = context
        let suppressions = context.suppressions
        let isOff = { (id: RuleID) in context.course.config.lint.setting(of: id) == .off }
        var items: [Item] = []
        for (i, analyses) in context.claims.enumerated() {
            for analysis in analyses {
                let findings = analysis.findings.filter { !isOff($0.rule) }
                guard analysis.isClaim || !findings.isEmpty else { continue }
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
                items.append(Item(chapter: i, sectionID: section?.id, analysis: analysis, status: status, notes: notes))
            }
        }
        self.items = items
    }

    /// The two files, each a long page of its own in the render pool.
    var pageJobs: [PageJob] {
        [PageJob(isLong: true) { OutputFile("review/claims.json", json()) },
         PageJob(isLong: true) { OutputFile("review/claims.html", html()) }]
    }

    private func href(_ item: Item) -> String {
        "../site/" + PageLinks.siteRoot.chapter(context.course.chapters[item.chapter].slug, fragment: item.sectionID)
    }

    /// `{"claims": [...], "references": {key: text}}`: each cited reference is
    /// written once, not under every sentence that cites it.
    private func json() -> String {
        let records = items.map { item -> String in
            let a = item.analysis
            var json = "{\"file\":"
            JSONText.quote(a.range.file, into: &json)
            json += ",\"line\":\(a.range.start.line),\"column\":\(a.range.start.column),\"status\":\"\(item.status.rawValue)\",\"text\":"
            JSONText.quote(a.text, into: &json)
            json += ",\"reasons\":[" + a.claimReasons.map(JSONText.quoted).joined(separator: ",") + "]"
            json += ",\"notes\":[" + item.notes.map(JSONText.quoted).joined(separator: ",") + "]"
            let sources = a.citationKeys.map { key -> String in
                "{\"key\":" + JSONText.quoted(key) + ",\"evidence\":" + (context.index.entries[key]?.evidence.map(JSONText.quoted) ?? "null") + "}"
            }
            json += ",\"sources\":[" + sources.joined(separator: ",") + "],\"href\":" + JSONText.quoted(href(item)) + "}"
            return json
        }
        let cited = Set(items.flatMap(\.analysis.citationKeys)).sorted()
        let references = cited.compactMap { key in
            context.index.entries[key].map { JSONText.quoted(key) + ":" + JSONText.quoted(context.index.citationFormatter.referenceText($0)) }
        }
        return "{\"claims\":[\n" + records.joined(separator: ",\n") + "\n],\n\"references\":{\n"
            + references.joined(separator: ",\n") + "\n}}\n"
    }

    private func html() -> String {
        let config = context.course.config
        let counts = Dictionary(grouping: items, by: \.status).mapValues(\.count)
        var html = """
            <!DOCTYPE html>
            <html lang="\(XML.escape(config.language))">
            <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Claims review · \(XML.escape(config.title))</title>
            <link rel="stylesheet" href="../site/assets/theme.css" />
            </head>
            <body>
            <main id="main">
            <h1>Claims review</h1>
            <p>Every sentence the claims checker judged a checkable claim: \(items.count) in all,
            \(counts[.cited] ?? 0) cited, \(counts[.flagged] ?? 0) flagged, \(counts[.suppressed] ?? 0) suppressed\(
                counts[.uncited].map { ", \($0) uncited with the rule off" } ?? "").</p>

            """
        let byChapter = Dictionary(grouping: items, by: \.chapter)
        for (i, chapter) in context.course.chapters.enumerated() {
            guard let rows = byChapter[i] else { continue }
            html += "<h2>\(chapter.number). \(XML.escape(chapter.title))</h2>\n<div class=\"table-wrap\">\n<table>\n"
            html += "<thead><tr><th scope=\"col\">Sentence</th><th scope=\"col\">Status</th><th scope=\"col\">Sources</th></tr></thead>\n<tbody>\n"
            for item in rows { html += row(item) }
            html += "</tbody>\n</table>\n</div>\n"
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    private func row(_ item: Item) -> String {
        let a = item.analysis
        let place = "\(a.range.file):\(a.range.start.line)"
        var cell = "<a href=\"\(XML.escape(href(item)))\">\(XML.escape(place))</a> \(XML.escape(a.text))"
        if !a.claimReasons.isEmpty { cell += "<br /><small>\(XML.escape(a.claimReasons.joined(separator: "; ")))</small>" }
        var status = "<strong>\(item.status.rawValue)</strong>"
        if !item.notes.isEmpty { status += "<br /><small>\(XML.escape(item.notes.joined(separator: "; ")))</small>" }
        let sources = a.citationKeys.map { key -> String in
            let design = context.index.entries[key]?.evidence.map { " (\(XML.escape($0)))" } ?? ""
            return XML.escape(key) + design
        }
        return "<tr><td>\(cell)</td><td>\(status)</td><td>\(sources.joined(separator: "<br />"))</td></tr>\n"
    }
}
