/// The claims checker over every chapter: one stage whose output the three
/// claims rules filter and the build's review page lists.
public enum ClaimsStage {
    /// What to keep of each sentence's analysis.
    /// Ordered: each keeps what the one before keeps, and more.
    public enum Keep: Int, Sendable, Comparable {
        /// Sentences with findings: what the claims rules report.
        case findings
        /// Also every cited sentence: the evidence rules judge its sources.
        case cited
        /// Also every claim, cited or not: the review page lists them.
        case everyClaim

        public static func < (a: Keep, b: Keep) -> Bool { a.rawValue < b.rawValue }
    }

    static func analyse(_ course: Course, keep: Keep, cache: RebuildCache? = nil) -> [[SentenceAnalysis]] {
        let lint = course.config.lint
        let checker = ClaimsChecker(lexicon: ClaimsLexicon.standard.extended(with: lint.claimsAdditions), scope: lint.claimsScope,
                                    learned: lint.claimsModel)
        let settings = RebuildCache.ClaimsSettings(scope: lint.claimsScope, model: lint.claimsModel, additions: lint.claimsAdditions,
                                                   keep: keep)
        return course.chapters.concurrentMap { chapter in
            let analyse = {
                ProseExtractor.paragraphs(of: chapter).flatMap { paragraph in
                    // Kept with its text spelled out, so the paragraph's scalars and positions
                    // are freed: keeping them took 800 MB at 1,000 chapters.
                    checker.analyse(paragraph).filter { analysis in
                        !analysis.findings.isEmpty || keep >= .cited && analysis.isCited || keep == .everyClaim && analysis.isClaim
                    }
                        .map(\.detached)
                }
            }
            return cache?.claims(for: chapter, settings: settings, analyse) ?? analyse()
        }
    }
}
