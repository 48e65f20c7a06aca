/// A rule whose findings in a chapter come from that chapter alone (its text,
/// its resolved links, its claims) and the course-wide inputs (course.yml, the
/// glossary, the bibliography), never from another chapter. Its findings are
/// each chapter's in course order, so `serve` checks again only the chapters
/// an edit changed.
protocol ChapterRule: LintRule {
    func check(_ course: ResolvedCourse, chapter: Int) -> [Finding]
}

extension ChapterRule {
    func check(_ course: ResolvedCourse) -> [Finding] {
        course.course.chapters.indices.flatMap { check(course, chapter: $0) }
    }
}

/// A rule over the bibliography that reads of the chapters only which keys
/// they cite: `serve` runs it again only when the course-wide inputs or the
/// cited keys changed (the bibliography may hold thousands of entries).
protocol BibliographyRule: LintRule {}

extension LintRule {
    /// `check`'s findings; in `serve`, those found before from equal inputs.
    /// The memo lives only in `serve`, whose lint options and kept claims never
    /// change, so the revisions are all a rule's findings depend on.
    func reusedCheck(_ course: ResolvedCourse) -> [Finding] {
        switch self {
        case let rule as any ChapterRule:
            if let found = course.chapterFindings { return found.flatMap { $0[id] ?? [] } }
            return course.course.chapters.indices.concurrentMap { rule.check(course, chapter: $0) }.flatMap { $0 }
        case is any BibliographyRule:
            return course.memo.reuse("lint/\(id.rawValue)", inputs: { PageInputs.citedKeys(course.facts, $0) }) { check(course) }
        default:
            return check(course)
        }
    }
}

extension ResolvedCourse {
    /// Every chapter rule's findings in each chapter, in one memo entry a chapter
    /// (a rebuild looks up 1,000 entries, not one a rule and chapter), reused
    /// while the chapter's inputs are unchanged.
    static func chapterFindings(in course: ResolvedCourse, memo: RebuildMemo) -> [[RuleID: [Finding]]] {
        let rules = RuleID.allCases.compactMap { $0.rule as? any ChapterRule }
        return course.course.chapters.indices.concurrentMap { i in
            memo.reuse("lint/\(i)", inputs: PageInputs.resolvedChapter(i, memo.revisions)) {
                Dictionary(uniqueKeysWithValues: rules.map { ($0.id, $0.check(course, chapter: i)) })
            }
        }
    }
}
