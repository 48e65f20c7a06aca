import ArgumentParser
import CourseBuild

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the lint rules, or explain one.")

    @Argument(help: "A rule id to explain.") var id: String?
    @Flag(help: "Print every rule as Markdown (docs/rules.md).") var markdown = false

    func run() throws {
        print(markdown ? RulesReference.markdown : try RulesReference.text(for: id), terminator: "")
    }
}
