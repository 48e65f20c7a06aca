import Foundation

/// The texts the command line prints about a lint: the findings, quoting
/// their source lines, and the list of suppression comments.
public enum LintReport {
    /// Findings in `format`, quoting lines from the chapters (already loaded)
    /// or, for course.yml, the glossary and the bibliography, from the folder.
    public static func render(
        _ diagnostics: [Diagnostic], format: DiagnosticFormat = .human, course resolved: ResolvedCourse, color: Bool = false
    ) -> String {
        let course = resolved.course
        let sources = Dictionary(course.chapters.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
        return format.render(diagnostics, sources: { sources[$0] ?? readSource($0, in: course.folder) }, color: color)
    }

    /// Findings as people read them (no colour), for a course not loaded here: build and serve.
    public static func human(_ diagnostics: [Diagnostic], courseAt path: String) -> String {
        let folder = CourseFolder(path: path)
        // Each file read and indexed once, over all cores: a build of 1,000 chapters quoted
        // 6,596 findings from 1,000 files, and reading them again for each took a fifth of a second.
        let files = Array(Set(diagnostics.map(\.range.file)))
        let read = Dictionary(uniqueKeysWithValues: zip(files, files.concurrentMap { readSource($0, in: folder) }))
        return DiagnosticFormat.human.render(diagnostics, sources: { read[$0] ?? nil })
    }

    /// What a build prints after linting: the findings, and whether it stopped.
    public static func afterBuild(_ result: LintResult, courseAt path: String) -> String {
        human(result.diagnostics, courseAt: path)
            + (result.errorCount > 0 ? "build stopped: lint found errors; nothing was written\n" : "")
    }

    static func readSource(_ file: String, in folder: CourseFolder) -> SourceText? {
        folder.data(file).flatMap { String(data: $0, encoding: .utf8) }.map { SourceText(file: file, text: $0) }
    }

    /// Every suppression comment: where, which rules, which lines, how many findings it waived, and why.
    public static func suppressions(_ result: LintResult) -> String {
        let lines = result.suppressions.map { s, waived in
            let reason = s.reason.map { "\"\($0)\"" } ?? "(no reason given)"
            return "\(s.range.file):\(s.range.start.line): suppresses \(s.rules.joined(separator: ", ")) on lines "
                + "\(s.lines.lowerBound)-\(s.lines.upperBound), waived \(waived): \(reason)\n"
        }
        return "suppressions: \(lines.count)\n" + lines.joined()
    }
}
