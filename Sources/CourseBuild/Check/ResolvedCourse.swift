/// The course after every shared stage has run: what rules read. Rules only
/// filter and word their findings from here; nothing in it is computed on demand.
public struct ResolvedCourse: Sendable {
    public let index: CourseIndex
    /// Per chapter: links and images resolved, terms used, citing places.
    public let facts: [ChapterFacts]
    /// Per chapter, the claims checker's analyses (empty when no claims rule runs).
    public let claims: [[SentenceAnalysis]]
    /// What loading and parsing reported, for the rules whose findings they are.
    public let loadDiagnostics: [Diagnostic]
    /// Every `coursebuild-disable` comment of the course.
    public let suppressions: [Suppression]
    public var course: Course { index.course }

    public init(
        index: CourseIndex, facts: [ChapterFacts], claims: [[SentenceAnalysis]], loadDiagnostics: [Diagnostic],
        suppressions: [Suppression]
    ) {
        self.index = index
        self.facts = facts
        self.claims = claims
        self.loadDiagnostics = loadDiagnostics
        self.suppressions = suppressions
    }
}
