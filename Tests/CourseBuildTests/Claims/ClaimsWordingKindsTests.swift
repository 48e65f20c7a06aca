import Testing
@testable import CourseBuild

/// Every example in ClaimsWordingKinds runs: the rule fires on `fires`, nothing fires on `passes`.
@Suite("Claims wording kinds")
struct ClaimsWordingKindsTests {
    @Test(arguments: ClaimsWordingKinds.all.map { [$0.rule.rawValue, $0.name, $0.fires, $0.passes ?? ""] })
    func exampleRuns(_ k: [String]) {
        // The whole checker, learned layer included: these are the examples `coursebuild rules` shows.
        let fired = findings(k[2], checker: wholeChecker).map(\.rule.rawValue)
        #expect(fired.contains(k[0]), "\(k[1]): \(k[2]) → \(fired)")
        if !k[3].isEmpty {
            let quiet = findings(k[3], checker: wholeChecker).map(\.rule.rawValue)
            #expect(quiet.isEmpty, "\(k[1]) (passes): \(k[3]) → \(quiet)")
        }
    }

    @Test func everyRuleHasKinds() {
        for rule in [ClaimFinding.uncited, ClaimFinding.vagueAttribution, ClaimFinding.hype] {
            #expect(ClaimsWordingKinds.all.filter { $0.rule == rule }.count >= 5)
        }
    }
}
