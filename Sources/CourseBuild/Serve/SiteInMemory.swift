import Foundation

/// What a `serve` rebuild publishes: the site and the claims review in memory,
/// and the EPUB behind the site's download link, made only when first asked
/// for so that a rebuild costs no more than the pages.
struct SiteInMemory {
    var result: LintResult
    /// Empty when lint found errors: the caller keeps serving the previous pages.
    var files: [OutputFile] = []
    var onDemand: [String: PreviewServer.OnDemand] = [:]
}

extension Build {
    /// For `serve`: a rebuild that reuses what `cache` holds. Nothing is written.
    static func siteInMemory(path: String, cache: RebuildCache, timings: StageTimings = .init()) throws -> SiteInMemory {
        let (course, result) = try check(path: path, options: .init(), claims: .everyClaim, timings: timings, cache: cache)
        guard result.errorCount == 0 else { return SiteInMemory(result: result) }
        let files = try render(course, only: .site, linksEPUB: true, memo: cache.memo, timings: timings).all
        cache.memo.end()
        let epubName = course.course.epubFileName
        let epub = PreviewServer.OnDemand {
            try? render(course, only: .epub).book.first { $0.path == epubName }?.data
        }
        return SiteInMemory(result: result, files: files, onDemand: ["site/" + epubName: epub])
    }
}
