import ArgumentParser
import CourseBuild

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the site from memory on 127.0.0.1 and rebuild it when a source changes.")

    @Argument(help: "The course folder.") var path = "."
    @Option(help: "The port to listen on (0 picks a free one).") var port: UInt16 = 8000

    @Flag(help: "Print each rebuild's stage times to standard error.") var timings = false

    func run() throws {
        try ServeSession(path: path, port: port, printsTimings: timings).run()
    }
}
