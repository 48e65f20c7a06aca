/// The editor's audit of the course's evidence (SPEC §4): every sentence the
/// claims checker judged a claim, and every sentence that cites a source, with
/// its status, its sources and their designs, and a link to its place in the
/// site. `review/claims.html` and `claims.json` are the summary and index; each
/// chapter has a page (`review/chapters/<slug>.html`: what needs a decision, and
/// the evidence map, each source with the sentences citing it) and a JSON file
/// (every sentence, one array a row). Written in ClaimsReview+HTML and +JSON.
struct ClaimsReview {
    /// One audited sentence.
    struct Item {
        enum Status: String {
            /// `uncited`: no citation, and the rule that would flag it is off in course.yml.
            case cited, flagged, suppressed, uncited
        }

        var chapter: Int
        var sectionID: String?
        var analysis: SentenceAnalysis
        var status: Status
        /// Findings' messages, or for a suppressed sentence the suppressions' reasons.
        var notes: [String]
    }

    let context: ResolvedCourse
    let items: [Item]

    init(_ context: ResolvedCourse) {
        self.context = context
        let suppressions = context.suppressions
        let isOff = { (id: RuleID) in context.course.config.lint.setting(of: id) == .off }
        var items: [Item] = []
        for (i, analyses) in context.claims.enumerated() {
            for analysis in analyses {
                let findings = analysis.findings.filter { !isOff($0.rule) }
                guard analysis.isClaim || analysis.isCited || !findings.isEmpty else { continue }
                let waivers = findings.map { finding in
                    suppressions.first { $0.waives(finding.rule, in: finding.range.file, line: finding.range.start.line) }
                }
                let status: Item.Status
                let notes: [String]
                if findings.isEmpty {
                    status = analysis.isCited ? .cited : .uncited
                    notes = analysis.isCited ? [] : ["no citation; the rule is off in course.yml"]
                } else if waivers.allSatisfy({ $0 != nil }) {
                    status = .suppressed
                    notes = waivers.map { $0?.reason ?? "no reason given" }
                } else {
                    status = .flagged
                    notes = findings.map(\.message)
                }
                let section = context.index.headings[i].last { $0.line <= analysis.range.start.line }
                items.append(Item(chapter: i, sectionID: section?.id, analysis: analysis, status: status, notes: notes))
            }
        }
        self.items = items
    }

    /// The summary and index, then each chapter's page and JSON, as page jobs in the render pool.
    var pageJobs: [PageJob] {
        let byChapter = Dictionary(grouping: items.indices, by: { items[$0].chapter })
        var jobs = [PageJob { OutputFile("review/claims.json", indexJSON(byChapter)) },
                    PageJob { OutputFile("review/claims.html", indexHTML(byChapter)) }]
        for (i, chapter) in context.course.chapters.enumerated() {
            guard let rows = pageRows(byChapter, i) else { continue }
            jobs.append(PageJob { OutputFile("review/chapters/\(chapter.slug).json", chapterJSON(i, rows.map { items[$0] })) })
            jobs.append(PageJob { OutputFile("review/chapters/\(chapter.slug).html", chapterHTML(i, rows.map { items[$0] })) })
        }
        return jobs
    }

    /// A chapter's rows, or nil when it has no page: no sentence listed and no source cited in a quiz.
    func pageRows(_ byChapter: [Int: [Int]], _ i: Int) -> [Int]? {
        let rows = byChapter[i] ?? []
        return rows.isEmpty && !context.facts[i].citingPlaces.contains(where: \.inQuiz) ? nil : rows
    }

    func counts(_ items: [Item]) -> [Item.Status: Int] { Dictionary(grouping: items, by: \.status).mapValues(\.count) }
}
