import Foundation

/// A run of a formatted reference: plain text, an italic title or volume, or
/// a link. Styles build lists of pieces; one renderer turns them into XHTML
/// (escaped, well-formed) and another into plain text, so both always agree.
enum ReferencePiece: Equatable {
    case text(String)
    case italic(String)
    case link(href: String, text: String)

    /// XHTML fragment: every text escaped, italics in `<i>`, links as `<a href>`.
    static func html(_ pieces: [ReferencePiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let t): return XML.escape(t)
            case .italic(let t): return "<i>\(XML.escape(t))</i>"
            case .link(let href, let t):
                return "<a href=\"\(XML.escape(href))\">\(XML.escape(t))</a>"
            }
        }.joined()
    }

    /// The same reference without markup, for logs, search and tests.
    static func plain(_ pieces: [ReferencePiece]) -> String {
        pieces.map { piece in
            switch piece {
            case .text(let t), .italic(let t), .link(_, let t): return t
            }
        }.joined()
    }

    /// A DOI as a link to doi.org; a DOI written as a URL or with "doi:" is
    /// reduced to its "10.…" form first.
    static func doiURL(_ doi: String) -> (href: String, doi: String) {
        var bare = doi.trimmingWhitespace()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"]
        where bare.lowercased().hasPrefix(prefix) {
            bare = bare.dropFirst(prefix.count).trimmingWhitespace()
        }
        let encoded = bare.addingPercentEncoding(withAllowedCharacters: doiAllowed) ?? bare
        return ("https://doi.org/" + encoded, bare)
    }

    /// Built once: making a CharacterSet per reference was most of formatting one.
    private static let doiAllowed: CharacterSet = {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "?#")
        return allowed
    }()

    static func pubmedURL(_ pmid: String) -> String {
        let digits = pmid.filter(\.isNumber)
        return "https://pubmed.ncbi.nlm.nih.gov/\(digits)/"
    }

    /// A URL is linked only with a web scheme; anything else (`javascript:`)
    /// is shown as text.
    static func webLink(_ url: String) -> ReferencePiece {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("ftp://") else {
            return .text(url)
        }
        return .link(href: url, text: url)
    }
}
