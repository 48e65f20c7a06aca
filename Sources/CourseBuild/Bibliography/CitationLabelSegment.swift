/// A piece of an in-text citation label: "1", "3–5" or "Tarleton et al., 2017"
/// carry the key they should link to; brackets, separators, prefixes and
/// locators carry none. Plain text: the renderer escapes it.
public struct CitationLabelSegment: Sendable, Equatable {
    public var text: String
    /// The entry this text links to, or nil for punctuation and prose.
    public var key: String?

    public init(_ text: String, key: String? = nil) {
        self.text = text
        self.key = key
    }
}
