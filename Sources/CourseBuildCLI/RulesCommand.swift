import ArgumentParser
import CourseBuild

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the lint rules, or explain one.")

    @Argument(help: "A rule id to explain.")
    var id: String?

    func run() throws {
        guard let id else { return print(RulesReference.list, terminator: "") }
        guard let rule = RuleID(rawValue: id) else { throw ValidationError(RuleID.unknownMessage(id)) }
        print(RulesReference.explain(rule), terminator: "")
    }
}
