import Foundation

/// The build, stage by stage, in the order they run. Only `load` reads the
/// disk and only `write` writes it; everything between is values to values,
/// with per-chapter work spread over all cores.
public enum Build {
    public struct Options: Sendable {
        public var only: Target?
        public var lint = LintOptions()
        /// When set, each stage's wall time is recorded here.
        public var timings: StageTimings?
        public init(only: Target? = nil, lint: LintOptions = .init(), timings: StageTimings? = nil) {
            self.only = only
            self.lint = lint
            self.timings = timings
        }
    }

    public enum Target: String, Sendable, CaseIterable {
        case site, epub
    }

    /// load → parse → index → resolve → check. The course, its index and the lint result.
    /// `forBuild` keeps what the render stage needs beyond the findings (every claim, for the review page).
    public static func check(
        path: String, options: LintOptions, forBuild: Bool = false, timings: StageTimings = .init(), cache: RebuildCache? = nil
    ) throws -> (LintContext, LintResult) {
        let (course, loadDiagnostics) = try timings.measure("load + parse") { try CourseLoader.load(path: path, cache: cache) }
        let index = timings.measure("index") { CourseIndex(course) }
        let facts = timings.measure("resolve") { course.chapters.indices.concurrentMap { ChapterFacts(index: index, chapter: $0) } }
        let context = LintContext(index: index, facts: facts, forBuild: forBuild, cache: cache)
        let result = timings.measure("check") { Linter.lint(context, loadDiagnostics: loadDiagnostics, options: options) }
        return (context, result)
    }

    /// render → package: every output file, paths relative to the output folder.
    /// `lint` is the check stage's result: the claims review shows its suppressions.
    public static func render(
        _ context: LintContext, lint: LintResult, only: Target?, timings: StageTimings = .init()
    ) throws -> [OutputFile] {
        let templates = try TemplateSet(context.course.theme)
        let epubName = Slug.make(context.course.config.title) + ".epub"
        let references = timings.measure("format references") { FormattedReferences(index: context.index, facts: context.facts) }
        let site = only == .epub ? nil : SiteBuilder(
            index: context.index, facts: context.facts, templates: templates, references: references,
            epubFileName: only == nil ? epubName : nil)
        let modified = only == .site ? nil : sourceDate(context.course)
        let book = modified.map {
            EPUBBuilder(index: context.index, facts: context.facts, templates: templates, references: references, modified: $0)
        }
        // The claims review sits beside the site and links into it.
        let review = site == nil ? nil : ClaimsReview(context, suppressions: lint.suppressions.map(\.suppression))
        let sitePages = site?.pageJobs() ?? []
        let reviewPages = review?.pageJobs ?? []
        let bookPages = book?.pages() ?? []
        // One pool for every page; the results come back in the jobs' order and are split again.
        var rendered = try timings.measure("render pages") { try (sitePages + reviewPages + bookPages.map(\.job)).renderAll()[...] }
        let siteFiles = rendered.prefix(sitePages.count)
        rendered = rendered.dropFirst(sitePages.count)
        let reviewFiles = rendered.prefix(reviewPages.count)
        let bookFiles = rendered.dropFirst(reviewPages.count)

        var files: [OutputFile] = Array(reviewFiles)
        if let site { files += site.files(pages: Array(siteFiles)) }
        if let book, let modified {
            let bundle = book.files(bookPages, rendered: Array(bookFiles))
            files += bundle.map { OutputFile("epub/" + $0.path, data: $0.data) }
            let epub = try timings.measure("zip epub") { try EPUBZipper.zip(bundle, modified: modified) }
            files.append(OutputFile(epubName, data: epub))
            // A copy inside the site, so its download link works from any server.
            if site != nil { files.append(OutputFile("site/" + epubName, data: epub)) }
        }
        return files
    }

    /// The whole build: nothing is written when lint finds errors.
    public static func run(path: String, output: String, options: Options) throws -> LintResult {
        let timings = options.timings ?? StageTimings()
        let (context, result) = try check(path: path, options: options.lint, forBuild: true, timings: timings)
        guard result.errorCount == 0 else { return result }
        let files = try render(context, lint: result, only: options.only, timings: timings)
        try timings.measure("write") {
            try OutputWriter.write(files, to: URL(fileURLWithPath: output), course: context.course.folder)
        }
        return result
    }

    /// For `serve`: the site and the claims review, in memory, from a rebuild
    /// that reuses what `cache` holds. Nothing is written; with lint errors
    /// there are no pages and the caller keeps serving the previous ones.
    public static func siteInMemory(
        path: String, cache: RebuildCache, timings: StageTimings = .init()
    ) throws -> (LintResult, [OutputFile]) {
        let (context, result) = try check(path: path, options: .init(), forBuild: true, timings: timings, cache: cache)
        guard result.errorCount == 0 else { return (result, []) }
        return (result, try render(context, lint: result, only: .site, timings: timings))
    }

    /// SOURCE_DATE_EPOCH when set, else the newest source file's date, so
    /// that two builds of the same source give the same bytes.
    static func sourceDate(_ course: Course) -> Date {
        if let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(raw) {
            return Date(timeIntervalSince1970: seconds)
        }
        let paths = [course.configFile] + course.chapters.map(\.path) + [course.glossaryFile].compactMap { $0 }
        let dates = paths.compactMap { path in
            try? course.folder.root.appendingPathComponent(path).resourceValues(forKeys: [.contentModificationDateKey])
                .contentModificationDate
        }
        let newest = dates.max() ?? Date(timeIntervalSince1970: 0)
        return Date(timeIntervalSince1970: newest.timeIntervalSince1970.rounded(.down))
    }
}
