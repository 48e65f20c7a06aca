/// Rules on glossary.yml and `term:` links.
struct GlossaryUnknownTermRule: ChapterRule {
    let id = RuleID.glossaryUnknownTerm
    let defaultSetting = RuleSetting.error
    let summary = "a [text](term:id) link names no glossary term"
    let examples: [RuleExample] = [
        .fires("The 1️⃣[receptor](term:no-such-term) opens."),
        .passes(files: [RuleExample.chapterFile: "The [receptor](term:receptor) opens.", "glossary.yml": RuleExample.glossary]),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        // A glossary that could not be read is reported as a syntax error, not once per term link.
        guard !course.course.unreadable.glossary else { return [] }
        return course.facts[i].links.compactMap { link in
            guard case .term(let id) = link.target, course.index.terms[id] == nil else { return nil }
            let known = Array(course.index.terms.keys)
            return Finding("the glossary has no term '\(id)'" + (NearMiss.suggest(id, among: known).map { "; did you mean '\($0)'?" } ?? ""),
                           at: link.range)
        }
    }
}

struct GlossaryUnusedRule: LintRule {
    let id = RuleID.glossaryUnused
    let defaultSetting = RuleSetting.warning
    let summary = "a glossary term is never used in any chapter"
    let examples: [RuleExample] = [
        .fires(files: [RuleExample.chapterFile: "Nothing defined is named here.", "glossary.yml": "- term: 1️⃣Receptor\n  definition: A protein that binds a signal.\n"]),
        .passes(files: [RuleExample.chapterFile: "The receptor opens.", "glossary.yml": RuleExample.glossary]),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        let used = course.facts.reduce(into: Set<String>()) { $0.formUnion($1.termsUsed) }
        return course.course.glossary.filter { !used.contains($0.id) }.map {
            Finding("glossary term '\($0.term)' is never used", at: $0.range,
                    hint: "use the term or one of its aliases in a chapter, or remove it")
        }
    }
}

struct GlossaryDuplicateRule: LintRule {
    let id = RuleID.glossaryDuplicate
    let defaultSetting = RuleSetting.error
    let summary = "two glossary terms or aliases collide"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "The receptor opens.",
            "glossary.yml": RuleExample.glossary + "- term: 1️⃣Channel\n  aliases: [Receptor]\n  definition: A pore.\n",
        ]),
        .passes(files: [RuleExample.chapterFile: "The receptor opens.", "glossary.yml": RuleExample.glossary]),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        var seen: [String: GlossaryTerm] = [:]
        var found: [Finding] = []
        for term in course.course.glossary {
            var own: Set<String> = []
            for name in [term.term] + term.aliases {
                let key = GlossaryMatcher.key(name)
                guard own.insert(key).inserted else { continue }
                if let earlier = seen[key] {
                    found.append(Finding(
                        "glossary name '\(name)' of '\(term.term)' is already used by '\(earlier.term)'", at: term.range,
                        notes: [.init("'\(earlier.term)' is defined here", at: earlier.range)]))
                } else {
                    seen[key] = term
                }
            }
        }
        return found
    }
}

struct GlossaryUnknownSeeRule: LoadRule {
    let id = RuleID.glossaryUnknownSee
    let defaultSetting = RuleSetting.warning
    let summary = "a glossary term's see: names no term, so no link is made"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "The receptor opens.",
            "glossary.yml": "- term: Receptor\n  definition: A protein that binds a signal.\n  see: [1️⃣Chanel]\n",
        ]),
        .passes(files: [
            RuleExample.chapterFile: "The receptor opens the channel.",
            "glossary.yml": RuleExample.glossary + "  see: [Channel]\n- term: Channel\n  definition: A pore.\n",
        ]),
    ]
}

struct GlossarySplitAliasRule: LoadRule {
    let id = RuleID.glossarySplitAlias
    let defaultSetting = RuleSetting.warning
    let summary = "an alias list that YAML split at a comma inside a name ([1,25-dihydroxyvitamin D])"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Calcitriol acts.",
            "glossary.yml": "- term: Calcitriol\n  aliases: [1️⃣1,25-dihydroxyvitamin D]\n  definition: The active form of vitamin D.\n",
        ]),
        .passes(files: [
            RuleExample.chapterFile: "Calcitriol acts.",
            "glossary.yml": "- term: Calcitriol\n  aliases: [\"1,25-dihydroxyvitamin D\", active vitamin D]\n  definition: The active form of vitamin D.\n",
        ]),
    ]
}
