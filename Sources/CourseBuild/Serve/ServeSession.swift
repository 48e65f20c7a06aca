import Foundation

/// `coursebuild serve`: builds the site in memory, serves it on 127.0.0.1 and
/// rebuilds when a source changes. With lint errors it keeps serving the
/// previous pages (or, before any good build, a page listing the errors).
public struct ServeSession {
    public let path: String
    public let port: UInt16
    /// Print each rebuild's stage times to standard error.
    public let printsTimings: Bool

    public init(path: String, port: UInt16, printsTimings: Bool) {
        self.path = path
        self.port = port
        self.printsTimings = printsTimings
    }

    /// Serves until the process is stopped. A folder that is not a course throws, as `build` would.
    public func run() throws -> Never {
        let cache = RebuildCache()
        let server = StaticHTTPServer()
        var served = try rebuild(cache: cache, server: server, nothingServedYet: true)
        var snapshot = SourceSnapshot.take(path, also: cache.chapterPaths)
        let bound = try server.start(port: port)
        FileHandle.standardOutput.write(Data(
            "serving http://127.0.0.1:\(bound)/site/index.html (claims review: /review/claims.html); watching \(path); Ctrl-C stops\n".utf8))
        while true {
            usleep(20_000)  // a stat of each source file: cheap enough to look often
            let now = SourceSnapshot.take(path, also: cache.chapterPaths)
            guard now != snapshot else { continue }
            snapshot = now
            do {
                served = try rebuild(cache: cache, server: server, nothingServedYet: !served) || served
            } catch {
                FileHandle.standardError.write(Data("coursebuild: error: \(error); still serving the previous pages\n".utf8))
            }
        }
    }

    static func errorPage(_ diagnostics: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8" /><title>Lint errors</title></head>
        <body><h1>The course has lint errors</h1><p>Fix them and save, then reload this page.</p>
        <pre>\(XML.escape(diagnostics))</pre></body></html>

        """
    }

    /// Rebuilds and publishes the pages; with lint errors, reports them and keeps serving the previous pages.
    /// Returns whether it published the course.
    private func rebuild(cache: RebuildCache, server: StaticHTTPServer, nothingServedYet: Bool) throws -> Bool {
        let start = DispatchTime.now().uptimeNanoseconds
        let stageTimings = StageTimings()
        defer { if printsTimings { FileHandle.standardError.write(Data(stageTimings.report.utf8)) } }
        let (result, files) = try Build.siteInMemory(path: path, cache: cache, timings: stageTimings)
        let text = LintReport.human(result.diagnostics, courseAt: path)
        if !result.diagnostics.isEmpty { FileHandle.standardError.write(Data(text.utf8)) }
        guard result.errorCount == 0 else {
            FileHandle.standardError.write(Data("not rebuilt: lint found errors; still serving the previous pages\n".utf8))
            // Before any good build there are no pages to keep: show the errors in the browser instead.
            if nothingServedYet { server.publish([OutputFile("site/index.html", Self.errorPage(text))]) }
            return false
        }
        server.publish(files)
        let milliseconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        FileHandle.standardOutput.write(Data(String(format: "rebuilt in %.0f ms\n", milliseconds).utf8))
        return true
    }
}
