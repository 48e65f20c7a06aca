/// A chapter's body rendered once for every output. Nearly all of it is the
/// same everywhere; what differs is kept in parts of its own and written out
/// per page: link targets (the site's chapter pages, the print edition at the
/// site's root and the EPUB's `.xhtml` pages each address the rest from
/// elsewhere) and what only the web or only the EPUB shows (how a quiz
/// offers its answers, which use of a term is its first).
struct ChapterMarkup: Sendable {
    /// Which outputs a part is for: the web (site pages and the print edition), the EPUB, or both.
    struct Editions: OptionSet, Sendable {
        let rawValue: UInt8
        static let web = Editions(rawValue: 1)
        static let epub = Editions(rawValue: 2)
        static let all: Editions = [.web, .epub]

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ links: PageLinks) { self = links.isEPUB ? .epub : .web }
    }

    /// A link target as the page it is written into addresses it.
    enum Href: Sendable {
        /// The same from every page: a web address or a place on this page.
        case fixed(String)
        case chapter(slug: String, fragment: String?)
        /// A course-wide page: objectives, glossary.
        case page(String, fragment: String)
        case asset(String)

        /// The target escaped for an attribute.
        func written(for links: PageLinks) -> String {
            switch self {
            case .fixed(let url): return XML.escape(url)
            case .chapter(let slug, let fragment): return XML.escape(links.chapter(slug, fragment: fragment))
            case .page(let name, let fragment): return XML.escape(links.page(name, fragment: fragment))
            case .asset(let path): return XML.escape(XML.percentEncodeURL(links.asset(path)))
            }
        }
    }

    private enum Content: Sendable {
        case markup(String)
        case href(Href)
    }

    private struct Part: Sendable {
        var content: Content
        var editions: Editions
    }

    private var parts: [Part] = []
    private var byteCount = 0

    mutating func append(_ markup: String, for editions: Editions) {
        guard !markup.isEmpty else { return }
        parts.append(Part(content: .markup(markup), editions: editions))
        byteCount += markup.utf8.count
    }

    mutating func append(_ href: Href, for editions: Editions) {
        parts.append(Part(content: .href(href), editions: editions))
    }

    /// The last byte of markup appended, whichever edition it is for: parts
    /// for one edition only stand inside a block, so at a block's end the
    /// editions agree on whether a line has been ended.
    var lastByte: UInt8? {
        for part in parts.reversed() {
            if case .markup(let text) = part.content { return text.utf8.last }
        }
        return nil
    }

    /// The body as the page that `links` describes shows it.
    func written(for links: PageLinks) -> String {
        let edition = Editions(links)
        var html = ""
        html.reserveCapacity(byteCount + byteCount / 16)
        for part in parts where part.editions.contains(edition) {
            switch part.content {
            case .markup(let text): html += text
            case .href(let href): html += href.written(for: links)
            }
        }
        return html
    }
}
