import Foundation

/// `coursebuild serve`: builds the site in memory, serves it on 127.0.0.1,
/// rebuilds when a source changes and tells the open pages to reload. With
/// lint errors it keeps serving the previous pages (or, before any good
/// build, a page listing the errors) and the open pages show the errors.
public final class ServeSession: @unchecked Sendable {
    public let path: String
    public let port: UInt16
    /// Print each rebuild's stage times to standard error.
    public let printsTimings: Bool
    /// Where the session reports: standard output and standard error by default.
    let report: (_ text: String, _ isError: Bool) -> Void

    private let cache = RebuildCache()
    let server = PreviewServer()
    private let watcher: SourceWatcher
    private var snapshot = SourceSnapshot()
    private var findings: [Diagnostic] = []
    private var served = false

    public convenience init(path: String, port: UInt16, printsTimings: Bool) {
        self.init(path: path, port: port, printsTimings: printsTimings) { text, isError in
            (isError ? FileHandle.standardError : FileHandle.standardOutput).write(Data(text.utf8))
        }
    }

    init(path: String, port: UInt16, printsTimings: Bool, report: @escaping (_ text: String, _ isError: Bool) -> Void) {
        self.path = path
        self.port = port
        self.printsTimings = printsTimings
        self.report = report
        watcher = SourceWatcher(root: path)
    }

    /// Serves until the process is stopped. A folder that is not a course throws, as `build` would.
    public func run() throws -> Never {
        let bound = try start()
        report("serving http://127.0.0.1:\(bound)/site/index.html (claims review: /review/claims.html); "
            + "pages reload when a source changes; watching \(path)\(watcher.isNotified ? "" : " (polling)"); Ctrl-C stops\n", false)
        while true { rebuildIfChanged(waiting: 1000) }
    }

    /// The first build, then listening. Returns the port.
    func start() throws -> UInt16 {
        watcher.watch()
        try rebuild()
        watcher.watch(also: cache.chapterPaths)
        snapshot = SourceSnapshot.take(path, also: cache.chapterPaths)
        let server = self.server, port = self.port
        return try Self.blocking { try await server.start(port: port) }
    }

    /// Waits up to `waiting` milliseconds for a change, and rebuilds if a source changed. Returns whether it rebuilt.
    @discardableResult
    func rebuildIfChanged(waiting: Int32) -> Bool {
        guard watcher.wait(timeout: waiting) else { return false }
        let now = SourceSnapshot.take(path, also: cache.chapterPaths)
        guard now != snapshot else { return false }
        snapshot = now
        do {
            try rebuild()
        } catch {
            report("coursebuild: error: \(error); still serving the previous pages\n", true)
            server.send(.errors("\(error)"))
        }
        watcher.watch(also: cache.chapterPaths)
        return true
    }

    func stop() {
        let server = self.server
        try? Self.blocking { await server.stop() }
    }

    static func errorPage(_ diagnostics: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8" /><title>Lint errors</title></head>
        <body><h1>The course has lint errors</h1><p>Fix them and save: this page reloads when the course builds.</p>
        <pre>\(XML.escape(diagnostics))</pre></body></html>

        """
    }

    /// Rebuilds and publishes the pages, prints the findings that are new or
    /// fixed since the last rebuild and tells the open pages; with lint errors
    /// it keeps serving the previous pages.
    private func rebuild() throws {
        let start = DispatchTime.now().uptimeNanoseconds
        let stageTimings = StageTimings()
        defer { if printsTimings { report(stageTimings.report, true) } }
        let site = try Build.siteInMemory(path: path, cache: cache, timings: stageTimings)
        let diagnostics = site.result.diagnostics
        let diff = FindingsDiff(from: findings, to: diagnostics)
        findings = diagnostics
        if !diff.new.isEmpty { report(LintReport.human(diff.new, courseAt: path), true) }
        if !diff.fixed.isEmpty { report(diff.fixedLines, true) }
        let counts = "\(site.result.errorCount) error(s), \(site.result.warningCount) warning(s) in all"
        guard site.result.errorCount == 0 else {
            report("not rebuilt: lint found errors (\(counts)); still serving the previous pages\n", true)
            let errors = LintReport.human(diagnostics.filter { $0.severity == .error }, courseAt: path)
            // Before any good build there are no pages to keep: show the errors in the browser instead.
            if !served { server.publish([OutputFile("site/index.html", Self.errorPage(errors))]) }
            server.send(.errors(errors))
            return
        }
        server.publish(site.files, onDemand: site.onDemand)
        served = true
        server.send(.reload)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        report(String(format: "rebuilt in %.0f ms", milliseconds) + " (\(counts))\n", false)
    }

    /// Runs async work from this synchronous session (its thread is not one of the concurrency pool's).
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
        let box = ResultBox<T>(), done = DispatchSemaphore(value: 0)
        Task {
            do { box.result = .success(try await work()) } catch { box.result = .failure(error) }
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
