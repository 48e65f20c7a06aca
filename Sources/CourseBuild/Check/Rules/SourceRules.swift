/// Rules whose findings come from loading the course's YAML files.
struct FrontMatterInvalidRule: LoadRule {
    let id = RuleID.frontmatterInvalid
    let defaultSetting = RuleSetting.error
    let summary = "front matter that is not valid YAML, or a field of the wrong type"
    let examples: [RuleExample] = [
        .fires(files: [RuleExample.chapterFile: "---\ntitle: 1️⃣[unclosed\n---\nText.\n"]),
        .passes("Text."),
    ]
}

struct ConfigInvalidRule: LoadRule {
    let id = RuleID.configInvalid
    let defaultSetting = RuleSetting.error
    let summary = "course.yml or glossary.yml that is not valid YAML, a field of the wrong type, or an unknown rule id"
    let examples: [RuleExample] = [
        .fires(files: ["course.yml": RuleExample.config + "lint:\n  rules:\n    1️⃣hype: off\n"]),
        .passes(files: ["course.yml": RuleExample.config + "lint:\n  rules:\n    claims.hype: off\n"]),
    ]
}

struct ConfigUnknownKeyRule: LoadRule {
    let id = RuleID.configUnknownKey
    let defaultSetting = RuleSetting.warning
    let summary = "a key that course.yml, glossary.yml or front matter does not define"
    let examples: [RuleExample] = [
        .fires(files: [RuleExample.chapterFile: "---\ntitle: T\n1️⃣titel: typo\n---\nText.\n"]),
        .passes("Text."),
    ]
}

struct ConfigUnlistedChapterRule: LoadRule {
    let id = RuleID.configUnlistedChapter
    let defaultSetting = RuleSetting.warning
    let summary = "a Markdown file under chapters/ that the build leaves out (course.yml does not list it)"
    let examples: [RuleExample] = [
        .fires(files: [
            "course.yml": RuleExample.config + "chapters:\n  - chapters/01-a.md\n",
            RuleExample.chapterFile: "Text.",
            "chapters/02-b.md": "1️⃣Forgotten text.",
        ]),
        .passes(files: [
            "course.yml": RuleExample.config + "chapters:\n  - chapters/01-a.md\n  - chapters/02-b.md\n",
            RuleExample.chapterFile: "Text.",
            "chapters/02-b.md": "More text.",
        ]),
    ]
}

/// Rules on self-check quizzes.
struct QuizInvalidRule: LoadRule {
    let id = RuleID.quizInvalid
    let defaultSetting = RuleSetting.error
    let summary = "a quiz with no correct choice, a choice without feedback, or malformed YAML"
    let examples: [RuleExample] = [
        .fires("1️⃣```quiz\nquestion: \"Q?\"\nchoices:\n  - text: \"A\"\n    feedback: \"F\"\n```"),
        .passes(RuleExample.quiz(objective: nil)),
    ]
}

struct QuizUnknownObjectiveRule: ChapterRule {
    let id = RuleID.quizUnknownObjective
    let defaultSetting = RuleSetting.error
    let summary = "a quiz naming an objective course.yml does not define"
    let examples: [RuleExample] = [
        .fires(RuleExample.quiz(objective: "1️⃣nope")),
        .passes(files: ["course.yml": RuleExample.config + RuleExample.objectives, RuleExample.chapterFile: RuleExample.quiz(objective: "explain-ions")]),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        var found: [Finding] = []
        course.course.chapters[i].blocks.forEachBlock { block in
            guard case .quiz(let quiz) = block.kind, let id = quiz.objective, course.index.objectives[id] == nil else { return }
            found.append(Finding("the quiz names objective '\(id)', which course.yml does not define", at: quiz.objectiveRange ?? block.range))
        }
        return found
    }
}

/// A waiver that waives nothing is itself worth a look. Judged against what
/// the rules it names find, whatever their settings, so that turning a rule
/// off or choosing others with `--rule` does not change this rule's findings.
struct SuppressionUnusedRule: LintRule {
    let id = RuleID.suppressionUnused
    let defaultSetting = RuleSetting.warning
    let summary = "a coursebuild-disable comment that suppresses nothing, or names no rule"
    let examples: [RuleExample] = [
        .fires("1️⃣<!-- coursebuild-disable-next-line claims.hype -- no hype here -->\nA plain sentence."),
        .passes("<!-- coursebuild-disable-next-line claims.hype -- quoted -->\nA miracle mineral, says the label."),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        var findings: [RuleID: [Finding]] = [:]
        return course.suppressions.compactMap { suppression in
            let waives = suppression.rules.compactMap(RuleID.init(rawValue:)).contains { id in
                if findings[id] == nil { findings[id] = Linter.findings(of: id, in: course) }
                return findings[id]!.contains { suppression.waives(id, in: $0.range.file, line: $0.range.start.line) }
            }
            guard !waives else { return nil }
            return Finding("suppression of '\(suppression.rules.joined(separator: ", "))' suppresses nothing", at: suppression.range,
                           hint: "remove the comment, or check the rule id and the line it applies to")
        }
    }
}
