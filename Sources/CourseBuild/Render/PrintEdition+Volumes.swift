/// A course too long for one print page is printed in volumes: `print.html`
/// lists them with their chapters, and `print-1.html`, `print-2.html`, … each
/// hold consecutive chapters within a page's budget, the last one also the
/// glossary. One page of 1,000 chapters was 43 MB, more than a browser prints
/// in one go. Each chapter ends with its own references, so the volumes leave
/// out the course-wide bibliography the single page ends with: that list is
/// the chapters' lists again with their citing sections (8.5 MB at 1,000
/// chapters), and the references pages of the site hold it.
extension PrintEdition {
    func volumes(chapters: [String], glossary: String, budget: Int) -> [CoursePages.Page] {
        let parts = chapters + (glossary.isEmpty ? [] : [glossary])
        let runs = SizeBudget.runs(parts.map(\.utf8.count), budget: budget)
        var pages = [CoursePages.Page(name: "print", title: "Print edition", body: volumeList(runs, chapterCount: chapters.count))]
        for (k, run) in runs.enumerated() {
            let range = run.clamped(to: 0..<chapters.count)
            let hasGlossary = run.upperBound > chapters.count
            let label = Self.label(range, glossary: hasGlossary)
            var near = ["<a href=\"print.html\">all volumes</a>"]
            if k > 0 { near.append("<a href=\"\(Self.volumeFile(k))\">volume \(k)</a>") }
            if k + 1 < runs.count { near.append("<a href=\"\(Self.volumeFile(k + 2))\">volume \(k + 2)</a>") }
            var body = cover("Volume \(k + 1) of \(runs.count) of the course, to print or save as PDF; "
                             + near.joined(separator: ", ") + ".", volume: "Volume \(k + 1) of \(runs.count): \(label)")
            if !range.isEmpty { body += contents(range, glossary: hasGlossary, references: false) }
            body += chapters[range].joined() + (hasGlossary ? glossary : "")
            pages.append(CoursePages.Page(name: "print-\(k + 1)", title: "Print edition, volume \(k + 1)", body: body))
        }
        return pages
    }

    static func volumeFile(_ number: Int) -> String { "print-\(number).html" }

    /// "chapters 1–45", "chapter 46 and the glossary", "the glossary".
    static func label(_ range: Range<Int>, glossary: Bool) -> String {
        let chapters = range.isEmpty ? nil
            : range.count == 1 ? "chapter \(range.lowerBound + 1)" : "chapters \(range.lowerBound + 1)–\(range.upperBound)"
        return [chapters, glossary ? "the glossary" : nil].compactMap { $0 }.joined(separator: " and ")
    }

    /// `print.html` of a course in volumes: each volume with its chapters, linked into it.
    private func volumeList(_ runs: [Range<Int>], chapterCount: Int) -> String {
        var html = cover("The course is printed in \(runs.count) volumes, each to print or save as PDF. "
                         + "Read it online from the <a href=\"index.html\">home page</a>.")
        html += "<nav class=\"print-contents\" aria-labelledby=\"print-contents-title\">\n<h2 id=\"print-contents-title\">Volumes</h2>\n"
        for (k, run) in runs.enumerated() {
            let file = Self.volumeFile(k + 1)
            let range = run.clamped(to: 0..<chapterCount)
            html += "<h3><a href=\"\(file)\">Volume \(k + 1)</a>: \(Self.label(range, glossary: run.upperBound > chapterCount))</h3>\n"
            if !range.isEmpty {
                html += "<ol class=\"contents\" start=\"\(range.lowerBound + 1)\">\n"
                for c in course.chapters[range] {
                    html += "<li><a href=\"\(file)#\(Self.chapterID(c.slug))\">\(XML.escape(c.title))</a></li>\n"
                }
                html += "</ol>\n"
            }
        }
        return html + "</nav>\n<p>Each chapter ends with its references; the <a href=\"references.html\">references</a> "
            + "list every source with the sections that cite it.</p>\n"
    }
}
