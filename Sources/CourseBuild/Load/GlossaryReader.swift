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
        var seeNames: [(name: String, node: Node)] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for node in items {
            guard let fields = yaml.mapping(node, name: "a glossary term", known: knownKeys),
                let term = yaml.requiredString(fields, "term", in: "a glossary term", at: node)
            else { continue }
            // A name without a letter or digit matches nothing, and every such name collides with every other.
            guard !GlossaryMatcher.key(term).isEmpty else {
                yaml.diagnostics.append(Diagnostic(.error, rule: .configInvalid, "the glossary term '\(term)' has no letter or digit, so it can match nothing",
                                                   at: yaml.at(fields["term"]), hint: "give the term a name, or remove it"))
                continue
            }
            let definition = yaml.requiredString(fields, "definition", in: "term '\(term)'", at: node) ?? ""
            if let aliases = fields["aliases"] { splitAliases(aliases, lines, &yaml) }
            if case .sequence(let see)? = fields["see"] {
                seeNames += see.compactMap { item in item.string.map { ($0, item) } }
            } else if let see = fields["see"], let name = see.string {
                seeNames.append((name, see))
            }
            terms.append(
                GlossaryTerm(
                    id: Slug.make(term), term: term, aliases: (yaml.stringList(fields, "aliases") ?? []).filter { !GlossaryMatcher.key($0).isEmpty },
                    definition: definition, see: yaml.stringList(fields, "see") ?? [],
                    range: yaml.at(fields["term"])))
        }
        // As the glossary page links them.
        for (name, node) in seeNames where terms.seeTarget(name) == nil {
            yaml.diagnostics.append(Diagnostic(
                .warning, rule: .glossaryUnknownSee, "see: '\(name)' names no term of the glossary, so no link is made", at: yaml.at(node),
                hint: NearMiss.suggest(name, among: terms.map(\.term)).map { "did you mean '\($0)'?" } ?? "name a term as its 'term:' spells it"))
        }
        return (terms, yaml.diagnostics)
    }

    /// A flow list `[1,25-dihydroxyvitamin D, calcitriol]` gives three aliases:
    /// YAML ends an unquoted item at any ','. A ',' with no space after it is
    /// more likely inside a name than between two, so it is reported.
    private static func splitAliases(_ node: Node, _ lines: [Substring], _ yaml: inout YAMLReader) {
        // Yams gives a sequence the style of its end event, so the source says whether it is `[…]`.
        guard case .sequence(let list) = node, let start = list.mark, lines.indices.contains(start.line - 1),
              lines[start.line - 1].unicodeScalars.dropFirst(start.column - 1).first == "[" else { return }
        let items = Array(list)
        for (item, next) in zip(items, items.dropFirst()) {
            guard case .scalar(let scalar) = item, scalar.style == .plain || scalar.style == .any,
                  let mark = item.mark, lines.indices.contains(mark.line - 1) else { continue }
            let after = lines[mark.line - 1].unicodeScalars.dropFirst(mark.column - 1)
            guard after.starts(with: scalar.string.unicodeScalars) else { continue }
            let rest = after.dropFirst(scalar.string.unicodeScalars.count)
            guard rest.first == ",", let following = rest.dropFirst().first, !" \t]".unicodeScalars.contains(following) else { continue }
            let joined = scalar.string + "," + (next.string ?? "")
            yaml.diagnostics.append(Diagnostic(
                .warning, rule: .glossarySplitAlias,
                "the aliases '\(scalar.string)' and '\(next.string ?? "")' were split at a ',' with no space after it", at: yaml.at(item),
                hint: "if '\(joined)' is one name, quote it: \"\(joined)\""))
        }
    }

    /// True when the reader's diagnostics say the file is not YAML at all.
    static func isUnreadable(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.rule == .configInvalid && $0.message.hasPrefix(YAMLReader.syntaxErrorPrefix) }
    }
}
