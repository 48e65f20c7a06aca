/// A chapter's front matter: the YAML between the opening `---` lines.
public struct FrontMatter: Sendable {
    public var title: String?
    public var summary: String?
    /// Objective ids with where each is written, for `objectives.unknown`.
    public var objectives: [(id: String, range: SourceRange)] = []

    public init() {}
}

/// One chapter after parsing: its source, front matter and Markdown tree.
public struct Chapter: Sendable {
    /// 1-based position in the course's order.
    public var number: Int
    /// Path relative to the course root, e.g. `chapters/01-intro.md`.
    public var path: String
    /// The file name without `.md`: the page's name in the site and the EPUB.
    public var slug: String
    public var source: SourceText
    public var frontMatter: FrontMatter
    public var blocks: [Block]

    public var title: String { frontMatter.title ?? slug }
}
