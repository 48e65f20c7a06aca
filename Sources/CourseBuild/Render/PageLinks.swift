/// How a page addresses the rest of the publication. The site keeps chapters
/// in `chapters/` beside top-level pages; the EPUB keeps every page in one
/// folder with `.xhtml` names. Only relative links, so both work anywhere.
struct PageLinks: Sendable {
    var pageExtension: String
    /// Prefix from a chapter page to the publication root ("../" in the site).
    var toRoot: String
    /// Prefix from a chapter page to a sibling chapter.
    var toChapters: String
    var isEPUB: Bool

    static let siteChapter = PageLinks(pageExtension: "html", toRoot: "../", toChapters: "", isEPUB: false)
    static let siteRoot = PageLinks(pageExtension: "html", toRoot: "", toChapters: "chapters/", isEPUB: false)
    static let epub = PageLinks(pageExtension: "xhtml", toRoot: "", toChapters: "", isEPUB: true)

    func chapter(_ slug: String, fragment: String? = nil) -> String {
        toChapters + slug + "." + pageExtension + (fragment.map { "#" + $0 } ?? "")
    }

    func page(_ name: String, fragment: String? = nil) -> String {
        toRoot + name + "." + pageExtension + (fragment.map { "#" + $0 } ?? "")
    }

    func asset(_ path: String) -> String { toRoot + path }
}
