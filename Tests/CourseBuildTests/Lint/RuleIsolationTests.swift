import Foundation
import Testing
@testable import CourseBuild

/// One rule, one check: turning a rule off in course.yml, or choosing rules
/// with `--rule`, changes nothing for any other rule. Run on a fixture in
/// which every rule fires.
@Suite struct RuleIsolationTests {
    static let fixture = Golden.fixtures.appendingPathComponent("kitchen-sink")

    /// The fixture's findings by rule, linted in a temporary copy, with `rule` turned off in course.yml.
    func lint(turningOff rule: RuleID? = nil, options: LintOptions = .init()) throws -> [RuleID: [Diagnostic]] {
        var files: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: Self.fixture.path)!
        while let name = walker.nextObject() as? String {
            if let text = try? String(contentsOf: Self.fixture.appendingPathComponent(name), encoding: .utf8) { files[name] = text }
        }
        if let rule {
            // A rule the fixture already sets is set in place: YAML refuses a repeated key, and lines keep their numbers.
            let config = files["course.yml"]!
            let set = "    \(rule.rawValue): warning\n"
            files["course.yml"] = config.contains(set)
                ? config.replacingOccurrences(of: set, with: "    \(rule.rawValue): off\n") : config + "    \(rule.rawValue): off\n"
        }
        let result = try TemporaryCourse(files).lint(options)
        return Dictionary(grouping: result.diagnostics, by: \.rule)
    }

    @Test func everyRuleFiresOnTheFixture() throws {
        let all = try lint()
        #expect(Set(all.keys) == Set(RuleID.allCases), "silent: \(Set(RuleID.allCases).subtracting(all.keys))")
    }

    @Test(arguments: RuleID.allCases)
    func turningARuleOffChangesNoOtherRule(_ off: RuleID) throws {
        var expected = try lint()
        expected[off] = nil
        let found = try lint(turningOff: off)
        #expect(found[off] == nil)
        for id in RuleID.allCases where id != off {
            #expect(found[id] == expected[id], "turning \(off) off changed \(id)")
        }
    }

    @Test(arguments: RuleID.allCases)
    func choosingOneRuleReportsExactlyItsFindings(_ only: RuleID) throws {
        let all = try lint()
        let found = try lint(options: .init(onlyRules: [only]))
        #expect(Set(found.keys) == [only])
        #expect(found[only] == all[only])
    }

    // The three reproductions of the issue that led to this shape.

    @Test func linksBrokenOffKeepsOutsideCourse() throws {
        let config = TemporaryCourse.minimalConfig + "lint:\n  rules:\n    links.broken: off\n"
        let course = try TemporaryCourse(chapter: "See [x](nowhere.md) and [y](../../etc/passwd).", config: config)
        #expect(try course.rules() == ["links.outside-course"])
    }

    @Test func claimsUncitedOffKeepsHypeAndVague() throws {
        let config = TemporaryCourse.minimalConfig + "lint:\n  rules:\n    claims.uncited: off\n"
        let course = try TemporaryCourse(
            chapter: "Studies show that magnesium calms the mind.\n\nMagnesium is a miracle mineral.\n\nIt lowered pressure by 30%.",
            config: config)
        #expect(Set(try course.rules()) == ["claims.vague-attribution", "claims.hype"])
    }

    @Test func ruleOutsideCourseAloneReportsTheEscape() throws {
        let course = try TemporaryCourse(chapter: "![passwd](../../etc/passwd)")
        let result = try course.lint(.init(onlyRules: [.linksOutsideCourse]))
        #expect(result.diagnostics.map(\.rule) == [.linksOutsideCourse])
        #expect(result.errorCount == 1)
    }
}
