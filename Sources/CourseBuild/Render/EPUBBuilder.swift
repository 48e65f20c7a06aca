import Foundation

/// The `render` stage for the ebook: the EPUB 3 bundle as `OutputFile`s under
/// `epub/` (mimetype, container, OPF with accessibility metadata, nav, one
/// XHTML page per chapter, glossary and bibliography with `epub:type`).
struct EPUBBuilder {
    let index: CourseIndex
    let facts: [ChapterFacts]
    /// Each chapter's body, rendered once for the site, the print edition and the EPUB.
    let bodies: [ChapterMarkup]
    let templates: TemplateSet
    let references: FormattedReferences
    let modified: Date

    var course: Course { index.course }
    static let mediaTypes = ["png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
                             "svg": "image/svg+xml", "webp": "image/webp"]

    /// A page's entry in the contents and the manifest.
    struct Entry {
        var id: String
        var title: String
    }

    /// The book's pages in reading order, as jobs for the render pool.
    struct Pages {
        var jobs: [PageJob]
        /// The entries of the pages before the references.
        var fixed: [Entry]
        /// The references' entries, known once their job has split them by size.
        let references: LockedValue<[Entry]>
        /// One entry per rendered page, in order; complete once the jobs have run.
        var entries: [Entry] { fixed + references.value }
    }

    /// The pages in reading order; the references last.
    func pages() -> Pages {
        var pages: [(entry: Entry, job: PageJob)] = [(Entry(id: "cover", title: course.config.title), PageJob {
            try page("cover.xhtml", title: course.config.title, type: "cover", role: nil, body: cover())
        })]
        pages += course.chapters.indices.map { i in
            (Entry(id: "chapter-\(i + 1)", title: course.chapters[i].title), PageJob { try chapterPage(i) })
        }
        pages.append((Entry(id: "objectives", title: "Objectives"), PageJob {
            try page("objectives.xhtml", title: "Objectives", type: "appendix", role: nil, body: CoursePages.objectives(index, facts, .epub))
        }))
        if !course.glossary.isEmpty {
            pages.append((Entry(id: "glossary", title: "Glossary"), PageJob(isLong: true) {
                try page("glossary.xhtml", title: "Glossary", type: "glossary", role: "doc-glossary", body: CoursePages.glossary(index, facts, .epub))
            }))
        }
        let references = LockedValue<[Entry]>([])
        return Pages(jobs: pages.map { $0.job } + [referencesJob(entries: references)], fixed: pages.map { $0.entry }, references: references)
    }

    /// The references' pages as one job in the pool (made before it, they kept a core
    /// idle for a seventh of a second at 1,000 chapters); their entries go to `entries`.
    private func referencesJob(entries: LockedValue<[Entry]>) -> PageJob {
        PageJob(isLong: true, pages: {
            // Split by size: e-readers handle files of a few hundred kilobytes best.
            let parts = CoursePages.references(index, facts, references, .epub, budget: CoursePages.Caps.epubReferencesBytes)
            entries.value = parts.map { Entry(id: $0.name, title: $0.title) }
            return try parts.map { part in
                try page(part.name + ".xhtml", title: part.title, type: "backmatter", role: nil, body: part.body)
            }
        })
    }

    /// The book's files, paths relative to the bundle folder, around its rendered pages.
    func files(_ pages: Pages, rendered: [OutputFile]) -> [OutputFile] {
        let pages = zip(pages.entries, rendered).map { (id: $0.id, file: $1, title: $0.title) }
        var files = [OutputFile("mimetype", "application/epub+zip"), OutputFile("META-INF/container.xml", Self.container)]
        files += pages.map { OutputFile("OEBPS/" + $0.file.path, data: $0.file.data) }
        files.append(OutputFile("OEBPS/nav.xhtml", nav(pages.map { ($0.file.path, $0.title) })))
        let css = course.theme.files["epub.css"] ?? ""
        files.append(OutputFile("OEBPS/assets/epub.css", css))
        var images = course.assetFiles.filter { Self.mediaTypes[($0 as NSString).pathExtension.lowercased()] != nil }
        for image in images {
            if let data = course.assetData[image] { files.append(OutputFile("OEBPS/" + image, data: data)) }
        }
        if coverImage == Self.drawnCover {
            let c = course.config
            files.append(OutputFile("OEBPS/" + Self.drawnCover, CoverImage.svg(title: c.title, subtitle: c.subtitle, authors: c.authors)))
            images.append(Self.drawnCover)
        }
        files.append(OutputFile("OEBPS/content.opf", opf(pages: pages.map { ($0.id, $0.file.path) }, images: images)))
        return files
    }

    private func chapterPage(_ i: Int) throws -> OutputFile {
        let body = ChapterBody(index: index, facts: facts[i], markup: bodies[i], references: references, links: .epub)
        let view = ChapterBody.view(index: index, chapter: i, body: body, links: .epub, previous: nil, next: nil)
        let html = try templates.render(view, "chapter")
        return try page("\(course.chapters[i].slug).xhtml", title: course.chapters[i].title, type: "chapter", role: "doc-chapter", body: html)
    }

    static let drawnCover = "cover.svg"

    /// The cover image inside OEBPS: course.yml's `cover:` when it names an image among
    /// the assets, else the one drawn from the title.
    var coverImage: String {
        if let path = course.config.cover?.path, course.assetFiles.contains(path),
            Self.mediaTypes[(path as NSString).pathExtension.lowercased()] != nil
        {
            return path
        }
        return Self.drawnCover
    }

    private func cover() -> String {
        let c = course.config
        var html = "<p class=\"cover-image\"><img src=\"\(XML.escape(coverImage))\" alt=\"\(XML.escape("Cover: " + c.title))\" /></p>\n"
        html += "<h1>\(XML.escape(c.title))</h1>\n"
        if let s = c.subtitle { html += "<p class=\"subtitle\">\(XML.escape(s))</p>\n" }
        if !c.authors.isEmpty { html += "<p>\(XML.escape(c.authors.joined(separator: ", ")))</p>\n" }
        if let d = c.description { html += "<p>\(XML.escape(d))</p>\n" }
        if let n = c.notice { html += "<p class=\"notice\"><strong>\(XML.escape(n))</strong></p>\n" }
        return html
    }

    private func page(_ path: String, title: String, type: String, role: String?, body: String) throws -> OutputFile {
        let view = EPUBPageView(language: course.config.language, pageTitle: title, epubType: type, role: role, body: body)
        return OutputFile(path, try templates.render(view, "epub-page"))
    }

    private func nav(_ pages: [(path: String, title: String)]) -> String {
        var xhtml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="\(XML.escape(course.config.language))" xml:lang="\(XML.escape(course.config.language))">
            <head><meta charset="utf-8" /><title>Contents</title></head>
            <body>
            <nav epub:type="toc" id="toc" role="doc-toc" aria-label="Contents">
            <h1>Contents</h1>
            <ol>

            """
        for page in pages {
            // Link to the page's first heading so every toc entry has a fragment target.
            xhtml += "<li><a href=\"\(XML.escape(page.path))\">\(XML.escape(page.title))</a></li>\n"
        }
        xhtml += "</ol>\n</nav>\n<nav epub:type=\"landmarks\" aria-label=\"Landmarks\" hidden=\"hidden\">\n<ol>\n"
        xhtml += "<li><a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a></li>\n"
        if let first = course.chapters.first {
            xhtml += "<li><a epub:type=\"bodymatter\" href=\"\(XML.escape(first.slug)).xhtml\">Start of content</a></li>\n"
        }
        return xhtml + "</ol>\n</nav>\n</body>\n</html>\n"
    }

    private func opf(pages: [(id: String, path: String)], images: [String]) -> String {
        let c = course.config
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let identifier = c.identifier ?? "urn:coursebuild:" + Slug.make(c.title)
        var opf = """
            <?xml version="1.0" encoding="UTF-8"?>
            <package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="\(XML.escape(c.language))">
            <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier id="book-id">\(XML.escape(identifier))</dc:identifier>
            <dc:title>\(XML.escape(c.title + (c.subtitle.map { ": " + $0 } ?? "")))</dc:title>
            <dc:language>\(XML.escape(c.language))</dc:language>
            <meta property="dcterms:modified">\(formatter.string(from: modified))</meta>

            """
        for author in c.authors { opf += "<dc:creator>\(XML.escape(author))</dc:creator>\n" }
        if let d = c.description { opf += "<dc:description>\(XML.escape(d))</dc:description>\n" }
        if let l = c.license { opf += "<dc:rights>\(XML.escape(l))</dc:rights>\n" }
        opf += """
            <meta property="schema:accessMode">textual</meta>
            <meta property="schema:accessModeSufficient">textual</meta>
            <meta property="schema:accessibilityFeature">structuralNavigation</meta>
            <meta property="schema:accessibilityFeature">tableOfContents</meta>
            <meta property="schema:accessibilityFeature">readingOrder</meta>
            <meta property="schema:accessibilityFeature">alternativeText</meta>
            <meta property="schema:accessibilityHazard">none</meta>
            <meta property="schema:accessibilitySummary">Text with headings, tables with header cells, figures with alternative text and a navigable table of contents.</meta>
            </metadata>
            <manifest>
            <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
            <item id="css" href="assets/epub.css" media-type="text/css"/>

            """
        for page in pages { opf += "<item id=\"\(page.id)\" href=\"\(XML.escape(page.path))\" media-type=\"application/xhtml+xml\"/>\n" }
        for (i, image) in images.enumerated() {
            let type = Self.mediaTypes[(image as NSString).pathExtension.lowercased()] ?? "application/octet-stream"
            let properties = image == coverImage ? " properties=\"cover-image\"" : ""
            opf += "<item id=\"image-\(i + 1)\" href=\"\(XML.escape(image))\" media-type=\"\(type)\"\(properties)/>\n"
        }
        opf += "</manifest>\n<spine>\n"
        for page in pages { opf += "<itemref idref=\"\(page.id)\"/>\n" }
        return opf + "</spine>\n</package>\n"
    }

    static let container = """
        <?xml version="1.0" encoding="UTF-8"?>
        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
        </container>

        """
}
