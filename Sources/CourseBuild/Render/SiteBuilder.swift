import Foundation

/// The `render` stage for the static site: every page as an `OutputFile`
/// under `site/`. Pages link relatively, so the site works from any server,
/// any sub-path, and from file://.
struct SiteBuilder {
    let index: CourseIndex
    let facts: [ChapterFacts]
    /// Each chapter's body, rendered once for the site, the print edition and the EPUB.
    let bodies: [ChapterMarkup]
    let templates: TemplateSet
    let references: FormattedReferences
    let epubFileName: String?
    /// In `serve`: pages made before from equal inputs, reused.
    var memo: RebuildMemo? = nil

    var course: Course { index.course }

    /// The pages to render, paths relative to `site/`.
    func pageJobs() throws -> [PageJob] {
        var jobs = [
            // Split by size: one job for all their pages, run in the pool (made before the
            // pool, the list kept a core idle for a seventh of a second at 1,000 chapters).
            PageJob(isLong: true, pages: {
                try memo.reuse("site/references", inputs: { PageInputs.citations(facts, $0) }) {
                    try CoursePages.references(index, facts, references, .siteRoot, budget: CoursePages.Caps.siteReferencesBytes).map { part in
                        try page(part.name + ".html", title: part.title, body: part.body)
                    }
                }
            }),
            PageJob(isLong: true) {
                try memo.reuse("site/glossary", inputs: { PageInputs.glossary(facts, $0) }) {
                    try page("glossary.html", title: "Glossary", body: CoursePages.glossary(index, facts, .siteRoot))
                }
            },
            // Every chapter's text: any edit changes it (in serve, only its chapter's part is made again).
            PageJob(isLong: true, pages: { try SearchIndex.files(index, facts, memo: memo) }),
            PageJob(isLong: true, pages: {
                let edition = PrintEdition(index: index, facts: facts, bodies: bodies, templates: templates, references: references, memo: memo)
                return try edition.pages().map { try page($0.name + ".html", title: $0.title, body: $0.body, sidebar: false) }
            }),
            // The home page lists what the outline holds; the objectives page also each chapter's objective links.
            PageJob {
                try memo.reuse("site/index", inputs: { PageInputs.outline($0) }) {
                    try page("index.html", title: course.config.title, body: indexBody(), root: true)
                }
            },
            PageJob {
                try memo.reuse("site/objectives", inputs: { PageInputs.objectives(facts, $0) }) {
                    try page("objectives.html", title: "Objectives", body: CoursePages.objectives(index, facts, .siteRoot))
                }
            },
            PageJob { try page("search.html", title: "Search", body: CoursePages.search(), scripts: [SearchIndex.manifest, "assets/search.js"], searchBox: false) },
            PageJob { try page("404.html", title: "Page not found", body: CoursePages.notFound()) },
        ]
        jobs += course.chapters.indices.map { i in
            PageJob { try memo.reuse("site/chapter/\(i)", inputs: { chapterPageInputs(i, $0) }) { try chapterPage(i) } }
        }
        return jobs
    }

    /// What a chapter's page shows: its body, and the titles in its sidebar and pager.
    private func chapterPageInputs(_ i: Int, _ revisions: CourseRevisions) -> AnyHashable {
        let shown = Self.sidebarWindow(chapterCount: course.chapters.count, around: i)
        let titles = [i - 1, i + 1].filter(course.chapters.indices.contains) + shown
        return PageInputs.ChapterPage(body: PageInputs.resolvedChapter(i, revisions), titles: titles.map { course.chapters[$0].title })
    }

    /// The site's files: the rendered pages, then theme files, assets and the sitemap.
    func files(pages: [OutputFile]) -> [OutputFile] {
        var files = pages
        for (name, text) in course.theme.files where !name.hasPrefix("epub") {
            files.append(OutputFile("assets/" + name, text))
        }
        for asset in course.assetFiles {
            if let data = course.assetData[asset] { files.append(OutputFile(asset, data: data)) }
        }
        if let sitemap = CoursePages.sitemap(index, pages: pages.map(\.path)) { files.append(OutputFile("sitemap.xml", sitemap)) }
        return files.map { OutputFile("site/" + $0.path, data: $0.data) }
    }

    private func chapterPage(_ i: Int) throws -> OutputFile {
        let chapters = course.chapters
        let link = { (j: Int) -> LinkView? in
            chapters.indices.contains(j) ? LinkView(href: chapters[j].slug + ".html", title: chapters[j].title) : nil
        }
        let body = ChapterBody(index: index, facts: facts[i], markup: bodies[i], references: references, links: .siteChapter)
        let view = ChapterBody.view(index: index, chapter: i, body: body, links: .siteChapter, previous: link(i - 1), next: link(i + 1))
        let html = try templates.render(view, "chapter")
        return try page("chapters/\(chapters[i].slug).html", title: chapters[i].title, body: html, current: i)
    }

    private func indexBody() throws -> String {
        let config = course.config
        let view = IndexView(
            title: config.title, subtitle: config.subtitle, hasAuthors: !config.authors.isEmpty,
            authors: config.authors.joined(separator: ", "), description: config.description,
            about: config.about.map(MarkdownText.html),
            objectives: config.objectives.map { .init(text: $0.text) },
            chapters: course.chapters.map {
                ContentsEntry(href: "chapters/\($0.slug).html", title: $0.title, summary: $0.frontMatter.summary, current: false)
            },
            epub: epubFileName)
        return try templates.render(view, "index")
    }

    /// A long course's sidebar shows the chapters around the page, not all of
    /// them: listing every chapter on every page makes the site grow with the
    /// square of its length (191 MB for 1,000 chapters) and the list unusable.
    static let sidebarLimit = 30
    static let sidebarReach = 10

    static func sidebarWindow(chapterCount n: Int, around current: Int?) -> Range<Int> {
        guard n > sidebarLimit else { return 0..<n }
        let width = 2 * sidebarReach + 1
        let start = min(max((current ?? 0) - sidebarReach, 0), n - width)
        return start..<(start + width)
    }

    private func page(
        _ path: String, title: String, body: String, root: Bool = false, current: Int? = nil, scripts: [String] = [],
        searchBox: Bool = true, sidebar: Bool = true
    ) throws -> OutputFile {
        let toRoot = path.hasPrefix("chapters/") ? "../" : ""
        let shown = Self.sidebarWindow(chapterCount: course.chapters.count, around: current)
        let contents = shown.map { i in
            let c = course.chapters[i]
            return ContentsEntry(
                href: toRoot.isEmpty ? "chapters/\(c.slug).html" : "\(c.slug).html",
                title: c.title, summary: nil, current: i == current)
        }
        let isWindow = shown.count < course.chapters.count
        let base = course.config.baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let view = LayoutView(
            language: course.config.language,
            pageTitle: root ? title : "\(title) · \(course.config.title)", courseTitle: course.config.title,
            root: toRoot, canonical: base.map { $0 + path }, contents: contents,
            contentsStart: shown.lowerBound > 0 ? shown.lowerBound + 1 : nil,
            allChapters: isWindow ? LinkView(href: toRoot + "index.html#contents", title: "All \(course.chapters.count) chapters") : nil,
            body: body, notice: course.config.notice,
            license: course.config.license, scripts: scripts, searchBox: searchBox, sidebar: sidebar)
        return OutputFile(path, try templates.render(view, "layout"))
    }
}
