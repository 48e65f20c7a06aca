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

extension [GlossaryTerm] {
    /// The term a `see:` name links to: the first whose name it is, or whose id is its slug.
    func seeTarget(_ name: String) -> GlossaryTerm? {
        let id = Slug.make(name)  // once a name, not once a term compared
        return first { $0.term == name || $0.id == id }
    }
}
