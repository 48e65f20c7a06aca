/// The review as data: the index (`review/claims.json`) and one file per chapter.
extension ClaimsReview {
    /// What each row of a chapter's `claims` holds, in order: the field names are written once,
    /// not once per sentence (they were a fifth of the review's 37 MB of JSON at 1,000 chapters).
    static let claimFields = ["line", "column", "section", "status", "text", "sources", "notes", "reasons"]

    /// `{"counts": {...}, "chapters": [{"number", "title", "file", "html", "json", "counts"}]}`.
    func indexJSON() -> String {
        let json = "{\"counts\":" + countsJSON(counts.byStatus) + ",\"claims\":\(counts.all),\"chapters\":[\n"
        var rows: [String] = []
        for (i, chapter) in context.course.chapters.enumerated() {
            guard let own = pageRows(i) else { continue }
            var row = "{\"number\":\(chapter.number),\"title\":" + JSONText.quoted(chapter.title)
            row += ",\"file\":" + JSONText.quoted(chapter.path) + ",\"html\":" + JSONText.quoted("chapters/\(chapter.slug).html")
            row += ",\"json\":" + JSONText.quoted("chapters/\(chapter.slug).json")
            row += ",\"claims\":\(own.items.count),\"counts\":" + countsJSON(own.counts) + "}"
            rows.append(row)
        }
        return json + rows.joined(separator: ",\n") + "\n]}\n"
    }

    /// One chapter: `{"file", "href", "sections": [id], "fields": [...], "claims": [[line, column, section,
    /// status, text, [key], [note], [reason]]], "references": {key: [text, evidence]}}`. A row's section
    /// is its index in `sections` (null before the first heading; the ids were a tenth of the JSON);
    /// `href` plus `#` and that id is its place in the site. Reasons (why the sentence is a checkable
    /// claim) are given where no citation answers them: a cited sentence's row has none.
    func chapterJSON(_ chapter: Int, _ rows: [Item]) -> String {
        let c = context.course.chapters[chapter]
        var json = "{\"file\":" + JSONText.quoted(c.path) + ",\"href\":"
            + JSONText.quoted("../../site/" + PageLinks.siteRoot.chapter(c.slug))
        var sections: [String] = []
        var sectionIndex: [String: Int] = [:]
        for id in rows.compactMap(\.sectionID) where sectionIndex[id] == nil {
            sectionIndex[id] = sections.count
            sections.append(id)
        }
        json += ",\"sections\":" + Self.list(sections) + ",\"fields\":" + Self.list(Self.claimFields) + ",\"claims\":[\n"
        let records = rows.map { item -> String in
            let a = item.analysis
            var row = "[\(a.range.start.line),\(a.range.start.column),"
            row += (item.sectionID.flatMap { sectionIndex[$0] }.map(String.init) ?? "null") + ",\"\(item.status.rawValue)\","
            JSONText.quote(a.text, into: &row)
            row += "," + Self.list(a.citationKeys) + "," + Self.list(item.notes)
            return row + "," + Self.list(item.status == .cited ? [] : a.claimReasons) + "]"
        }
        let cited = Set(rows.flatMap(\.analysis.citationKeys)).sorted()
        let sources = cited.compactMap { key in
            context.index.entries[key].map { entry in
                JSONText.quoted(key) + ":[" + JSONText.quoted(references.text(entry))
                    + "," + (entry.evidence.map(JSONText.quoted) ?? "null") + "]"
            }
        }
        return json + records.joined(separator: ",\n") + "\n],\n\"references\":{\n" + sources.joined(separator: ",\n") + "\n}}\n"
    }

    private func countsJSON(_ counts: [Item.Status: Int]) -> String {
        "{\"cited\":\(counts[.cited] ?? 0),\"flagged\":\(counts[.flagged] ?? 0),\"suppressed\":\(counts[.suppressed] ?? 0),\"uncited\":\(counts[.uncited] ?? 0)}"
    }

    private static func list(_ strings: [String]) -> String { "[" + strings.map(JSONText.quoted).joined(separator: ",") + "]" }
}
