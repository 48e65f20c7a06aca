/// Rules whose findings come from loading the course's YAML files; listed
/// here so they can be explained, configured and suppressed like the rest.
enum SourceRules {
    static let all = [
        Rule("frontmatter.invalid", .error, "front matter that is not valid YAML, or a field of the wrong type",
             examples: [.fires("---\ntitle: [unclosed\n---\nText.")]),
        Rule("config.invalid", .error, "course.yml or glossary.yml that is not valid YAML, or a field of the wrong type"),
        Rule("config.unknown-key", .warning, "a key that course.yml, glossary.yml or front matter does not define",
             examples: [.fires("---\ntitle: T\ntitel: typo\n---\nText.")]),
    ]
}

/// Rules on self-check quizzes.
enum QuizRules {
    static let invalid = Rule(
        "quiz.invalid", .error, "a quiz with no correct choice, a choice without feedback, or malformed YAML",
        examples: [.fires("```quiz\nquestion: \"Q?\"\nchoices:\n  - text: \"A\"\n    feedback: \"F\"\n```")])

    static let unknownObjective = Rule(
        "quiz.unknown-objective", .error, "a quiz naming an objective course.yml does not define",
        check: { context in
            context.course.chapters.flatMap { chapter -> [Diagnostic] in
                var found: [Diagnostic] = []
                chapter.blocks.forEachBlock { block in
                    guard case .quiz(let quiz) = block.kind, let id = quiz.objective, context.index.objectives[id] == nil else { return }
                    found.append(Diagnostic.finding("quiz.unknown-objective", "quiz names no objective '\(id)' of course.yml", at: quiz.objectiveRange ?? block.range))
                }
                return found
            }
        })

    static let all = [invalid, unknownObjective]
}

/// A waiver that waives nothing is itself worth a look.
enum SuppressionRules {
    static let unused = Rule(
        "suppression.unused", .warning, "a coursebuild-disable comment that suppresses nothing",
        examples: [.fires("<!-- coursebuild-disable-next-line claims.hype -- no hype here -->\nA plain sentence.")])
}
