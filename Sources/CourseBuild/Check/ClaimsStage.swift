/// The claims checker over every chapter: one stage whose output the three
/// claims rules filter and the build's review page lists.
public enum ClaimsStage {
    /// What to keep of each sentence's analysis.
    public enum Keep: Sendable, Equatable {
        /// Sentences with findings: all lint reports.
        case findings
        /// Also every claim, cited or not: the review page lists them.
        case everyClaim
    }

    static func analyse(_ course: Course, keep: Keep, cache: RebuildCache? = nil) -> [[SentenceAnalysis]] {
        let lint = course.config.lint
        let checker = ClaimsChecker(lexicon: ClaimsLexicon.standard.extended(with: lint.claimsAdditions), scope: lint.claimsScope)
        let settings = RebuildCache.ClaimsSettings(scope: lint.claimsScope, additions: lint.claimsAdditions, keep: keep)
        return course.chapters.concurrentMap { chapter in
            let analyse = {
                ProseExtractor.paragraphs(of: chapter).flatMap { paragraph in
                    // Kept with its text spelled out, so the paragraph's scalars and positions
                    // are freed: keeping them took 800 MB at 1,000 chapters.
                    checker.analyse(paragraph).filter { !$0.findings.isEmpty || keep == .everyClaim && $0.isClaim }
                        .map(\.detached)
                }
            }
            return cache?.claims(for: chapter, settings: settings, analyse) ?? analyse()
        }
    }
}
