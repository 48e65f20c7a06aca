import Foundation

/// The claims checker's verdict on every sentence of the course, chapter by
/// chapter. Computed once, on first use, and shared: the lint rules report its
/// findings and the build's review page lists every claim it found.
public final class ClaimsAnalyses: @unchecked Sendable {
    private let course: Course
    private let keepsEveryClaim: Bool
    private let cache: RebuildCache?
    private let lock = NSLock()
    private var computed: [[SentenceAnalysis]]?

    /// `keepsEveryClaim` for a build, whose review lists every claim; lint needs only the findings.
    init(course: Course, keepsEveryClaim: Bool, cache: RebuildCache?) {
        self.course = course
        self.keepsEveryClaim = keepsEveryClaim
        self.cache = cache
    }

    /// Per chapter, in order: every sentence with a finding and, for a build, every claim.
    public var byChapter: [[SentenceAnalysis]] {
        lock.withLock {
            if let computed { return computed }
            let checker = ClaimsChecker(
                lexicon: ClaimsLexicon.standard.extended(with: course.config.lint.claimsAdditions),
                scope: course.config.lint.claimsScope)
            let settings = RebuildCache.ClaimsSettings(
                scope: course.config.lint.claimsScope, additions: course.config.lint.claimsAdditions,
                keepsEveryClaim: keepsEveryClaim)
            let result = course.chapters.concurrentMap { chapter in
                let analyse = {
                    ProseExtractor.paragraphs(of: chapter).flatMap { paragraph in
                        // Kept with its text spelled out, so the paragraph's scalars and positions
                        // are freed: keeping them took 800 MB at 1,000 chapters.
                        checker.analyse(paragraph).filter { !$0.findings.isEmpty || self.keepsEveryClaim && $0.isClaim }
                            .map(\.detached)
                    }
                }
                return cache?.claims(for: chapter, settings: settings, analyse) ?? analyse()
            }
            computed = result
            return result
        }
    }
}
