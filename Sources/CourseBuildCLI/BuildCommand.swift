import ArgumentParser
import CourseBuild
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Lint, then write the static site and the EPUB (nothing is written if lint finds errors).")

    @Argument(help: "The course folder.") var path = "."
    @Option(name: .shortAndLong, help: "The output folder (default: PATH/output).") var output: String?
    @Option(help: "Build only the site or only the EPUB; the other outputs stay as they were.") var only: Build.Target?
    @Flag(help: "Print each stage's wall time to standard error.") var timings = false
    @Flag(name: .shortAndLong, help: "Print nothing but findings.") var quiet = false
    @Flag(name: .shortAndLong, help: "Print stage times and the summary line even when not on a terminal.") var verbose = false
    @OptionGroup var flags: LintFlags

    func run() throws {
        let out = output ?? (path as NSString).appendingPathComponent("output"), start = Date()
        let terminal = isatty(STDERR_FILENO) != 0, progress = terminal && !quiet
        let stageTimings = StageTimings(onStageStart: progress ? ProgressLine.show : nil)
        let build = try Build.runKeepingMemory(path: path, output: out, options: .init(only: only, lint: try flags.options(), timings: stageTimings))
        if progress { ProgressLine.clear() }
        FileHandle.standardError.write(Data(BuildSummary.report(build.result, build.summary, courseAt: path, seconds: Date().timeIntervalSince(start),
            timings: timings || verbose ? stageTimings : nil, quiet: quiet, verbose: verbose, terminal: terminal).utf8))
        // All written (the report above is an unbuffered write): the process exits next.
        Graveyard.bury(build)
        guard build.result.errorCount == 0 else { throw ExitCode(1) }
    }
}
