import Foundation

/// The claims checker's verdict on every sentence of the course, chapter by
/// chapter. Computed once, on first use, and shared: the lint rules report its
/// findings and the build's review page lists every claim it found.
public final class ClaimsAnalyses: @unchecked Sendable {
    private let course: Course
    private let keepsEveryClaim: Bool
    private let lock = NSLock()
    private var computed: [[SentenceAnalysis]]?

    /// `keepsEveryClaim` for a build, whose review lists every claim; lint needs only the findings.
    init(course: Course, keepsEveryClaim: Bool) {
        self.course = course
        self.keepsEveryClaim = keepsEveryClaim
    }

    /// Per chapter, in order: every sentence with a finding and, for a build, every claim.
    public var byChapter: [[SentenceAnalysis]] {
        lock.withLock {
            if let computed { return computed }
            let checker = ClaimsChecker(
                lexicon: ClaimsLexicon.standard.extended(with: course.config.lint.claimsAdditions),
                scope: course.config.lint.claimsScope)
            let result = course.chapters.concurrentMap { chapter in
                ProseExtractor.paragraphs(of: chapter).flatMap { paragraph in
                    // Kept with its text spelled out, so the sentence's atoms (a value per
                    // character) are freed: keeping them took 800 MB at 1,000 chapters.
                    checker.analyse(paragraph).filter { !$0.findings.isEmpty || keepsEveryClaim && $0.isClaim }.map(\.detached)
                }
            }
            computed = result
            return result
        }
    }
}
