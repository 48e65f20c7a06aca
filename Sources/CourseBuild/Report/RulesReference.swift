/// `coursebuild rules`: the catalogue, and one rule explained with its
/// examples, generated from `RuleID` and each rule's own description.
public enum RulesReference {
    /// What `coursebuild rules [ID]` prints: the list, or the rule explained.
    /// An unknown id is a usage error naming the likely one.
    public static func text(for typed: String?) throws -> String {
        guard let typed else { return list }
        guard let id = RuleID(rawValue: typed) else { throw CourseError(RuleID.unknownMessage(typed)) }
        return explain(id)
    }

    /// One line a rule: id, default setting, summary.
    public static var list: String {
        RuleID.allCases.map { id in
            "\(id.rawValue.padding(toLength: 26, withPad: " ", startingAt: 0)) "
                + "\(id.defaultSetting.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(id.summary)\n"
        }.joined()
    }

    /// The rule's summary, how to configure and silence it, and its examples
    /// with a `^` under each place it reports.
    public static func explain(_ id: RuleID) -> String {
        var out = "\(id.rawValue) (default: \(id.defaultSetting.rawValue))\n\n\(id.summary)\n\n"
        out += "Configure in course.yml:  lint: { rules: { \(id.rawValue): error | warning | off } }\n"
        out += "Silence one line:        <!-- coursebuild-disable-next-line \(id.rawValue) -- reason -->\n"
        for example in id.rule.examples {
            out += "\n" + (example.fires ? "Reported:" : "Not reported:") + "\n"
            let (files, marks) = example.unmarked
            for file in files.keys.sorted() {
                if files.count > 1 || file != RuleExample.chapterFile { out += "  \(file):\n" }
                for (n, line) in files[file]!.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    out += "    \(line)\n"
                    let columns = marks.filter { $0.file == file && $0.position.line == n + 1 }.map(\.position.column).sorted()
                    if let last = columns.last {
                        var caret = Array(repeating: Character(" "), count: last)
                        for c in columns { caret[c - 1] = "^" }
                        out += "    " + String(caret) + "\n"
                    }
                }
            }
        }
        return out
    }
}
