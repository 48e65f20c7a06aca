import Testing
@testable import CourseBuild

/// The learned layer's other half: the claim head clears a sentence that only claims.uncited flagged when it
/// reads it as near-certainly no claim (scripts/train-claims-model, CLEAR_THRESHOLD). Sentences written for
/// these tests, not taken from any corpus.
@Suite("Claims: the learned layer clears rule false alarms")
struct ClaimsClearingTests {
    /// Numbers in a planned study and in a pack's contents make the rules flag; the claim head clears them.
    @Test(arguments: [
        "The trial will enrol 3,600 adults from 25 practices and publish its findings in 2029.",
        "Each carton holds 28 capsules, each containing 50 mg of the extract.",
    ])
    func plainSentencesTheRulesFlagAreCleared(_ sentence: String) {
        #expect(findings(sentence).map(\.rule) == [.claimsUncited], "the rules alone flag it")
        #expect(findings(sentence, checker: wholeChecker).isEmpty, "the claim head clears it")
    }

    /// A claim with the same kind of cue stays flagged, with the rule's own reason.
    @Test func aClaimIsNotCleared() throws {
        let sentence = "Magnesium sulfate lowers the risk of eclamptic seizures by more than half."
        let found = try #require(findings(sentence, checker: wholeChecker).first)
        #expect(found.rule == .claimsUncited && found.message.hasPrefix("states a proportion"))
    }

    /// Only a finding of claims.uncited alone is ever cleared: an unnamed source or hype is the rules' to judge.
    @Test func vagueAttributionAndHypeAreNeverCleared() {
        for sentence in ["Experts say the trial will enrol 3,600 adults from 25 practices.",
                         "This miracle carton holds 28 capsules that cure everything."] {
            let rules = findings(sentence).map(\.rule)
            #expect(rules.contains { $0 != .claimsUncited }, "\(sentence): \(rules)")
            #expect(findings(sentence, checker: wholeChecker).map(\.rule) == rules, "\(sentence)")
        }
    }

    /// `lint: claims-model: false` turns the clearing off with the rest of the layer.
    @Test func turningTheLayerOffKeepsTheRulesFinding() throws {
        let body = "The trial will enrol 3,600 adults from 25 practices and publish its findings in 2029.\n"
        #expect(try TemporaryCourse(chapter: body).lint().diagnostics.allSatisfy { $0.rule != .claimsUncited })
        let off = try TemporaryCourse(chapter: body, config: TemporaryCourse.minimalConfig + "lint:\n  claims-model: false\n")
        #expect(try off.lint().diagnostics.contains { $0.rule == .claimsUncited })
    }
}
