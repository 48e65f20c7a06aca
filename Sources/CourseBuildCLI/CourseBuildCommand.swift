import ArgumentParser
import CourseBuild

struct CourseBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coursebuild",
        abstract: "Publish a text-based course as a static website and an EPUB, and check every claim has a source.",
        version: CourseBuildVersion.current,
        subcommands: [BuildCommand.self, LintCommand.self, RulesCommand.self, ServeCommand.self])
}
