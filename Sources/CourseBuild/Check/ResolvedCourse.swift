/// The course after every shared stage has run: what rules read. Rules only
/// filter and word their findings from here; nothing in it is computed on demand.
public struct ResolvedCourse: Sendable {
    let index: CourseIndex
    /// Per chapter: links and images resolved, terms used, citing places.
    let facts: [ChapterFacts]
    /// Per chapter, the claims checker's analyses (empty when no claims rule runs).
    let claims: [[SentenceAnalysis]]
    /// What loading and parsing reported, for the rules whose findings they are.
    let loadDiagnostics: [Diagnostic]
    /// Every `coursebuild-disable` comment of the course.
    let suppressions: [Suppression]
    /// Per chapter, the cited sentences among `claims`, with their sources' designs: what the evidence rules judge.
    let citedSentences: [[CitedSentence]]
    /// In `serve`: what the last rebuild made, for the rules to reuse.
    let memo: RebuildMemo?
    /// In `serve`: per chapter, every chapter rule's findings, by rule.
    private(set) var chapterFindings: [[RuleID: [Finding]]]?
    var course: Course { index.course }

    init(
        index: CourseIndex, facts: [ChapterFacts], claims: [[SentenceAnalysis]], loadDiagnostics: [Diagnostic],
        suppressions: [Suppression], memo: RebuildMemo? = nil
    ) {
        self.index = index
        self.facts = facts
        self.claims = claims
        self.loadDiagnostics = loadDiagnostics
        self.suppressions = suppressions
        self.memo = memo
        citedSentences = CitedSentence.all(in: claims, index: index, memo: memo)
        chapterFindings = nil
        chapterFindings = memo.map { Self.chapterFindings(in: self, memo: $0) }
    }
}
