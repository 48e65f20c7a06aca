import ArgumentParser
import CourseBuild
import Foundation

extension DiagnosticFormat: ExpressibleByArgument {}
extension Build.Target: ExpressibleByArgument {}

/// Options shared by `build` and `lint`.
struct LintFlags: ParsableArguments {
    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Option(name: .customLong("rule"), help: "Run only this rule (repeatable).")
    var rules: [String] = []

    @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    func options() throws -> LintOptions {
        for id in rules where RuleCatalog.rule(id) == nil {
            throw ValidationError("unknown rule '\(id)'; run 'coursebuild rules' for the list")
        }
        var baselineValue: Baseline?
        if let path = baseline {
            guard let data = FileManager.default.contents(atPath: path) else { throw CourseError("cannot read baseline '\(path)'") }
            baselineValue = try Baseline.read(data, path: path)
        }
        return LintOptions(strict: strict, onlyRules: Set(rules), baseline: baselineValue)
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check the course and report findings.")

    @Argument(help: "The course folder.")
    var path = "."

    @Option(help: "Output format: human, json, sarif or github.")
    var format: DiagnosticFormat = .human

    @OptionGroup var flags: LintFlags

    @Option(help: ArgumentHelp("Record today's findings in this file (and exit 0).", valueName: "file"))
    var writeBaseline: String?

    @Flag(help: "List every suppression comment with its reason.")
    var reportSuppressions = false

    func run() throws {
        var options = try flags.options()
        if writeBaseline != nil { options.baseline = nil }
        let (context, result) = try Build.check(path: path, options: options)
        if let out = writeBaseline {
            guard FileManager.default.createFile(atPath: out, contents: Baseline(result.diagnostics).encoded()) else {
                throw CourseError("cannot write baseline '\(out)'")
            }
            print("recorded \(result.diagnostics.count) findings in \(out)")
            return
        }
        let sources = Dictionary(context.course.chapters.map { ($0.path, $0.source) }, uniquingKeysWith: { a, _ in a })
        let color = format == .human && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        print(format.render(result.diagnostics, sources: { sources[$0] ?? Self.readSource($0, in: context.course.folder) }, color: color), terminator: "")
        if reportSuppressions { printSuppressions(result) }
        if result.errorCount > 0 { throw ExitCode(1) }
    }

    /// Diagnostics as people read them (no colour), quoting lines from the course at `path`: for build and serve.
    static func humanReport(_ diagnostics: [Diagnostic], courseAt path: String) -> String {
        let folder = CourseFolder(path: path)
        return DiagnosticFormat.human.render(diagnostics, sources: { readSource($0, in: folder) })
    }

    static func readSource(_ file: String, in folder: CourseFolder) -> SourceText? {
        folder.data(file).flatMap { String(data: $0, encoding: .utf8) }.map { SourceText(file: file, text: $0) }
    }

    private func printSuppressions(_ result: LintResult) {
        let out = result.suppressions.map { s, waived in
            let where_ = "\(s.range.file):\(s.range.start.line)"
            let reason = s.reason.map { "\"\($0)\"" } ?? "(no reason given)"
            return "\(where_): suppresses \(s.rules.joined(separator: ", ")) on lines \(s.lines.lowerBound)-\(s.lines.upperBound), waived \(waived): \(reason)"
        }
        FileHandle.standardError.write(Data(("suppressions: \(out.count)\n" + out.map { $0 + "\n" }.joined()).utf8))
    }
}
