/// One cited work inside a citation bracket: `see @tarleton2017, p. 12` is
/// key "tarleton2017", prefix "see", locator "p. 12". Independent of where the
/// bracket stands, so the formatter can be tested without a chapter.
struct CitationItem: Sendable, Codable, Equatable, Hashable {
    var key: String
    /// Text before the key ("see", "e.g."), or nil.
    var prefix: String?
    /// Text after the key and its comma ("p. 12", "pp. 3-5", "chap. 2"), or nil.
    var locator: String?
    /// Pandoc's `-@key`: the author is already named in the sentence, so the
    /// author-date label shows only the year.
    var suppressAuthor: Bool

    init(key: String, prefix: String? = nil, locator: String? = nil, suppressAuthor: Bool = false) {
        self.key = key
        self.prefix = prefix
        self.locator = locator
        self.suppressAuthor = suppressAuthor
    }
}
