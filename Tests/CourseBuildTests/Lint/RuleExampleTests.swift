import Testing
@testable import CourseBuild

/// Each rule's documented examples run as tests: a firing example's findings
/// of that rule must start exactly where its markers stand; a passing one
/// must draw none.
@Suite struct RuleExampleTests {
    static let examples: [(RuleID, RuleExample)] = RuleID.allCases.flatMap { id in id.rule.examples.map { (id, $0) } }

    @Test(arguments: examples.indices)
    func example(_ i: Int) throws {
        let (id, example) = Self.examples[i]
        let (files, marks) = example.course
        let course = try TemporaryCourse(files)
        let found = try course.lint().diagnostics.filter { $0.rule == id }
        let places = Set(found.map { RuleExample.Mark(file: $0.range.file, position: $0.range.start) })
        if example.fires {
            #expect(!marks.isEmpty, "a firing example of \(id.rawValue) marks where it reports")
            #expect(places == marks, "\(id.rawValue) reported at \(places.map { "\($0.file):\($0.position.line):\($0.position.column)" }.sorted())")
        } else {
            #expect(found.isEmpty, "\(id.rawValue) reported on a passing example: \(found.map(\.message))")
        }
    }

    @Test func everyRuleHasAFiringAndAPassingExample() {
        for id in RuleID.allCases {
            #expect(id.rule.id == id, "\(id.rawValue) names the rule of another id")
            #expect(id.rule.examples.contains { $0.fires }, "\(id.rawValue) has no firing example")
            #expect(id.rule.examples.contains { !$0.fires }, "\(id.rawValue) has no passing example")
            #expect(!id.summary.isEmpty)
        }
    }

    @Test func markersGiveLineAndColumn() {
        let example = RuleExample(files: ["a.md": "one\nt1️⃣wo 2️⃣x"], fires: true)
        #expect(example.unmarked.files["a.md"] == "one\ntwo x")
        #expect(example.unmarked.marks == [.init(file: "a.md", position: .init(line: 2, column: 2)),
                                           .init(file: "a.md", position: .init(line: 2, column: 5))])
    }
}
