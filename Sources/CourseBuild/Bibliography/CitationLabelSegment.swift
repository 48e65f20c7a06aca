/// A piece of an in-text citation label: "1", "3–5" or "Tarleton et al., 2017"
/// carry the key they should link to; brackets, separators, prefixes and
/// locators carry none. Plain text: the renderer escapes it.
struct CitationLabelSegment: Sendable, Equatable {
    var text: String
    /// The entry this text links to, or nil for punctuation and prose.
    var key: String?

    init(_ text: String, key: String? = nil) {
        self.text = text
        self.key = key
    }
}
