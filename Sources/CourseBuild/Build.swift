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

    /// load → parse → index → resolve → claims → check. `claims` says what the
    /// claims stage must keep beyond what the rules need: a build's review lists every claim.
    public static func check(
        path: String, options: LintOptions, claims review: ClaimsStage.Keep? = nil, timings: StageTimings = .init(),
        cache: RebuildCache? = nil
    ) throws -> (ResolvedCourse, LintResult) {
        let (course, loadDiagnostics) = try timings.measure("load + parse") { try CourseLoader.load(path: path, cache: cache) }
        let index = timings.measure("index") { CourseIndex(course, cache: cache) }
        cache?.begin(index)
        let memo = cache?.memo
        let facts = timings.measure("resolve") {
            course.chapters.indices.concurrentMap { i in
                // What links resolve against, and the glossary and bibliography, are in `anchors` and `course`.
                memo.reuse("facts/\(i)", inputs: { PageInputs.resolvedChapter(i, $0) }) { ChapterFacts(index: index, chapter: i) }
            }
        }
        let suppressions = course.chapters.indices.concurrentMap { i in
            memo.reuse("suppressions/\(i)", inputs: { $0.chapters[i] }) { Suppressions.find(in: course.chapters[i]) }
        }.flatMap { $0 }
        let keep = [review, Linter.claimsNeeded(course.config.lint, options, suppressions: suppressions)].compactMap { $0 }.max()
        let claims = timings.measure("claims") { keep.map { ClaimsStage.analyse(course, keep: $0, cache: cache) } ?? [] }
        let resolved = ResolvedCourse(
            index: index, facts: facts, claims: claims, loadDiagnostics: loadDiagnostics, suppressions: suppressions, memo: memo)
        let result = timings.measure("check") { Linter.lint(resolved, options: options) }
        return (resolved, result)
    }

    /// What the render stage makes, by destination.
    struct Rendered: Sendable {
        /// Under `site/`: pages, theme files, assets, sitemap, the EPUB's copy.
        var site: [OutputFile] = []
        /// Under `review/`: the claims review.
        var review: [OutputFile] = []
        /// Under `epub/`: the unzipped book, and the `.epub` itself at the top.
        var book: [OutputFile] = []
        var all: [OutputFile] { review + site + book }
    }

    /// render → package: every output file, paths relative to the output folder.
    /// `linksEPUB`: whether the site's home page links the ebook (by default, when both are built).
    /// `memo` (in `serve`): pages made before from equal inputs, reused.
    static func render(
        _ course: ResolvedCourse, only: Target?, linksEPUB: Bool? = nil, memo: RebuildMemo? = nil, timings: StageTimings = .init()
    ) throws -> Rendered {
        let templates = try TemplateSet(course.course.theme)
        let epubName = course.course.epubFileName
        // An entry's reference depends on the bibliography and the style alone (`course`); one cited
        // for the first time since is formatted when asked for.
        let references = timings.measure("format references") {
            memo.reuse("formatted references", inputs: { $0.course }) { FormattedReferences(index: course.index, facts: course.facts) }
        }
        // Each chapter's body once, for the site, the print edition and the EPUB alike.
        let bodies = timings.measure("render chapters") {
            course.course.chapters.indices.concurrentMap { i in
                memo.reuse("body/\(i)", inputs: { PageInputs.resolvedChapter(i, $0) }) {
                    HTMLRenderer(index: course.index, chapterIndex: i, facts: course.facts[i]).render()
                }
            }
        }
        let site = only == .epub ? nil : SiteBuilder(
            index: course.index, facts: course.facts, bodies: bodies, templates: templates, references: references,
            epubFileName: (linksEPUB ?? (only == nil)) ? epubName : nil, memo: memo)
        let modified = only == .site ? nil : sourceDate(course.course)
        let book = modified.map {
            EPUBBuilder(
                index: course.index, facts: course.facts, bodies: bodies, templates: templates, references: references, modified: $0)
        }
        // The claims review sits beside the site and links into it.
        let review = site == nil ? nil : ClaimsReview(course, references: references, memo: memo)
        let bookPages = book?.pages()
        let pages = try timings.measure("render pages") {
            try PageGroups(site: site?.pageJobs() ?? [], review: review?.pageJobs ?? [], book: bookPages?.jobs ?? []).render()
        }

        var output = Rendered(review: pages.review)
        if let site { output.site = site.files(pages: pages.site) }
        if let book, let bookPages, let modified {
            let bundle = book.files(bookPages, rendered: pages.book)
            output.book = bundle.map { OutputFile("epub/" + $0.path, data: $0.data) }
            let epub = try timings.measure("zip epub") { try EPUBZipper.zip(bundle, modified: modified) }
            output.book.append(OutputFile(epubName, data: epub))
            // A copy inside the site, so its download link works from any server.
            if site != nil { output.site.append(OutputFile("site/" + epubName, data: epub)) }
        }
        return output
    }

    /// The whole build: nothing is written when lint finds errors.
    public static func run(path: String, output: String, options: Options) throws -> LintResult {
        try runWithSummary(path: path, output: output, options: options).0
    }

    /// The build, and what it wrote for the one-line summary (nil when lint stopped it).
    public static func runWithSummary(path: String, output: String, options: Options) throws -> (LintResult, BuildSummary?) {
        let finished = try runKeepingMemory(path: path, output: output, options: options)
        return (finished.result, finished.summary)
    }

    /// A finished build that still holds the course and its files: freeing them
    /// takes a tenth of a second at 1,000 chapters, which a process about to
    /// exit need not spend.
    public struct Finished {
        public let result: LintResult
        /// What it wrote, for the one-line summary (nil when lint stopped it).
        public let summary: BuildSummary?
        let course: ResolvedCourse
        let files: [OutputFile]
    }

    /// The build, handing back its memory with its result, to be freed when the caller chooses.
    public static func runKeepingMemory(path: String, output: String, options: Options) throws -> Finished {
        let timings = options.timings ?? StageTimings()
        let (course, result) = try check(path: path, options: options.lint, claims: .everyClaim, timings: timings)
        guard result.errorCount == 0 else { return Finished(result: result, summary: nil, course: course, files: []) }
        var files = try render(course, only: options.only, timings: timings).all
        let target = URL(fileURLWithPath: output)
        if let only = options.only {
            // One target: the other outputs stay as they were, carried into the new output folder.
            let epubName = course.course.epubFileName
            let rendered: [String] = only == .site ? ["site/", "review/"] : ["epub/", epubName]
            var kept = timings.measure("keep previous output") { OutputWriter.previousFiles(in: target, except: rendered) }
            if only == .epub, let epub = files.first(where: { $0.path == epubName }) {
                // The site's copy of the ebook, behind its download link, is the new one.
                kept = kept.map { $0.path == "site/" + epubName ? OutputFile($0.path, data: epub.data) : $0 }
            }
            files = kept + files
        }
        try timings.measure("write") {
            try OutputWriter.write(files, to: target, course: course.course.folder)
        }
        let pages = files.filter { $0.path.hasPrefix("site/") && $0.path.hasSuffix(".html") }.count
        let epubBytes = files.first { !$0.path.contains("/") && $0.path.hasSuffix(".epub") }?.data.count
        let summary = BuildSummary(output: output, pages: pages, epubBytes: epubBytes, result: result)
        return Finished(result: result, summary: summary, course: course, files: files)
    }

    /// SOURCE_DATE_EPOCH when set, else the newest source file's date (read at
    /// load), so that two builds of the same source give the same bytes.
    static func sourceDate(_ course: Course) -> Date {
        if let raw = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(raw) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date(timeIntervalSince1970: course.newestSourceDate.timeIntervalSince1970.rounded(.down))
    }
}
