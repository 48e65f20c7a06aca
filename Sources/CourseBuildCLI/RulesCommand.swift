import ArgumentParser
import CourseBuild

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the lint rules, or explain one.")

    @Argument(help: "A rule id to explain.")
    var id: String?

    func run() throws {
        print(try RulesReference.text(for: id), terminator: "")
    }
}
