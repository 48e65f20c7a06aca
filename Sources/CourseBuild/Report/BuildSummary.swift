import Foundation

/// What `build` says when it is done: one line for a terminal, such as
/// `built output: 19 pages, EPUB 412 KB, 2.6 s, 2 warnings`.
public struct BuildSummary: Sendable {
    public var output: String
    public var pages: Int
    public var epubBytes: Int?
    public var warnings: Int

    init(output: String, pages: Int, epubBytes: Int?, result: LintResult) {
        self.output = output
        self.pages = pages
        self.epubBytes = epubBytes
        self.warnings = result.warningCount
    }

    public func line(seconds: Double) -> String {
        var parts: [String] = []
        if pages > 0 { parts.append("\(pages) pages") }
        if let bytes = epubBytes { parts.append("EPUB " + Self.size(bytes)) }
        parts.append(String(format: "%.1f s", seconds))
        parts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings")
        return "built \(output): " + parts.joined(separator: ", ") + "\n"
    }

    static func size(_ bytes: Int) -> String {
        bytes >= 1_000_000 ? String(format: "%.1f MB", Double(bytes) / 1_000_000) : "\(max(1, bytes / 1000)) KB"
    }

    /// What the build command prints to standard error: the findings (with `quiet`, only
    /// when there are some), then the stage times and the summary when asked or on a terminal.
    public static func report(
        _ result: LintResult, _ summary: BuildSummary?, courseAt path: String, seconds: Double, timings: StageTimings?,
        quiet: Bool, verbose: Bool, terminal: Bool
    ) -> String {
        var text = quiet && result.diagnostics.isEmpty ? "" : LintReport.afterBuild(result, courseAt: path)
        if let timings, !quiet { text = timings.report + text }
        if let summary, !quiet, verbose || terminal { text += summary.line(seconds: seconds) }
        return text
    }
}
