import Testing
@testable import CourseBuild

/// Issue 13, round 2: kinds of wording the checker missed on an independent corpus,
/// each tested on sentences written for these tests, on topics other than the misses'.
@Suite("Claims generalisation, round 2")
struct ClaimsRound2Tests {
    func rules(_ s: String) -> [RuleID] { findings(s).map(\.rule) }
    func uncited(_ s: String) -> Bool { rules(s).contains(ClaimFinding.uncited) }
    func vague(_ s: String) -> Bool { rules(s).contains(ClaimFinding.vagueAttribution) }
    func hype(_ s: String) -> Bool { rules(s).contains(ClaimFinding.hype) }
    func quiet(_ s: String) -> Bool { rules(s).isEmpty }

    /// Unnamed groups of people by their agent noun ("-ers", "-ors", "-als"), a profession opening
    /// the sentence, a progressive "are increasingly advising", one or two noun modifiers.
    @Test func unnamedGroupsWithOpinionVerbs() {
        #expect(vague("Orthopaedic surgeons broadly agree that early mobilisation speeds recovery after hip fracture."))
        #expect(vague("Midwives are increasingly advising women to avoid lying on their backs in late pregnancy."))
        #expect(vague("Public health officials believe the rise in syphilis is tied to dating apps."))
        #expect(vague("Many pharmacists feel that generic inhalers are just as good as the brands."))
        #expect(vague("Radiographers have long held that lead aprons are needed for every dental film."))
        #expect(!vague("Teachers will mark the essays by Friday."))
    }

    /// A source noun with a post-modifier ("reviews of the older literature", "evidence collected
    /// across…"), "a body of work", results credited to unnamed tests.
    @Test func postModifiedAndUnnamedResults() {
        #expect(vague("Reviews of the older literature consistently show that bed rest delays recovery from back pain."))
        #expect(vague("Evidence collected across several continents indicates that salt reduction lowers stroke risk."))
        #expect(vague("A sizeable body of work suggests that music therapy eases agitation in dementia."))
        #expect(vague("Independent laboratory tests confirm that the powder contains no gluten."))
    }

    /// A lay person's belief, reported, is not the author's claim.
    @Test func reportedBeliefsAreNotAsserted() {
        #expect(quiet("Some parents have heard that the MMR vaccine causes autism."))
        #expect(quiet("Her mother worries that the tablets will damage his kidneys."))
        #expect(quiet("Relatives often assume that sedatives calm delirium."))
    }
}
