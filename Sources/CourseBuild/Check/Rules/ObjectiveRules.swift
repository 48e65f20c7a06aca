/// Rules on learning objectives.
enum ObjectiveRules {
    static let unknown = Rule(
        "objectives.unknown", .error, "a chapter names an objective that course.yml does not define",
        check: { context in
            context.course.chapters.flatMap { chapter -> [Diagnostic] in
                let ids = Array(context.index.objectives.keys)
                var found = chapter.frontMatter.objectives.filter { context.index.objectives[$0.id] == nil }.map {
                    Diagnostic.finding("objectives.unknown",
                        "no objective '\($0.id)' in course.yml" + (NearMiss.suggest($0.id, among: ids).map { "; did you mean '\($0)'?" } ?? ""),
                        at: $0.range)
                }
                chapter.blocks.forEachInline { inline, _ in
                    guard case .link(let destination, _, _) = inline.kind, destination.hasPrefix("objective:") else { return }
                    let id = String(destination.dropFirst("objective:".count))
                    if context.index.objectives[id] == nil {
                        found.append(Diagnostic.finding("objectives.unknown", "no objective '\(id)' in course.yml", at: inline.range))
                    }
                }
                return found
            }
        })

    static let uncovered = Rule(
        "objectives.uncovered", .warning, "an objective that no chapter covers",
        check: { context in
            let covered = Set(context.course.chapters.flatMap { $0.frontMatter.objectives.map(\.id) })
                .union(context.facts.flatMap { $0.objectiveLinks.map(\.id) })
            return context.course.config.objectives.filter { !covered.contains($0.id) }.map {
                Diagnostic.finding("objectives.uncovered", "objective '\($0.id)' is not covered by any chapter", at: $0.range,
                    hint: "name it in a chapter's front matter: objectives: [\($0.id)]")
            }
        })

    static let unassessed = Rule(
        "objectives.unassessed", .warning, "an objective that no quiz assesses",
        check: { context in
            var assessed: Set<String> = []
            for chapter in context.course.chapters {
                chapter.blocks.forEachBlock { if case .quiz(let q) = $0.kind, let o = q.objective { assessed.insert(o) } }
            }
            return context.course.config.objectives.filter { !assessed.contains($0.id) }.map {
                Diagnostic.finding("objectives.unassessed", "objective '\($0.id)' is not assessed by any quiz", at: $0.range)
            }
        })

    static let all = [unknown, uncovered, unassessed]
}
