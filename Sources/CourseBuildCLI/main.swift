import ArgumentParser
import CourseBuild
import Foundation

struct CourseBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coursebuild",
        abstract: "Publish a text-based course as a static website and an EPUB, and check every claim has a source.",
        version: CourseBuildVersion.description,
        subcommands: [BuildCommand.self, LintCommand.self, RulesCommand.self, ServeCommand.self, InitCommand.self])
}

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Write an example course into a new or empty folder.")
    @Argument(help: "The folder for the new course.") var dir: String
    func run() throws { print(try StarterCourse.write(to: dir)) }
}

// Exit codes per SPEC §2: 0 success, 1 lint errors, 2 bad usage or I/O failure.
// ArgumentParser's own usage exit code (64) is mapped to 2 here.
do {
    var command = try CourseBuildCommand.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch let error as CourseError {
    FileHandle.standardError.write(Data("coursebuild: error: \(error.description)\n".utf8))
    Foundation.exit(2)
} catch {
    // --help and --version arrive here as errors whose exit code is success.
    let message = CourseBuildCommand.fullMessage(for: error)
    guard CourseBuildCommand.exitCode(for: error) != .success else { print(message); Foundation.exit(0) }
    FileHandle.standardError.write(Data((message + "\n").utf8))
    Foundation.exit(2)
}
