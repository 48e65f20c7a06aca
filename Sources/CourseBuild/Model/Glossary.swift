/// One entry of glossary.yml.
public struct GlossaryTerm: Sendable, Equatable {
    /// A stable id for links and anchors: the slug of the term.
    public var id: String
    public var term: String
    public var aliases: [String]
    public var definition: String
    public var see: [String]
    /// Where `- term:` stands.
    public var range: SourceRange
}
