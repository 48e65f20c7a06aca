import ArgumentParser
import CourseBuild
import Foundation

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Lint, then write the static site and the EPUB (nothing is written if lint finds errors).")

    @Argument(help: "The course folder.") var path = "."
    @Option(name: .shortAndLong, help: "The output folder (default: PATH/output).") var output: String?

    @Option(help: "Build only the site or only the EPUB.") var only: Build.Target?
    @Flag(help: "Print each stage's wall time to standard error.") var timings = false

    @OptionGroup var flags: LintFlags

    func run() throws {
        let out = output ?? (path as NSString).appendingPathComponent("output")
        let stageTimings = timings ? StageTimings() : nil
        let result = try Build.run(path: path, output: out, options: .init(only: only, lint: try flags.options(), timings: stageTimings))
        FileHandle.standardError.write(Data(((stageTimings?.report ?? "") + LintReport.afterBuild(result, courseAt: path)).utf8))
        guard result.errorCount == 0 else { throw ExitCode(1) }
        print("built \(out)")
    }
}
