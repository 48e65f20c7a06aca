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

        var sectionID: String?
        var analysis: SentenceAnalysis
        var status: Status
        /// Findings' messages, or for a suppressed sentence the suppressions' reasons.
        var notes: [String]
    }

    /// A chapter's audited sentences and how many have each status.
    struct ChapterItems {
        var items: [Item]
        var counts: [Item.Status: Int]
    }

    let context: ResolvedCourse
    /// The evidence map's and JSON's reference texts, formatted once for the build.
    let references: FormattedReferences
    /// Per chapter, in course order.
    let chapters: [ChapterItems]
    /// In `serve`: chapters' items and pages made before from equal inputs, reused.
    let memo: RebuildMemo?

    init(_ context: ResolvedCourse, references: FormattedReferences, memo: RebuildMemo? = nil) {
        self.context = context
        self.references = references
        self.memo = memo
        // A sentence's status reads the course's settings and its own file's suppressions.
        // Over all cores: 0.05 s on one thread at 1,000 chapters, before the render pool.
        chapters = context.claims.indices.concurrentMap { i in
            memo.reuse("review/items/\(i)", inputs: { PageInputs.ownChapter(i, $0) }) {
                let items = Self.items(context, chapter: i)
                return ChapterItems(items: items, counts: Self.counts(items))
            }
        }
    }

    private static func items(_ context: ResolvedCourse, chapter i: Int) -> [Item] {
        let suppressions = context.suppressions
        let isOff = { (id: RuleID) in context.course.config.lint.setting(of: id) == .off }
        var items: [Item] = []
        for analysis in context.claims[i] {
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
            items.append(Item(sectionID: section?.id, analysis: analysis, status: status, notes: notes))
        }
        return items
    }

    /// The summary and index, then each chapter's page and JSON, as page jobs in the render pool.
    var pageJobs: [PageJob] {
        var jobs = [PageJob { OutputFile("review/claims.json", indexJSON()) }, PageJob { OutputFile("review/claims.html", indexHTML()) }]
        for (i, chapter) in context.course.chapters.enumerated() {
            guard let rows = pageRows(i) else { continue }
            // A chapter's sentences, their findings and its citing places are its own; the settings and sources are the course's.
            let inputs = { (revisions: CourseRevisions) -> AnyHashable in PageInputs.ownChapter(i, revisions) }
            jobs.append(PageJob {
                memo.reuse("review/json/\(i)", inputs: inputs) {
                    OutputFile("review/chapters/\(chapter.slug).json", chapterJSON(i, rows.items))
                }
            })
            jobs.append(PageJob {
                memo.reuse("review/html/\(i)", inputs: inputs) {
                    OutputFile("review/chapters/\(chapter.slug).html", chapterHTML(i, rows.items))
                }
            })
        }
        return jobs
    }

    /// A chapter's rows, or nil when it has no page: no sentence listed and no source cited in a quiz.
    func pageRows(_ i: Int) -> ChapterItems? {
        let rows = chapters[i]
        return rows.items.isEmpty && !context.facts[i].citingPlaces.contains(where: \.inQuiz) ? nil : rows
    }

    static func counts(_ items: [Item]) -> [Item.Status: Int] { Dictionary(grouping: items, by: \.status).mapValues(\.count) }

    /// The whole course's: the sum of the chapters'.
    var counts: (all: Int, byStatus: [Item.Status: Int]) {
        (chapters.reduce(0) { $0 + $1.items.count }, chapters.reduce(into: [:]) { sum, c in sum.merge(c.counts, uniquingKeysWith: +) })
    }
}
