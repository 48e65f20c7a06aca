/// How a page addresses the rest of the publication. The site keeps chapters
/// in `chapters/` beside top-level pages; the EPUB keeps every page in one
/// folder with `.xhtml` names. Only relative links, so both work anywhere.
public struct PageLinks: Sendable {
    public var pageExtension: String
    /// Prefix from a chapter page to the publication root ("../" in the site).
    public var toRoot: String
    /// Prefix from a chapter page to a sibling chapter.
    public var toChapters: String
    public var isEPUB: Bool

    public static let siteChapter = PageLinks(pageExtension: "html", toRoot: "../", toChapters: "", isEPUB: false)
    public static let siteRoot = PageLinks(pageExtension: "html", toRoot: "", toChapters: "chapters/", isEPUB: false)
    public static let epub = PageLinks(pageExtension: "xhtml", toRoot: "", toChapters: "", isEPUB: true)

    public func chapter(_ slug: String, fragment: String? = nil) -> String {
        toChapters + slug + "." + pageExtension + (fragment.map { "#" + $0 } ?? "")
    }

    public func page(_ name: String, fragment: String? = nil) -> String {
        toRoot + name + "." + pageExtension + (fragment.map { "#" + $0 } ?? "")
    }

    public func asset(_ path: String) -> String { toRoot + path }
}
