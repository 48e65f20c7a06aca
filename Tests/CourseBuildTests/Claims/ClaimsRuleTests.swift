import Foundation
import Testing
@testable import CourseBuild

@Suite("Claims rules")
struct ClaimsRuleTests {
    @Test func uncitedPercentageNamesTheTrigger() throws {
        let s = "- Up to 40% of patients on loop diuretics develop low magnesium."
        let f = findings(s)
        #expect(f.count == 1)
        let finding = try #require(f.first)
        #expect(finding.rule == .claimsUncited)
        #expect(finding.message == "states a percentage ('Up to 40%') with no citation")
        #expect(finding.hint == "cite a source with [@key], or remove the claim")
        #expect(covered(finding, in: s) == "Up to 40%")
    }

    @Test func uncitedStudySpansTheNounPhrase() throws {
        let s = "A 2023 longitudinal study found that magnesium lowered relapse rates."
        let finding = try #require(findings(s).first)
        #expect(finding.message == "names a study ('A 2023 longitudinal study') with no citation")
        #expect(columns(finding) == (1, 25))
    }

    @Test func crossReferencesAreNotClaims() {
        #expect(findings("The related question of adverse effects is covered in [adverse effects](02-safety.md#adverse-effects).").isEmpty)
        #expect(findings("Drug interactions are discussed in the next part.").isEmpty)
        #expect(findings("Adverse effects are common with magnesium oxide.").map(\.rule) == [.claimsUncited])
    }

    @Test func citedClaimIsQuiet() {
        #expect(findings("Hypomagnesaemia affects up to 65% of patients in intensive care [@hansen2018, p. 4].").isEmpty)
        #expect(findings("Tarleton et al. [@tarleton2017] found that the effect was visible after two weeks.").isEmpty)
        #expect(findings("Hypermagnesaemia is uncommon when kidney function is normal. [@jd2012]").isEmpty)
    }

    @Test func vagueFiresAloneAndOnlyWithoutCitation() throws {
        let s = "Studies show that magnesium helps people fall asleep faster."
        let f = findings(s)
        #expect(f.map(\.rule) == [.claimsVagueAttribution])
        #expect(f[0].message == "attributes a claim to unnamed sources ('Studies show') with no citation")
        #expect(covered(f[0], in: s) == "Studies show")
        #expect(findings("Studies show [@a; @b] that magnesium status is lower in depression.").isEmpty)
        #expect(findings("It is well known that stress drains magnesium.").first?.rule == .claimsVagueAttribution)
        #expect(findings("Many doctors now believe that deficiency underlies fatigue.").first.map { covered($0, in: "Many doctors now believe that deficiency underlies fatigue.") } == "Many doctors now believe")
    }

    @Test func hypeFiresEvenWhenCited() throws {
        let s = "Magnesium is a miracle cure for depression [@eby2006]."
        let f = findings(s)
        #expect(f.allSatisfy { $0.rule == .claimsHype })
        let first = try #require(f.first)
        #expect(first.message == "marketing language ('miracle') in clinical text")
        #expect(columns(first) == (16, 22))
        #expect(findings("Our dosing protocol is 100% safe for every patient.").contains { $0.rule == .claimsHype && $0.message.contains("'100% safe'") })
    }

    @Test func mentionedOrNegatedHypeIsQuiet() {
        #expect(findings("Be wary of products marketed as a \"miracle mineral\".").isEmpty)
        #expect(findings("The course page calls it “natural ketamine”, which it is not.").isEmpty)
        #expect(findings("There is no cure for Alzheimer's disease, so treatment aims to slow decline.").isEmpty)
    }

    @Test func plainSentencesAreQuiet() {
        for s in [
            "What do the studies show about magnesium and sleep?",
            "Chapter 3 covers the serum paradox.", "Step 2: record every supplement the patient takes.",
            "By the end of this course you will have met all 12 objectives.", "See Table 2 for the salts.",
            "In 2026 we will revise this course.", "His serum magnesium is 0.58 mmol/L.",
            "Convert milligrams to millimoles by dividing by 24.3.", "The NMDA receptor is a glutamate-gated ion channel.",
            "Always record the product name and the elemental dose.", "Write a citation as `[@k]` after the claim.",
        ] {
            #expect(findings(s).isEmpty, "\(s)")
        }
    }

    @Test func wordedClaimsFire() {
        for (s, reason) in [
            ("Roughly half of the body's magnesium is stored in bone.", "states a proportion ('Roughly half')"),
            ("Magnesium may reduce the frequency of attacks in menstrual migraine.", "asserts an effect ('may reduce')"),
            ("Magnesium lactate is better absorbed than magnesium oxide.", "compares efficacy or safety ('better absorbed')"),
            ("Magnesium is the second most abundant intracellular cation.", "states a ranking ('second most abundant')"),
            ("Oral magnesium is safe in pregnancy at standard doses.", "makes a safety assertion ('is safe')"),
            ("Divide the daily dose, taking one third in the morning.", "gives a dosing instruction ('Divide the daily dose')"),
        ] {
            #expect(findings(s).first?.message == "\(reason) with no citation", "\(s)")
        }
    }

    @Test func reasonsAreRecorded() throws {
        let a = try #require(ClaimsChecker().analyse(prose("About 30% of patients admitted for detoxification have a low serum magnesium.")).first)
        #expect(a.isClaim)
        #expect(a.claimReasons.first == "states a percentage ('About 30%')")
        #expect(!a.isCited)
    }

    @Test func paragraphScopeLendsCitationsBackToThePreviousOne() {
        let text = "About 30% are deficient [@a]. Up to 65% in ICU are low. Half are untreated. It is rare [@b]. Most patients are fine."
        let sentence = ClaimsChecker(scope: .sentence).analyse(prose(text))
        #expect(sentence.map { $0.findings.count } == [0, 1, 1, 0, 1])
        let paragraph = ClaimsChecker(scope: .paragraph).analyse(prose(text))
        #expect(paragraph.map(\.citationKeys) == [["a"], ["b"], ["b"], ["b"], []])
        #expect(paragraph.map { $0.findings.count } == [0, 0, 0, 0, 1])
        #expect(ClaimsScope(rawValue: "paragraph") == .paragraph)
    }

    @Test func lexiconExtendsWithCourseWords() throws {
        let additions = try JSONDecoder().decode(ClaimsLexicon.Additions.self, from: Data(#"{"hype": ["Wonder Salt"], "attribution": ["insiders say"], "study-nouns": ["audit trail"], "outcomeVerbs": ["soothe"]}"#.utf8))
        #expect(additions.hype == ["Wonder Salt"])
        #expect(additions.studyNouns == ["audit trail"])
        let lexicon = ClaimsLexicon.standard.extended(with: additions)
        #expect(lexicon.hype.contains("wonder salt"))
        #expect(lexicon.hype.count == ClaimsLexicon.standard.hype.count + 1)
        #expect(ClaimsLexicon.standard.extended(with: .init(hype: ["miracle"])) == ClaimsLexicon.standard)
        let checker = ClaimsChecker(lexicon: lexicon)
        #expect(findings("Epsom salt is a wonder salt.").isEmpty)
        #expect(findings("Epsom salt is a wonder salt.", checker: checker).map(\.rule) == [.claimsHype])
        #expect(findings("Insiders say that glycinate calms.", checker: checker).map(\.rule) == [.claimsVagueAttribution])
        #expect(findings("Magnesium may soothe cramps.", checker: checker).map(\.rule) == [.claimsUncited])
    }

    @Test func findingBecomesADiagnostic() throws {
        let d = try #require(ClaimsChecker().diagnostics(prose("Magnesium is a miracle mineral.")).first)
        #expect(d.rule == .claimsHype && d.severity == .warning && d.range.file == "ch.md")
    }
}
