import Yams

/// Reads glossary.yml: a list of terms with aliases, definition and see-also.
enum GlossaryReader {
    static let knownKeys: Set<String> = ["term", "aliases", "definition", "see"]

    static func read(_ text: String, file: String) -> ([GlossaryTerm], [Diagnostic]) {
        var yaml = YAMLReader(file: file, invalidRule: .configInvalid)
        guard let root = yaml.compose(text) else { return ([], yaml.diagnostics) }
        if case .scalar(let s) = root, s.string.isEmpty { return ([], yaml.diagnostics) }
        guard case .sequence(let items) = root else {
            yaml.typeError(file, expected: "a list of terms", root)
            return ([], yaml.diagnostics)
        }
        var terms: [GlossaryTerm] = []
        for node in items {
            guard let fields = yaml.mapping(node, name: "a glossary term", known: knownKeys),
                let term = yaml.requiredString(fields, "term", in: "a glossary term", at: node)
            else { continue }
            let definition = yaml.requiredString(fields, "definition", in: "term '\(term)'", at: node) ?? ""
            terms.append(
                GlossaryTerm(
                    id: Slug.make(term), term: term, aliases: yaml.stringList(fields, "aliases") ?? [],
                    definition: definition, see: yaml.stringList(fields, "see") ?? [],
                    range: yaml.at(fields["term"])))
        }
        return (terms, yaml.diagnostics)
    }
}
