import Foundation
import Testing
@testable import CourseBuild

/// False alarms seen on the real course, each fixed by a general rule, with the
/// claims of the same shape that must still fire.
@Suite("Claims precision on course prose")
struct ClaimsCoursePrecisionTests {
    /// The rules of uncited findings only.
    private func uncited(_ s: String) -> [ClaimFinding] { findings(s).filter { $0.rule == .claimsUncited } }

    // MARK: case vignettes

    @Test func patientsOwnMedicinesAreQuiet() {
        #expect(findings("She has taken sertraline 100 mg daily for two years, and omeprazole 40 mg daily for four years.").isEmpty)
        #expect(findings("Her general practitioner started omeprazole 40 mg daily for reflux seven years ago.").isEmpty)
        #expect(findings("She has declined an SSRI because she fears side effects.").isEmpty)
    }

    @Test func vignetteCarriesThroughItsParagraph() {
        let p = prose("Her general practitioner checked her bloods a month ago. Serum magnesium was 0.78 mmol/L and eGFR 74 mL/min/1.73 m².")
        #expect(ClaimsChecker().analyse(p).allSatisfy { $0.findings.isEmpty })
        // Without the patient before it, the same value is a claim.
        #expect(!findings("Serum magnesium was 0.78 mmol/L in the treated group.").isEmpty)
    }

    @Test func dosesOutsideAVignetteStillFire() {
        #expect(uncited("Magnesium sulfate 4 g intravenously is the usual loading dose in eclampsia.").first?.message.hasPrefix("gives a dose") == true)
        #expect(!findings("Start 200 mg of elemental magnesium at night.").isEmpty)
        // A price per unit is not a dose.
        #expect(findings("Compare products by price per 100 mg of elemental magnesium.").isEmpty)
    }

    // MARK: clinic reviews and anaphoric study words

    @Test func possessiveReviewIsAnAppointment() {
        #expect(findings("His kidney disease is stable at his last review.").isEmpty)
        #expect(findings("At Leo's review, the nurse weighs him.").isEmpty)
        #expect(findings("The GP reviews whether a magnesium-free laxative would suit her.").isEmpty)
    }

    @Test func anaphoricStudiesAreQuiet() {
        for s in [
            "The studies have limits that matter for interpretation.", "The trial evidence adds a further point.",
            "These trials are discussed in [Depression: What the Trials Show](04-depression.md).",
            "These studies leave large gaps.", "Using a marker in a study is not the same as validating it.",
            "Cross-sectional data cannot show direction.",
        ] {
            #expect(findings(s).isEmpty, "\(s)")
        }
    }

    @Test func specificStudiesStillFire() {
        for s in [
            "A 2023 longitudinal study found that magnesium lowered relapse rates.",
            "The review concluded that the evidence is inconsistent.", "The MAGNUM trial enrolled adults with migraine.",
            "A systematic review by Phelan and colleagues pointed the other way.", "A study found no effect on mood.",
        ] {
            #expect(findings(s).contains { $0.message.hasPrefix("names a study") || $0.message.hasPrefix("reports a finding") }, "\(s)")
        }
    }

    // MARK: risk factors, the verb "mean"

    @Test func riskFactorsAsATopicAreQuiet() {
        #expect(findings("A value in the grey zone in a person with several risk factors deserves a look at the causes.").isEmpty)
        #expect(findings("Take a structured history of risk factors for magnesium loss.").isEmpty)
        #expect(uncited("Alcohol misuse is a risk factor for hypomagnesaemia.").first?.message.hasPrefix("asserts an association") == true)
    }

    @Test func verbMeanIsNotAStatistic() {
        #expect(findings("In practice this means that one value can be normal by one standard and low by another.").isEmpty)
        #expect(!findings("The clinician decides what a difference of 0.1 means for a given patient.").contains { $0.message.hasPrefix("reports a statistic") })
        #expect(!findings("Scores fell by a mean of 4.5 points.").isEmpty)
    }

    // MARK: advice, questions and counterfactuals

    @Test func advisoryShouldNotIsNotASafetyAssertion() {
        #expect(findings("Magnesium should not be used in place of established treatments for depression.").isEmpty)
        #expect(findings("The claim should not be repeated to patients.").isEmpty)
        #expect(findings("- Magnesium must not delay established treatment for panic disorder.").isEmpty)
        #expect(uncited("Magnesium should not be given to patients with myasthenia gravis.").first?.message.hasPrefix("makes a safety assertion") == true)
    }

    @Test func hypotheticalAndEmbeddedEffectsAreQuiet() {
        #expect(findings("If magnesium measurements were closely tied to mood, a test might help to diagnose depression.").isEmpty)
        #expect(findings("The second would test whether correcting low magnesium reduces stress reactivity.").isEmpty)
        #expect(findings("She wonders whether the same product would help her concentration.").isEmpty)
    }

    @Test func assertedEffectsStillFire() {
        #expect(uncited("Magnesium may reduce the frequency of attacks in menstrual migraine.").first?.message == "asserts an effect ('may reduce') with no citation")
        #expect(!findings("If taken with food, magnesium citrate can cause less diarrhoea than oxide.").isEmpty)
        #expect(findings("Translating scores into years can help lay readers.").isEmpty)
    }

    @Test func ordinalIsNotAFraction() {
        #expect(findings("A person may have both because of a third factor, such as alcohol use.").isEmpty)
        #expect(uncited("About a third of patients had low magnesium.").first?.message.hasPrefix("states a proportion") == true)
        #expect(findings("Patients and colleagues will meet several specific claims.").isEmpty)
    }

    // MARK: whole chapters (Fixtures/claims-chapters): options, headers, denied and all-cause universals

    /// A multiple-choice option is offered, not asserted, even a wrong one with a dose or a timing; an organism's
    /// abbreviated genus is not an option letter.
    @Test func answerOptionsAreNotAsserted() {
        for option in ["- C. Suggest switching atorvastatin to simvastatin.", "- D) Advise the patient to take the two medicines 12 hours apart."] {
            #expect(findings(option).isEmpty, "\(option)")
            #expect(findings(option, checker: wholeChecker).isEmpty, "\(option)")
        }
        #expect(!findings("- Advise the patient to take the two medicines 12 hours apart.").isEmpty, "an instruction, not an option")
        #expect(!findings("- A. fumigatus causes most cases of invasive aspergillosis.").isEmpty)
    }

    /// A table's header row labels its columns: no rule reads a value or a frequency in it; the same cells in a
    /// body row are read.
    @Test func tableHeaderRowsAreLabels() {
        let cells = ["Feature", "Criterion for one point", "Serum 25(OH)D (nmol/L)"]
        let row = Array(cells.map { [ProseParagraph.Piece.text($0, start: SourcePosition(line: 1, column: 1))] }
            .joined(separator: [.lineBreak]))
        let header = ProseParagraph(file: "ch.md", pieces: row, isListItem: true, isTableHeader: true)
        #expect(rulesOnlyChecker.analyse(header).allSatisfy { $0.findings.isEmpty })
        var body = header
        body.isTableHeader = false
        #expect(!rulesOnlyChecker.analyse(body).flatMap(\.findings).isEmpty)
    }

    /// "Not everyone…" denies a universal, and "from any cause" is all-cause mortality: neither is a promise.
    @Test func deniedAndAllCauseUniversalsAreNotHype() {
        let hype = { (s: String) in findings(s).filter { $0.rule == .claimsHype } }
        #expect(hype("Not everyone with type 2 diabetes needs to check their blood glucose at home [@f2024].").isEmpty)
        #expect(hype("People who ate the most fibre had a 20% lower risk of dying from any cause [@r2019].").isEmpty)
        #expect(!hype("Everyone with type 2 diabetes who follows this plan comes off insulin for good.").isEmpty)
        #expect(!hype("This balm heals any wound.").isEmpty)
    }

    /// Naming, a thing against its own norm, either direction, and a measurement's units: ordinary patient-education
    /// prose, each beside the claim of the same shape that still fires.
    @Test func namingNormsAndUnitsAreNotClaims() {
        #expect(findings("- how to spot and treat a low blood sugar, often called a \"hypo\";").isEmpty)
        #expect(!findings("Leg cramps are often worse at night in older adults.").isEmpty)
        #expect(findings("In type 2 diabetes, the insulin the body makes does not work as well as it should.").isEmpty)
        #expect(!findings("Magnesium works as well as quinine for night cramps.").isEmpty)
        #expect(findings("Your own target may be higher or lower than this.").isEmpty)
        #expect(!findings("Patients on lithium have higher trough levels than those on valproate.").isEmpty)
        #expect(findings("It is reported in mmol/mol, or as a percentage in some countries.").isEmpty)
        #expect(findings("It is reported that magnesium eases night cramps.").map(\.rule) == [.claimsVagueAttribution])
    }

    /// Textbook chapters (Fixtures/claims-chapters3): a rate measured in a case, a participle after "with", a
    /// clinician's review and a plural noun after a determiner, each beside the claim of the same shape.
    @Test func ratesReviewsAndNounsInTextbookProse() {
        #expect(findings("After two further nebulisers, Amira is talking in sentences and her heart rate has settled to 115 per minute.").isEmpty)
        #expect(!findings("Take 400 mg three times per day.").isEmpty)
        #expect(findings("Interpret iron studies in an adult with suspected iron deficiency.").isEmpty)
        #expect(findings("Surveys of junior doctors repeatedly show that rotas harm sleep.").map(\.rule) == [.claimsVagueAttribution])
        #expect(findings("Recognise when a child needs senior review or a higher level of care.").isEmpty)
        #expect(findings("A 2019 Cochrane review found that iron infusions cut the need for transfusion.").first?.message.hasPrefix("names a study") == true)
        #expect(findings("Its causes include infection at any site, dehydration, constipation and pain.").isEmpty)
        #expect(findings("This antibiotic cures any infection.").contains { $0.rule == .claimsHype })
    }
}
