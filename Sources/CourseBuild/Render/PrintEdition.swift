import Foundation

/// `print.html`: the whole course on one page in reading order — title,
/// contents, every chapter, the glossary and the references — for a browser's
/// "Print" or "Save as PDF". The print stylesheet starts each chapter on a new
/// page, keeps figures with their captions and writes out external links.
/// A course too long for one page is printed in volumes (PrintEdition+Volumes).
///
/// Each chapter's body is written out as for the site (links from the site's root), then
/// its ids are prefixed with its slug so that the chapters' ids cannot collide
/// on one page, and links between the site's pages become links within this one.
struct PrintEdition {
    let index: CourseIndex
    let facts: [ChapterFacts]
    let bodies: [ChapterMarkup]
    let templates: TemplateSet
    let references: FormattedReferences
    /// In `serve`: parts made before from equal inputs.
    var memo: RebuildMemo? = nil

    var course: Course { index.course }

    /// Bytes of a print page's body: with the layout, under the site's 2 MB a page.
    static let pageBytes = 1_900_000

    static let glossaryID = "print-glossary"
    static let referencesID = "print-references"

    static func chapterID(_ slug: String) -> String { "chapter-" + slug }

    /// `print.html` with the whole course when it fits in `budget` bytes; otherwise volumes.
    func pages(budget: Int = Self.pageBytes) throws -> [CoursePages.Page] {
        let chapters = try course.chapters.indices.map { i in
            try memo.reuse("print/chapter/\(i)", inputs: { PageInputs.resolvedChapter(i, $0) }) { try chapter(i) }
        }
        let glossary = glossaryPart()
        let size = (chapters + [glossary]).reduce(0) { $0 + $1.utf8.count }
        // The bibliography is made only for a course that may fit: the volumes leave it out.
        let bibliography = size <= budget ? bibliographyPart() : nil
        guard let bibliography, size + bibliography.utf8.count <= budget else {
            return volumes(chapters: chapters, glossary: glossary, budget: budget)
        }
        let body = cover("The whole course on one page, to print or save as PDF. "
                         + "Read it online from the <a href=\"index.html\">home page</a>.")
            + contents(course.chapters.indices, glossary: !glossary.isEmpty, references: true)
            + chapters.joined() + glossary + bibliography
        return [CoursePages.Page(name: "print", title: "Print edition", body: body)]
    }

    /// The course's title page, with a line (not printed) on how to read it.
    func cover(_ note: String, volume: String? = nil) -> String {
        let config = course.config
        var html = "<header class=\"print-cover\">\n<h1>\(XML.escape(config.title))</h1>\n"
        if let volume { html += "<p class=\"subtitle\">\(volume)</p>\n" }
        if let subtitle = config.subtitle { html += "<p class=\"subtitle\">\(XML.escape(subtitle))</p>\n" }
        if !config.authors.isEmpty { html += "<p class=\"authors\">\(XML.escape(config.authors.joined(separator: ", ")))</p>\n" }
        if let description = config.description { html += "<p class=\"description\">\(XML.escape(description))</p>\n" }
        return html + "<p class=\"print-hide\">\(note)</p>\n</header>\n"
    }

    /// Contents of the chapters in `range`, then of the glossary and the references when on the page.
    func contents(_ range: Range<Int>, glossary: Bool, references: Bool) -> String {
        let start = range.lowerBound > 0 ? " start=\"\(range.lowerBound + 1)\"" : ""
        var html = "<nav class=\"print-contents\" aria-labelledby=\"print-contents-title\">\n"
            + "<h2 id=\"print-contents-title\">Contents</h2>\n<ol class=\"contents\"\(start)>\n"
        for c in course.chapters[range] {
            html += "<li><a href=\"#\(Self.chapterID(c.slug))\">\(XML.escape(c.title))</a></li>\n"
        }
        html += "</ol>\n"
        guard glossary || references else { return html + "</nav>\n" }
        html += "<ul class=\"contents-back\">\n"
        if glossary { html += "<li><a href=\"#\(Self.glossaryID)\">Glossary</a></li>\n" }
        if references { html += "<li><a href=\"#\(Self.referencesID)\">References</a></li>\n" }
        return html + "</ul>\n</nav>\n"
    }

    private func glossaryPart() -> String {
        guard !course.glossary.isEmpty else { return "" }
        return "<section class=\"print-part\" id=\"\(Self.glossaryID)\" aria-label=\"Glossary\">\n"
            + memo.reuse("print/glossary", inputs: { PageInputs.glossary(facts, $0) }) {
                Self.rewrite(CoursePages.glossary(index, facts, .siteRoot), chapterSlug: nil)
            } + "</section>\n"
    }

    /// The course's references in one piece, as the references pages list them.
    private func bibliographyPart() -> String {
        "<section class=\"print-part\" id=\"\(Self.referencesID)\" aria-label=\"References\">\n"
            + memo.reuse("print/references", inputs: { PageInputs.citations(facts, $0) }) {
                Self.rewrite(CoursePages.references(index, facts, references, .siteRoot, budget: .max).map(\.body).joined(), chapterSlug: nil)
            } + "</section>\n"
    }

    /// Chapter `i` as a section of a print page.
    private func chapter(_ i: Int) throws -> String {
        let c = course.chapters[i]
        let body = ChapterBody(index: index, facts: facts[i], markup: bodies[i], references: references, links: .siteRoot)
        let view = ChapterBody.view(index: index, chapter: i, body: body, links: .siteRoot, previous: nil, next: nil)
        let html = try templates.render(view, "chapter")
        return "<section class=\"print-chapter\" id=\"\(Self.chapterID(c.slug))\" aria-label=\"Chapter \(c.number)\">\n"
            + "<span hidden=\"hidden\" id=\"\(c.slug)--print-label\">, chapter \(c.number)</span>\n"
            + Self.rewrite(html, chapterSlug: c.slug, label: "chapter \(c.number)") + "</section>\n"
    }

    /// Ids and links of a page of the site made fit for this one page. In a
    /// chapter (`chapterSlug` set) every id gains the slug as a prefix; and
    /// since each chapter repeats the same labelled regions ("In this
    /// chapter", "References", "Question 1"), their names gain the chapter's
    /// number, so that each landmark's name stays unique. Headings go one
    /// level down, under the course's title, and `title` attributes go. Links
    /// within the page (citations, glossary terms, cross-references, citing
    /// places) become plain text: on paper they are the numbers and words they
    /// show, and three thousand links into one page made a link checker take a
    /// quarter of an hour over the flagship. Links out of the page stay links.
    static func rewrite(_ html: String, chapterSlug slug: String?, label: String? = nil) -> String {
        // Bytes, not String searches: Foundation's range(of:) on a growing page
        // converted UTF-16 offsets from the start each time, which made the
        // references part quadratic (37 s for 100 chapters).
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 16)
        var unlinked: Int?  // where in `out` an <a> made a <span> starts, its </a> still to come
        var lastAnchor: Int?  // where in `out` the latest "<a " starts
        func copy(_ range: Range<Int>) {
            var k = range.lowerBound
            while k < range.upperBound {
                // Runs without a tag are copied whole.
                let tag = bytes[k..<range.upperBound].firstIndex(of: UInt8(ascii: "<")) ?? range.upperBound
                out += bytes[k..<tag]
                k = tag
                guard k < range.upperBound else { break }
                if let open = unlinked, bytes.has("</a>", at: k) {
                    // A span with at most a class (a citation's, a term's) means nothing on paper:
                    // the text alone, which saved a ninth of a volume's bytes.
                    if let end = out.bareSpanEnd(at: open) {
                        out.removeSubrange(open...end)
                    } else {
                        out += Array("</span>".utf8)
                    }
                    unlinked = nil
                    k += 4
                    continue
                }
                if bytes.has("<a ", at: k) { lastAnchor = out.count }
                out.append(bytes[k])
                k += 1
            }
        }
        var i = 0
        // One pass over each `name="value"`: the value of the attributes that name ids is rewritten.
        while let eq = bytes.firstIndex(of: "=\"", from: i) {
            var start = eq
            while start > i, bytes[start - 1] == UInt8(ascii: "-") || (bytes[start - 1] | 0x20) >= 0x61 && (bytes[start - 1] | 0x20) <= 0x7A {
                start -= 1
            }
            let name = bytes[start..<eq]
            let close = bytes[(eq + 2)...].firstIndex(of: UInt8(ascii: "\"")) ?? bytes.count
            guard Self.rewrittenAttributes.contains(where: { $0.elementsEqual(name) }) else {
                // Kept as it is, without making strings of it: most attributes of a page.
                copy(i..<(eq + 2))
                out += bytes[(eq + 2)..<close]
                i = close
                continue
            }
            let value = String(decoding: bytes[(eq + 2)..<close], as: UTF8.self)
            if name.elementsEqual("href".utf8), case let target = link(value, chapterSlug: slug), target.hasPrefix("#") {
                // <a … href="#x" …> becomes <span …>.
                copy(i..<eq)
                if let open = lastAnchor {
                    out.replaceSubrange(open..<(open + 3), with: Array("<span ".utf8))
                    unlinked = open
                    lastAnchor = nil
                }
                out.removeLast(name.count + 1)  // " href"
                i = min(close + 1, bytes.count)
                continue
            }
            if name.elementsEqual("title".utf8), start > i, bytes[start - 1] == UInt8(ascii: " ") {
                // On paper a title shows nowhere: a glossary term's definition was 7% of a volume.
                copy(i..<(start - 1))
                i = min(close + 1, bytes.count)
                continue
            }
            copy(i..<(eq + 2))
            i = close
            let rewritten: String
            switch String(decoding: name, as: UTF8.self) {
            case "id": rewritten = slug.map { "\($0)--" + value } ?? value
            case "aria-labelledby":
                rewritten = slug.map { slug in
                    value.split(separator: " ").map { "\(slug)--\($0)" }.joined(separator: " ") + " \(slug)--print-label"
                } ?? value
            case "aria-label": rewritten = label.map { value + ", " + $0 } ?? value
            case "href": rewritten = link(value, chapterSlug: slug)
            default: rewritten = value
            }
            out += Array(rewritten.utf8)
        }
        copy(i..<bytes.count)
        return String(decoding: Self.headingsOneLevelDown(out), as: UTF8.self)
    }

    /// The attributes `rewrite` reads: ids and links rewritten, titles dropped; every other one is copied as bytes.
    private static let rewrittenAttributes = ["id", "aria-labelledby", "aria-label", "href", "title"].map { Array($0.utf8) }

    /// `<h1>`…`<h5>` and their closing tags one level down, under the course's title.
    static func headingsOneLevelDown(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for k in out.indices where out[k] == UInt8(ascii: "<") {
            let digit = out.has("</h", at: k) ? k + 3 : out.has("<h", at: k) ? k + 2 : nil
            if let d = digit, d < out.count, (UInt8(ascii: "1")...UInt8(ascii: "5")).contains(out[d]),
               d + 1 < out.count, out[d + 1] == UInt8(ascii: ">") || out[d + 1] == UInt8(ascii: " ") {
                out[d] += 1
            }
        }
        return out
    }

    /// A link of the site as a link within print.html, or as it was when it leaves the print edition.
    static func link(_ href: String, chapterSlug slug: String?) -> String {
        if href.hasPrefix("#") { return slug.map { "#\($0)--" + href.dropFirst() } ?? href }
        // By byte: a rendered href is ASCII (percent-encoded), and a Character search cost 1.3% of a build.
        let (path, fragment) = href.utf8.firstIndex(of: UInt8(ascii: "#")).map { (String(href[..<$0]), String(href[href.index(after: $0)...])) }
            ?? (href, nil)
        if path.hasPrefix("chapters/"), path.hasSuffix(".html"), !path.dropFirst(9).contains("/") {
            let target = String(path.dropFirst(9).dropLast(5))
            return fragment.map { "#\(target)--\($0)" } ?? "#" + chapterID(target)
        }
        switch path {
        case "glossary.html": return "#" + (fragment ?? glossaryID)
        case "references.html": return "#" + (fragment ?? referencesID)
        default: return href
        }
    }
}

private extension Array where Element == UInt8 {
    /// The `>` of a `<span>` or `<span class="…">` starting at `k`; nil for a span with more attributes.
    func bareSpanEnd(at k: Int) -> Int? {
        guard let end = self[k...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let attributes = self[k..<end].count { $0 == UInt8(ascii: "=") }
        return attributes == 0 || attributes == 1 && has("<span class=\"", at: k) ? end : nil
    }

    func has(_ text: StaticString, at k: Int) -> Bool {
        let n = text.utf8CodeUnitCount
        guard k + n <= count else { return false }
        return text.withUTF8Buffer { pattern in (0..<n).allSatisfy { self[k + $0] == pattern[$0] } }
    }

    /// The first index of `text` at or after `start`.
    func firstIndex(of text: StaticString, from start: Int) -> Int? {
        let first = text.utf8Start.pointee
        var k = start
        while k < count, let candidate = self[k...].firstIndex(of: first) {
            if has(text, at: candidate) { return candidate }
            k = candidate + 1
        }
        return nil
    }
}
