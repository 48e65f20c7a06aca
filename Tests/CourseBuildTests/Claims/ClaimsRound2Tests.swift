import Testing
@testable import CourseBuild

/// Issue 13, round 2: kinds of wording the checker missed on an independent corpus,
/// each tested on sentences written for these tests, on topics other than the misses'.
@Suite("Claims generalisation, round 2")
struct ClaimsRound2Tests {
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

    /// Universal promises without a stock hype word: a universal with permanence or ease, an effect
    /// "in everyone", "will always/never … again".
    @Test func universalPromises() {
        #expect(hype("This inhaler works for every asthmatic, every single time."))
        #expect(hype("With our plan, every client can give up sugar for good."))
        #expect(hype("Our tincture clears eczema in everyone who tries it."))
        #expect(hype("With this mnemonic, every ECG becomes easy to read."))
        #expect(hype("Use this checklist and your ward will never miss a sepsis case again."))
        #expect(hype("Follow the protocol and your patients will always sleep through the night."))
        #expect(!hype("Every patient on the ward has a named nurse."))
        #expect(!hype("All patients should be weighed on admission."))
        #expect(!hype("Each time the alarm sounds, check the line for air."))
    }

    /// Total victory and perfection: "eliminates … completely", "wipes out", "a thing of the past",
    /// "the perfect remedy", "the answer to every…", a field's knowledge rewritten.
    @Test func totalVictoryAndPerfection() {
        #expect(hype("This app eliminates medication errors completely."))
        #expect(hype("Red light therapy wipes out chronic pain."))
        #expect(hype("Gene therapy has made haemophilia a thing of the past."))
        #expect(hype("Turmeric is the perfect remedy for stiff joints."))
        #expect(hype("Fasting could be the answer to every chronic illness."))
        #expect(hype("Microbiome science has rewritten everything we knew about allergy."))
        #expect(!hype("Smallpox was eradicated in 1980 after a global vaccination campaign."))
        #expect(!hype("There is no perfect answer to this question."))
    }

    /// Clinical entities the lexicon did not know: drug-name stems ("-formin", "-sone", "-pril"…),
    /// drug classes ("inhibitors", "blockers"), conditions and their plurals, screening and vaccination,
    /// and epidemiological counts ("admissions", "cases") with a verb of change.
    @Test func widerClinicalEntities() {
        #expect(uncited("Lisinopril seldom causes angioedema in white patients."))
        #expect(uncited("Annual lung screening prevents many lung cancer deaths in heavy smokers."))
        #expect(uncited("Hospital admissions for asthma fell steeply after the smoking ban."))
        #expect(uncited("Dexamethasone shortens the course of croup in toddlers."))
        #expect(quiet("The concept of recovery has changed over time."))
        #expect(quiet("Infection control nurses check the wards every morning."))
    }

    /// Safety and fitness for a group, comparisons with a multiple or an equality, dose forms as units,
    /// monitoring and rescue instructions, a named body after a sentence-opening "The".
    @Test func safetyComparisonsAndInstructions() {
        #expect(uncited("Our vitamin D sprays are non-drowsy and suitable for pregnant women."))
        #expect(uncited("Children who eat breakfast learn twice as many new words as children who skip it."))
        #expect(uncited("Oat milk builds bone just as well as cow's milk."))
        #expect(uncited("Dissolve two sachets in water every evening with food."))
        #expect(uncited("- Check lithium levels after each dose change in older adults."))
        #expect(uncited("Give fluids if the systolic pressure falls below 90 mmHg."))
        #expect(uncited("The World Health Organization no longer recommends routine episiotomy."))
        #expect(uncited("This cream can make your skin feel sore, so do not use it on broken skin."))
        #expect(quiet("The HPA axis links the hypothalamus and the adrenal glands."))
    }

    /// Definitions with numbers: a term defined, a measuring instrument's items and range, a unit; shop administration and signposting; a dated event in a patient's story.
    @Test func definitionsAdminAndDatedVignettes() {
        #expect(quiet("A heavy-drinking day is defined as five or more drinks for men."))
        #expect(quiet("The Mini-Mental State Examination score ranges from 0 to 30."))
        #expect(quiet("The AUDIT questionnaire contains ten questions, each scored from 0 to 4."))
        #expect(uncited("Each capsule contains 400 mg of ibuprofen."))   // a label's figure wants its source
        #expect(quiet("One gram of sodium chloride is about 17 mmol of sodium."))
        #expect(quiet("Tuition fees are payable in two instalments of £450."))
        #expect(quiet("Ring the ward or phone 999 in an emergency."))
        #expect(quiet("On 3 March his consultant added ramipril 2.5 mg at night."))
        #expect(quiet("Four days later she restarted sertraline 50 mg daily."))
        #expect(quiet("This leaflet tells you about your new inhaler."))
        #expect(uncited("The test is positive in 95% of cases of active TB."))
        #expect(uncited("The usual adult dose of amoxicillin is 500 mg three times a day."))
    }

    /// Claims inside navigation and exercise answers: after a label that introduces content, or after
    /// a course part that explains why; a promise to the learner with "never … again" is hype.
    @Test func claimsInsideCourseProse() {
        #expect(uncited("Feedback on question 2: ACE inhibitors commonly cause a dry cough."))
        #expect(uncited("Key takeaway: untreated sleep apnoea raises the risk of road accidents."))
        #expect(uncited("Module 3 explains why sulfonylureas are less suitable in frail older people."))
        #expect(hype("Study with us and you will never fail a pharmacology exam again."))
        #expect(quiet("Module 4: the cranial nerves."))
        #expect(quiet("Chapter 2 explains how the kidney handles sodium."))
    }
}
