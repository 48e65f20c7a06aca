/// Rules on learning objectives.
struct ObjectivesUnknownRule: ChapterRule {
    let id = RuleID.objectivesUnknown
    let defaultSetting = RuleSetting.error
    let summary = "a chapter names an objective that course.yml does not define"
    let examples: [RuleExample] = [
        .fires(files: [
            "course.yml": RuleExample.config + RuleExample.objectives,
            RuleExample.chapterFile: "---\ntitle: A\nobjectives: [1️⃣explain]\n---\n\nSee 2️⃣[](objective:nope).\n",
        ]),
        .passes(files: [
            "course.yml": RuleExample.config + RuleExample.objectives,
            RuleExample.chapterFile: "---\ntitle: A\nobjectives: [explain-ions]\n---\n\nSee [](objective:explain-ions).\n",
        ]),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        let named = course.course.chapters[i].frontMatter.objectives.filter { course.index.objectives[$0.id] == nil }.map {
            let ids = Array(course.index.objectives.keys)
            return Finding("course.yml defines no objective '\($0.id)'" + (NearMiss.suggest($0.id, among: ids).map { "; did you mean '\($0)'?" } ?? ""),
                           at: $0.range)
        }
        let linked = course.facts[i].links.compactMap { link -> Finding? in
            guard case .objective(let id) = link.target, course.index.objectives[id] == nil else { return nil }
            return Finding("course.yml defines no objective '\(id)'", at: link.range)
        }
        return named + linked
    }
}

struct ObjectivesUncoveredRule: LintRule {
    let id = RuleID.objectivesUncovered
    let defaultSetting = RuleSetting.warning
    let summary = "an objective that no chapter covers"
    let examples: [RuleExample] = [
        .fires(files: ["course.yml": RuleExample.config + "objectives:\n  - id: 1️⃣explain-ions\n    text: Explain ions.\n"]),
        .passes(files: [
            "course.yml": RuleExample.config + RuleExample.objectives,
            RuleExample.chapterFile: "---\ntitle: A\nobjectives: [explain-ions]\n---\n\nText.\n",
        ]),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        let covered = Set(course.course.chapters.flatMap { $0.frontMatter.objectives.map(\.id) })
            .union(course.facts.flatMap { $0.objectiveLinks.map(\.id) })
        let unreadable = course.course.unreadable
        return course.course.config.objectives.filter { !covered.contains($0.id) && !unreadable.mayName($0.id, in: course.course.chapters) }.map {
            Finding("objective '\($0.id)' is not covered by any chapter", at: $0.range,
                    hint: "name it in a chapter's front matter: objectives: [\($0.id)]")
        }
    }
}

struct ObjectivesUnassessedRule: LintRule {
    let id = RuleID.objectivesUnassessed
    let defaultSetting = RuleSetting.warning
    let summary = "an objective that no quiz assesses"
    let examples: [RuleExample] = [
        .fires(files: ["course.yml": RuleExample.config + "objectives:\n  - id: 1️⃣explain-ions\n    text: Explain ions.\n"]),
        .passes(files: [
            "course.yml": RuleExample.config + RuleExample.objectives,
            RuleExample.chapterFile: RuleExample.quiz(objective: "explain-ions"),
        ]),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        let assessed = course.facts.reduce(into: Set<String>()) { $0.formUnion($1.quizObjectives) }
        let unreadable = course.course.unreadable
        return course.course.config.objectives.filter { !assessed.contains($0.id) && !unreadable.mayName($0.id, in: course.course.chapters, quizzes: true) }.map {
            Finding("objective '\($0.id)' is not assessed by any quiz", at: $0.range)
        }
    }
}
