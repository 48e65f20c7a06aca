/// A chapter's front matter: the YAML between the opening `---` lines.
struct FrontMatter: Sendable {
    var title: String?
    var summary: String?
    /// Objective ids with where each is written, for `objectives.unknown`.
    var objectives: [(id: String, range: SourceRange)] = []

    init() {}
}

/// One chapter after parsing: its source, front matter and Markdown tree.
struct Chapter: Sendable {
    /// 1-based position in the course's order.
    var number: Int
    /// Path relative to the course root, e.g. `chapters/01-intro.md`.
    var path: String
    /// The file name without `.md`: the page's name in the site and the EPUB.
    var slug: String
    var source: SourceText
    var frontMatter: FrontMatter
    var blocks: [Block]

    var title: String { frontMatter.title ?? slug }
}
