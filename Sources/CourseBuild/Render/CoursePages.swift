import Foundation

/// The course-wide pages' bodies, shared by the site and the EPUB: the
/// objectives coverage matrix, the glossary, the bibliography with the places
/// that cite each entry, search, and the 404 page.
enum CoursePages {
    static func objectives(_ index: CourseIndex, _ facts: [ChapterFacts], _ links: PageLinks) -> String {
        var html = "<h1>Objectives</h1>\n<p>Each learning objective of the course with the chapters, and the sections, that cover it.</p>\n"
        html += "<div class=\"table-wrap\">\n<table>\n<thead><tr><th scope=\"col\">Objective</th><th scope=\"col\">Covered in</th></tr></thead>\n<tbody>\n"
        for objective in index.course.config.objectives {
            var places: [String] = []
            for (i, chapter) in index.course.chapters.enumerated() {
                let sections = facts[i].objectiveLinks.filter { $0.id == objective.id }
                let declared = chapter.frontMatter.objectives.contains { $0.id == objective.id }
                guard declared || !sections.isEmpty else { continue }
                var place = "<a href=\"\(links.chapter(chapter.slug))\">\(chapter.number). \(XML.escape(chapter.title))</a>"
                let sectionLinks = sections.compactMap { s in
                    s.sectionID.map { "<a href=\"\(links.chapter(chapter.slug, fragment: $0))\">\(XML.escape(s.sectionTitle ?? $0))</a>" }
                }
                if !sectionLinks.isEmpty { place += " (" + sectionLinks.joined(separator: ", ") + ")" }
                places.append(place)
            }
            html += "<tr id=\"objective-\(XML.escape(objective.id))\"><td>\(XML.escape(objective.text))</td><td>"
            html += places.isEmpty ? "<em>not yet covered</em>" : places.joined(separator: "<br />")
            html += "</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    /// Course-wide pages must not grow with chapters × items: at 1,000 chapters
    /// quoting every citing sentence made `references.html` 36 MB and listing every
    /// chapter under each term made the glossary 1.8 MB. These caps bound them.
    enum Caps {
        /// Chapters linked under a glossary term; beyond it, the count and the first ones.
        static let glossaryChapters = 12
        /// Citing sections linked under a reference; beyond it, the count and the first ones.
        static let citingSections = 5
        /// Bytes of one references page's body before the list continues on the next page:
        /// under 2 MB for a site page, under 1 MB for an ebook file.
        static let siteReferencesBytes = 1_500_000
        static let epubReferencesBytes = 700_000
    }

    static func glossary(_ index: CourseIndex, _ facts: [ChapterFacts], _ links: PageLinks, chapterCap: Int = Caps.glossaryChapters) -> String {
        let terms = index.course.glossary.sorted { $0.term.localizedCaseInsensitiveCompare($1.term) == .orderedAscending }
        let dlType = links.isEPUB ? " epub:type=\"glossary\"" : ""
        var html = "<h1>Glossary</h1>\n<dl class=\"glossary\"\(dlType)>\n"
        for term in terms {
            let termType = links.isEPUB ? " epub:type=\"glossterm\"" : ""
            let defType = links.isEPUB ? " epub:type=\"glossdef\"" : ""
            html += "<dt id=\"term-\(XML.escape(term.id))\"\(termType)><dfn>\(XML.escape(term.term))</dfn>"
            if !term.aliases.isEmpty { html += " <span class=\"aliases\">(\(XML.escape(term.aliases.joined(separator: ", "))))</span>" }
            html += "</dt>\n<dd\(defType)><p>\(XML.escape(term.definition))</p>"
            let see = term.see.compactMap(index.course.glossary.seeTarget)
            if !see.isEmpty {
                html += "<p>See also: " + see.map { "<a href=\"#term-\($0.id)\">\(XML.escape($0.term))</a>" }.joined(separator: ", ") + ".</p>"
            }
            let users = index.course.chapters.indices.filter { facts[$0].termsUsed.contains(term.id) }
            if !users.isEmpty {
                let chapterLinks = users.prefix(chapterCap).map { i -> String in
                    let c = index.course.chapters[i]
                    return "<a href=\"\(links.chapter(c.slug))\">\(c.number). \(XML.escape(c.title))</a>"
                }
                if users.count > chapterCap {
                    html += "<p class=\"citing-places\">Used in \(users.count) chapters; first in: "
                        + chapterLinks.joined(separator: ", ") + ", and \(users.count - chapterCap) more.</p>"
                } else {
                    html += "<p class=\"citing-places\">Used in: " + chapterLinks.joined(separator: ", ") + ".</p>"
                }
            }
            html += "</dd>\n"
        }
        return html + "</dl>\n"
    }

    /// One page of a part split by size (the references, the print edition): its name without extension.
    struct Page {
        var name: String
        var title: String
        var body: String
    }

    /// Every cited entry with the sections that cite it (each section once, the
    /// first `sectionCap` of them, then how many more and how many citing sentences
    /// in all). The sentences themselves are quoted per chapter in the claims review
    /// (`review/chapters/`): quoting them here made the page grow with every citation.
    /// A list longer than `budget` bytes continues on `references-2`, `references-3`, …,
    /// each page listing the others.
    static func references(
        _ index: CourseIndex, _ facts: [ChapterFacts], _ formatted: FormattedReferences, _ links: PageLinks,
        budget: Int, sectionCap: Int = Caps.citingSections
    ) -> [Page] {
        let formatter = index.citationFormatter
        let isAPA = index.course.config.citationStyle == .apa
        // Under a Vancouver chapter's heading a place needs only its section's title.
        func entryHTML(_ entry: BibEntry, id: String, cites: [ChapterFacts.CitingPlace]) -> String {
            var li = "<li id=\"\(XML.escape(id))\">\(formatted.html(entry))"
            if let design = entry.evidence { li += " <span class=\"evidence\">\(XML.escape(design))</span>" }
            if !cites.isEmpty {
                li += "\n<ul class=\"citing-places\">\n"
                var linked: Set<String> = []
                for place in cites {
                    let c = index.course.chapters[place.chapter]
                    let href = links.chapter(c.slug, fragment: place.sectionID)
                    guard linked.insert(href).inserted, linked.count <= sectionCap else { continue }
                    let whereText = isAPA ? "\(c.number). \(c.title)" + (place.sectionTitle.map { " › " + $0 } ?? "")
                        : place.sectionTitle ?? "\(c.number). \(c.title)"
                    li += "<li><a href=\"\(href)\">\(XML.escape(whereText))</a></li>\n"
                }
                if linked.count > sectionCap {
                    li += "<li>and \(linked.count - sectionCap) more sections (\(cites.count) citing sentences in \(linked.count) sections in all)</li>\n"
                }
                li += "</ul>\n"
            }
            return li + "</li>\n"
        }
        // Blocks that a page break may fall between, each with the label of what it lists.
        var blocks: [(html: String, label: String)] = []
        if isAPA {
            // One list for the course, each entry with the places that cite it.
            let places = Dictionary(grouping: facts.flatMap(\.citingPlaces), by: \.key)
            let entries = formatter.sortedForBibliography(index.course.bibliography.filter { places[$0.key] != nil })
            blocks = entries.map { (entryHTML($0, id: "bib-" + $0.key, cites: places[$0.key] ?? []), $0.key) }
        } else {
            // Vancouver numbers per chapter, so a list per chapter.
            for (i, chapter) in index.course.chapters.enumerated() where !facts[i].citations.keys.isEmpty {
                let places = Dictionary(grouping: facts[i].citingPlaces, by: \.key)
                var html = "<h2 id=\"refs-\(XML.escape(chapter.slug))\">\(chapter.number). \(XML.escape(chapter.title))</h2>\n<ol>\n"
                for key in facts[i].citations.keys {
                    guard let entry = index.entries[key] else { continue }
                    html += entryHTML(entry, id: "bib-\(i + 1)-" + key, cites: places[key] ?? [])
                }
                blocks.append((html + "</ol>\n", "\(chapter.number)"))
            }
        }
        // One page even when nothing is cited.
        let runs = blocks.isEmpty ? [0..<0] : SizeBudget.runs(blocks.map(\.html.utf8.count), budget: budget)
        let parts = runs.map { Array(blocks[$0]) }
        let names = parts.indices.map { $0 == 0 ? "references" : "references-\($0 + 1)" }
        let ranges = parts.map { part -> String in
            guard let first = part.first?.label, let last = part.last?.label else { return "" }
            let what = isAPA ? "" : (first == last ? "chapter " : "chapters ")
            return what + (first == last ? first : "\(first)–\(last)")
        }
        let epubType = links.isEPUB ? " epub:type=\"bibliography\"" : ""
        return parts.indices.map { k in
            var html = "<h1>References</h1>\n"
            if parts.count > 1 {
                html += "<nav class=\"pages\" aria-label=\"References pages\"><p>Page \(k + 1) of \(parts.count): "
                html += parts.indices.map { j in
                    j == k ? "<strong>\(XML.escape(ranges[j]))</strong>"
                        : "<a href=\"\(links.page(names[j]))\">\(XML.escape(ranges[j]))</a>"
                }.joined(separator: " · ") + "</p></nav>\n"
            }
            html += "<section\(epubType) aria-label=\"Bibliography\">\n"
            if isAPA { html += "<ul class=\"bibliography\">\n" }
            html += parts[k].map(\.html).joined()
            if isAPA { html += "</ul>\n" }
            let title = parts.count > 1 && k > 0 ? "References (\(ranges[k]))" : "References"
            return Page(name: names[k], title: title, body: html + "</section>\n")
        }
    }

    /// The search page: a plain GET form to itself, so `search.html?q=…` (from
    /// any page's search box) runs the query; search.js reads `q` and shows results.
    static func search() -> String {
        """
        <h1>Search</h1>
        <form id="search-form" class="search-form" role="search" action="search.html" method="get">
        <label for="search-input">Search the course</label>
        <input id="search-input" type="search" name="q" autocomplete="off" />
        <button type="submit">Search</button>
        </form>
        <p id="search-status" role="status"></p>
        <ol id="search-results" class="search-results"></ol>
        <noscript><p>Search needs JavaScript. Every chapter is listed in the <a href="index.html#contents">contents</a>.</p></noscript>

        """
    }

    static func notFound() -> String {
        "<h1>Page not found</h1>\n<p>This page does not exist. Go to the <a href=\"index.html\">course home page</a>.</p>\n"
    }

    /// Every page of the site but the error page, in the order rendered (the
    /// references' pages are known only once they are split).
    static func sitemap(_ index: CourseIndex, pages rendered: [String]) -> String? {
        guard let base = index.course.config.baseURL.map({ $0.hasSuffix("/") ? $0 : $0 + "/" }) else { return nil }
        let pages = rendered.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages { xml += "<url><loc>\(XML.escape(base + page))</loc></url>\n" }
        return xml + "</urlset>\n"
    }
}
