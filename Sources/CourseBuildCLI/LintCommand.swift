import ArgumentParser
import CourseBuild
import Foundation

extension DiagnosticFormat: ExpressibleByArgument {}
extension Build.Target: ExpressibleByArgument {}

/// Options shared by `build` and `lint`.
struct LintFlags: ParsableArguments {
    @Flag(help: "Treat warnings as errors.") var strict = false
    @Option(name: .customLong("rule"), help: "Run only this rule (repeatable).") var rules: [String] = []

    @Option(help: ArgumentHelp("Report only findings not recorded in this baseline file.", valueName: "file")) var baseline: String?

    func options() throws -> LintOptions {
        LintOptions(strict: strict, onlyRules: try RuleID.parse(rules), baseline: try baseline.map(Baseline.read(path:)))
    }
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Check the course and report findings.")

    @Argument(help: "The course folder.") var path = "."
    @Option(help: "Output format: human, json, sarif or github.") var format: DiagnosticFormat = .human

    @OptionGroup var flags: LintFlags
    @Option(help: ArgumentHelp("Record today's findings in this file (and exit 0).", valueName: "file")) var writeBaseline: String?

    @Flag(help: "List every suppression comment with its reason.") var reportSuppressions = false

    func run() throws {
        var options = try flags.options()
        options.baseline = writeBaseline == nil ? options.baseline : nil  // a new baseline records every finding
        let (context, result) = try Build.check(path: path, options: options)
        if let out = writeBaseline {
            try Baseline(result.diagnostics).write(path: out)
            print("recorded \(result.diagnostics.count) findings in \(out)")
            return
        }
        let color = format == .human && isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        print(LintReport.render(result.diagnostics, format: format, course: context, color: color), terminator: "")
        if reportSuppressions { FileHandle.standardError.write(Data(LintReport.suppressions(result).utf8)) }
        if result.errorCount > 0 { throw ExitCode(1) }
    }
}
