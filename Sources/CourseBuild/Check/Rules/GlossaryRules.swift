/// Rules on glossary.yml and `term:` links.
enum GlossaryRules {
    static let unknownTerm = Rule(
        "glossary.unknown-term", .error, "a [text](term:id) link names no glossary term",
        examples: [.fires("The [receptor](term:no-such-term) opens.")],
        check: { context in
            context.course.chapters.flatMap { chapter -> [Diagnostic] in
                var found: [Diagnostic] = []
                chapter.blocks.forEachInline { inline, _ in
                    guard case .link(let destination, _, _) = inline.kind, destination.hasPrefix("term:") else { return }
                    let id = String(destination.dropFirst(5))
                    if context.index.terms[id] == nil {
                        let near = NearMiss.suggest(id, among: Array(context.index.terms.keys))
                        found.append(Diagnostic.finding("glossary.unknown-term",
                            "no glossary term '\(id)'" + (near.map { "; did you mean '\($0)'?" } ?? ""), at: inline.range))
                    }
                }
                return found
            }
        })

    static let unused = Rule(
        "glossary.unused", .warning, "a glossary term is never used in any chapter",
        check: { context in
            let used = context.facts.reduce(into: Set<String>()) { $0.formUnion($1.termsUsed) }
            return context.course.glossary.filter { !used.contains($0.id) }.map {
                Diagnostic.finding("glossary.unused", "glossary term '\($0.term)' is never used", at: $0.range,
                    hint: "use the term or one of its aliases in a chapter, or remove it")
            }
        })

    static let duplicate = Rule(
        "glossary.duplicate", .error, "two glossary terms or aliases collide",
        check: { context in
            var seen: [String: GlossaryTerm] = [:]
            var found: [Diagnostic] = []
            for term in context.course.glossary {
                var own: Set<String> = []
                for name in [term.term] + term.aliases {
                    let key = GlossaryMatcher.key(name)
                    guard own.insert(key).inserted else { continue }
                    if let earlier = seen[key] {
                        found.append(Diagnostic.finding("glossary.duplicate",
                            "glossary name '\(name)' of '\(term.term)' is already used by '\(earlier.term)'", at: term.range,
                            notes: [.init("'\(earlier.term)' is defined here", at: earlier.range)]))
                    } else {
                        seen[key] = term
                    }
                }
            }
            return found
        })

    static let all = [unknownTerm, unused, duplicate]
}
