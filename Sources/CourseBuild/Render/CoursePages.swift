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

    static func glossary(_ index: CourseIndex, _ facts: [ChapterFacts], _ links: PageLinks) -> String {
        let terms = index.course.glossary.sorted { $0.term.localizedCaseInsensitiveCompare($1.term) == .orderedAscending }
        let dlType = links.isEPUB ? " epub:type=\"glossary\"" : ""
        var html = "<h1>Glossary</h1>\n<dl class=\"glossary\"\(dlType)>\n"
        for term in terms {
            let termType = links.isEPUB ? " epub:type=\"glossterm\"" : ""
            let defType = links.isEPUB ? " epub:type=\"glossdef\"" : ""
            html += "<dt id=\"term-\(XML.escape(term.id))\"\(termType)><dfn>\(XML.escape(term.term))</dfn>"
            if !term.aliases.isEmpty { html += " <span class=\"aliases\">(\(XML.escape(term.aliases.joined(separator: ", "))))</span>" }
            html += "</dt>\n<dd\(defType)><p>\(XML.escape(term.definition))</p>"
            let see = term.see.compactMap { name in index.course.glossary.first { $0.term == name || $0.id == Slug.make(name) } }
            if !see.isEmpty {
                html += "<p>See also: " + see.map { "<a href=\"#term-\($0.id)\">\(XML.escape($0.term))</a>" }.joined(separator: ", ") + ".</p>"
            }
            let users = index.course.chapters.indices.filter { facts[$0].termsUsed.contains(term.id) }
            if !users.isEmpty {
                let chapterLinks = users.map { i -> String in
                    let c = index.course.chapters[i]
                    return "<a href=\"\(links.chapter(c.slug))\">\(c.number). \(XML.escape(c.title))</a>"
                }
                html += "<p class=\"citing-places\">Used in: " + chapterLinks.joined(separator: ", ") + ".</p>"
            }
            html += "</dd>\n"
        }
        return html + "</dl>\n"
    }

    /// Every cited entry with the places that cite it. The site quotes each
    /// citing sentence, so an editor can check the source against its claim;
    /// the ebook links each citing section once, since quoting every sentence
    /// made one back-matter file as large as the book (35 MB at 1,000 chapters).
    /// The print edition links each citing section once as the ebook does (`quotes: false`).
    static func references(
        _ index: CourseIndex, _ facts: [ChapterFacts], _ formatted: FormattedReferences, _ links: PageLinks, quotes: Bool? = nil
    ) -> String {
        let quotes = quotes ?? !links.isEPUB
        let formatter = index.citationFormatter
        let epubType = links.isEPUB ? " epub:type=\"bibliography\"" : ""
        var html = "<h1>References</h1>\n<section\(epubType) aria-label=\"Bibliography\">\n"
        func entryHTML(_ entry: BibEntry, id: String, cites: [ChapterFacts.CitingPlace]) -> String {
            var li = "<li id=\"\(XML.escape(id))\">\(formatted.html(entry))"
            if let design = entry.evidence { li += " <span class=\"evidence\">\(XML.escape(design))</span>" }
            if !cites.isEmpty {
                li += "\n<ul class=\"citing-places\">\n"
                var linked: Set<String> = []
                for place in cites {
                    let c = index.course.chapters[place.chapter]
                    let href = links.chapter(c.slug, fragment: place.sectionID)
                    let whereText = "\(c.number). \(c.title)" + (place.sectionTitle.map { " › " + $0 } ?? "")
                    if !quotes {
                        if linked.insert(href).inserted { li += "<li><a href=\"\(href)\">\(XML.escape(whereText))</a></li>\n" }
                    } else {
                        let quiz = place.inQuiz ? " (a self-check question)" : ""
                        li += "<li><a href=\"\(href)\">\(XML.escape(whereText))</a>\(quiz): “\(XML.escape(place.sentence))”</li>\n"
                    }
                }
                li += "</ul>\n"
            }
            return li + "</li>\n"
        }
        if index.course.config.citationStyle == .apa {
            // One list for the course, each entry with every sentence that cites it.
            let places = Dictionary(grouping: facts.flatMap(\.citingPlaces), by: \.key)
            let entries = formatter.sortedForBibliography(index.course.bibliography.filter { places[$0.key] != nil })
            html += "<ul class=\"bibliography\">\n"
            html += entries.map { entryHTML($0, id: "bib-" + $0.key, cites: places[$0.key] ?? []) }.joined() + "</ul>\n"
        } else {
            // Vancouver numbers per chapter, so a list per chapter with that chapter's sentences.
            for (i, chapter) in index.course.chapters.enumerated() where !facts[i].citations.keys.isEmpty {
                let places = Dictionary(grouping: facts[i].citingPlaces, by: \.key)
                html += "<h2 id=\"refs-\(XML.escape(chapter.slug))\">\(chapter.number). \(XML.escape(chapter.title))</h2>\n<ol>\n"
                for key in facts[i].citations.keys {
                    guard let entry = index.entries[key] else { continue }
                    html += entryHTML(entry, id: "bib-\(i + 1)-" + key, cites: places[key] ?? [])
                }
                html += "</ol>\n"
            }
        }
        return html + "</section>\n"
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

    /// The search index as a script that assigns a global, so that search.js
    /// finds it from file:// as well as from a server (a fetch of JSON fails
    /// from file://). Compact: no field names per entry, only arrays:
    /// `pages` is `[href, title]`, `sections` is `[page, fragment, heading, text]`
    /// (fragment and heading empty for the text before a chapter's first heading).
    /// Chapters, then the glossary's terms. Written directly: JSONEncoder took
    /// half a second over a large course's 18 MB. A plain map: it runs as one
    /// page job in the render pool, where a nested concurrentPerform would run
    /// on one thread anyway.
    static func searchIndexScript(_ index: CourseIndex, _ facts: [ChapterFacts]) -> String {
        var out = "window.coursebuildSearch = {\"pages\":["
        var sections: [String] = []
        for (i, c) in index.course.chapters.enumerated() {
            if i > 0 { out += "," }
            out += "["
            JSONText.quote("chapters/\(c.slug).html", into: &out)
            out += ","
            JSONText.quote("Chapter \(c.number). \(c.title)", into: &out)
            out += "]"
            for section in facts[i].searchSections {
                var entry = "[\(i),"
                JSONText.quote(section.id ?? "", into: &entry)
                entry += ","
                JSONText.quote(section.title ?? "", into: &entry)
                entry += ","
                JSONText.quote(section.text, into: &entry)
                sections.append(entry + "]")
            }
        }
        let glossary = index.course.chapters.count
        if !index.course.glossary.isEmpty {
            out += (glossary > 0 ? "," : "") + "[\"glossary.html\",\"Glossary\"]"
            for term in index.course.glossary {
                var entry = "[\(glossary),"
                JSONText.quote("term-" + term.id, into: &entry)
                entry += ","
                let name = term.aliases.isEmpty ? term.term : "\(term.term) (\(term.aliases.joined(separator: ", ")))"
                JSONText.quote(name, into: &entry)
                entry += ","
                JSONText.quote(term.definition, into: &entry)
                sections.append(entry + "]")
            }
        }
        out += "],\n\"sections\":[\n"
        out += sections.joined(separator: ",\n")
        return out + "]};\n"
    }

    static func sitemap(_ index: CourseIndex) -> String? {
        guard let base = index.course.config.baseURL.map({ $0.hasSuffix("/") ? $0 : $0 + "/" }) else { return nil }
        let pages = ["index.html", "objectives.html", "glossary.html", "references.html"]
            + index.course.chapters.map { "chapters/\($0.slug).html" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages { xml += "<url><loc>\(XML.escape(base + page))</loc></url>\n" }
        return xml + "</urlset>\n"
    }
}
