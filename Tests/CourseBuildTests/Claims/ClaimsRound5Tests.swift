import Testing
@testable import CourseBuild

/// Issue 13, round 5: kinds found on the blind corpora claims-own11 and claims-own13
/// (scored before anyone read them), each tested on sentences written for these tests.
@Suite("Claims generalisation, round 5")
struct ClaimsRound5Tests {
    /// A frame's dash opens the asserted clause as a sentence start does, so a participle
    /// there is the subject's adjective ("Correct — delayed cord clamping improves…").
    @Test func participleSubjectAfterAFrame() {
        #expect(uncited("Correct — delayed cord clamping improves iron stores in term babies."))
        #expect(uncited("Feedback: right — extended-release niacin raises HDL more slowly."))
        #expect(quiet("Correct — the next case is on page 12."))
    }
}
