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

extension ClaimsRound5Tests {
    /// A result or a sign read as a diagnosis: what a finding means is checkable, with no effect verb or number.
    @Test func findingsReadAsADiagnosis() {
        #expect(uncited("A normal troponin at six hours rules out a heart attack in most chest pain."))
        #expect(uncited("A low ferritin points to iron deficiency even when haemoglobin is normal."))
        #expect(uncited("Tip: a raised CRP with a normal white cell count suggests a viral cause."))
        #expect(uncited("A urine output under 0.5 ml/kg an hour means the kidneys are struggling."))
        #expect(quiet("Bradycardia means a slow heart rate."))
        #expect(quiet("What does a raised ALP mean for the next step?"))
        #expect(quiet("Coming up: what the new salt targets mean for school meals."))
        #expect(quiet("A high score on the quiz means you are ready for module 3."))
    }

    /// The reason given for an instruction asserts ("…, because the symptoms can come back"); a reason
    /// about the course or the clinic does not.
    @Test func reasonsGivenForInstructions() {
        #expect(uncited("Go back to the clinic after the first dose, because the rash can return within a day."))
        #expect(quiet("Bring your appointment card, because the reception team needs it."))
        #expect(quiet("Read chapter 4 first, because it explains the basics."))
    }

    /// A definition's predicate describes what the term names ("a rapidly diminishing response"); a relative
    /// clause of its own, a number or a ranking still asserts.
    @Test func definitionsDescribe() {
        #expect(quiet("Presbyopia is a gradual loss of near focusing, usually noticed in the forties."))
        #expect(quiet("Tolerance is a steadily declining response to the same dose of a drug."))
        #expect(quiet("Cellulitis describes an infection of the deeper skin, typically affecting the lower leg."))
        #expect(uncited("Isoniazid is a drug that causes neuropathy in slow acetylators."))
        #expect(uncited("Magnesium is a cofactor in more than 300 enzyme systems."))
    }

    /// Quantities set equal, a conversion by division, and a dated event in a case are not claims.
    @Test func conversionsAndDatedCases() {
        #expect(quiet("For the calculation, 1 g is the same as 1,000 mg."))
        #expect(quiet("Multiply a creatinine value in mg/dL by 88.4 to express it in µmol/L."))
        #expect(quiet("Today her sodium is 128 mmol/L and her urea has risen from 6 to 11 mmol/L."))
        #expect(uncited("Sodium below 125 mmol/L is associated with falls in older adults."))
    }

    /// Handing a question on, identifying a patient, the reader's frame of mind and "from any cause" are
    /// neither safety instructions nor promises.
    @Test func instructionsThatAssertNothing() {
        #expect(quiet("Please check with your midwife before taking any herbal remedy in pregnancy."))
        #expect(quiet("Always check the patient's name against the prescription chart before every round."))
        #expect(quiet("Don't be alarmed if the leaflet lists a long string of side effects."))
        #expect(uncited("Check magnesium before starting a proton pump inhibitor long term."))
        #expect(!hype("Statin use was linked to fewer deaths from any cause [@lee2019]."))
    }
}

extension ClaimsRound5Tests {
    /// How many, in words: "one woman in seven", "a few women", "lots of people".
    @Test func howManyInWords() {
        #expect(uncited("Roughly one man in eight develops prostate cancer."))
        #expect(uncited("A few children get a mild fever after the MMR jab."))
        #expect(uncited("Lots of people notice a dry mouth on amitriptyline."))
        #expect(quiet("Lots of people joined the webinar last week."))
        #expect(quiet("A few learners asked about the exam date."))
    }

    /// Two quantities that move together ("the earlier…, the better…"), when something clinical is in it.
    @Test func correlatives() {
        #expect(uncited("The earlier adrenaline is given, the better the outcome in anaphylaxis."))
        #expect(uncited("Stop smoking now, because the longer you smoke, the higher the risk of a stroke."))
        #expect(quiet("The more you practise, the easier the exam becomes."))
    }
}
