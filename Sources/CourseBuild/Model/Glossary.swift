/// One entry of glossary.yml.
struct GlossaryTerm: Sendable, Equatable {
    /// A stable id for links and anchors: the slug of the term.
    var id: String
    var term: String
    var aliases: [String]
    var definition: String
    var see: [String]
    /// Where `- term:` stands.
    var range: SourceRange
}
