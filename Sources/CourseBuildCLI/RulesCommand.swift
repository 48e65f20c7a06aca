import ArgumentParser
import CourseBuild

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List the lint rules, or explain one.")

    @Argument(help: "A rule id to explain.")
    var id: String?

    func run() throws {
        guard let id else {
            for rule in RuleCatalog.all {
                print("\(rule.id.padding(toLength: 26, withPad: " ", startingAt: 0)) \(rule.defaultSetting.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(rule.summary)")
            }
            return
        }
        guard let rule = RuleCatalog.rule(id) else {
            throw ValidationError("unknown rule '\(id)'; run 'coursebuild rules' for the list")
        }
        print("\(rule.id) (default: \(rule.defaultSetting.rawValue))\n\n\(rule.summary)\n")
        print("Configure in course.yml:  lint: { rules: { \(rule.id): error | warning | off } }")
        print("Silence one line:        <!-- coursebuild-disable-next-line \(rule.id) -- reason -->")
        for example in rule.examples {
            print("\n\(example.fires ? "Reported:" : "Not reported:")\n" + example.markdown.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
        }
    }
}
