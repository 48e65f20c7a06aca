import Testing
@testable import CourseBuild

/// Each rule's documented examples are run as tests: an example marked as
/// firing must produce that rule, one marked as passing must not.
@Suite struct RuleExampleTests {
    static let examples: [(String, Rule.Example)] = RuleCatalog.all.flatMap { rule in rule.examples.map { (rule.id, $0) } }

    @Test(arguments: examples.indices)
    func example(_ i: Int) throws {
        let (id, example) = Self.examples[i]
        let bib = "@article{k, author={Doe, Jane}, title={T}, journal={J}, year={2020}}\n"
        let course: TemporaryCourse
        if example.markdown.hasPrefix("---") {
            course = try TemporaryCourse(["course.yml": TemporaryCourse.minimalConfig, "chapters/01-a.md": example.markdown, "references.bib": bib])
        } else {
            course = try TemporaryCourse(chapter: example.markdown, extra: ["references.bib": bib])
        }
        let fired = try course.rules().contains(id)
        #expect(fired == example.fires, "rule \(id) on: \(example.markdown)")
    }

    @Test func everyRuleHasAnIdSummaryAndUniqueId() {
        let ids = RuleCatalog.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(RuleCatalog.all.allSatisfy { !$0.summary.isEmpty })
    }
}
