import Testing
@testable import CourseBuild

/// Issue 13: one test per kind of miss and false alarm, on sentences written for
/// these tests (not copied from the dev corpus), on topics well away from magnesium.
@Suite("Claims generalisation")
struct ClaimsGeneralisationTests {
    @Test func prescribingAndSafetyInstructions() {
        #expect(uncited("Give intramuscular adrenaline before any antihistamine in anaphylaxis."))
        #expect(uncited("Do not take warfarin with cranberry juice, as bleeding can follow."))
        #expect(uncited("Don't combine codeine with alcohol."))
        #expect(uncited("Titrate carbamazepine slowly to lower the risk of rash."))
        #expect(quiet("Do not skip the reflection questions at the end of the chapter."))
    }

    @Test func hedgedEffects() {
        #expect(uncited("Long-term steroid use may contribute to bone thinning."))
        #expect(uncited("Cold-water swimming appears to lift mood in winter."))
        #expect(uncited("Chronic noise exposure could worsen tinnitus."))
    }

    @Test func causeAndEffect() {
        #expect(uncited("Hyperkalaemia can provoke ventricular fibrillation in patients on dialysis."))
        #expect(uncited("Tannins in black tea reduce how much iron the gut takes up."))
        #expect(quiet("Local anaesthetics bind sodium channels in the nerve membrane."))
    }

    @Test func frequencyAndPrevalenceWords() {
        #expect(uncited("Most antiepileptic drugs cross into breast milk to some degree."))
        #expect(uncited("Anaphylaxis to penicillin is very rare."))
        #expect(uncited("Vitamin B12 deficiency is especially common among older vegans."))
        #expect(uncited("A persistent cough affects a large share of people taking ACE inhibitors."))
    }

    @Test func comparisonsWithoutNumbers() {
        #expect(uncited("For acne, topical retinoids work as well as oral antibiotics and usually with fewer problems."))
        #expect(uncited("Slow-release caffeine delivers less of its dose into the blood than a strong espresso."))
    }

    @Test func namedBodiesGroupsAndPlacesWithoutCitation() {
        #expect(uncited("NICE advises against antibiotics for most sore throats."))
        #expect(uncited("According to the NHS, one adult in five has tinnitus at some point."))
        #expect(uncited("Okafor and Lind's team in Uppsala reported that hearing aids slowed memory decline."))
        #expect(quiet("NICE advises against antibiotics for most sore throats [@nice2018]."))
    }

    @Test func claimsInOutcomesAndTakeaways() {
        #expect(uncited("- Key takeaway: hand washing halves the spread of norovirus on wards."))
        #expect(uncited("- Explain why sunscreen can prevent most squamous cell cancers of the skin."))
    }

    @Test func vagueAttributionBeyondStockPhrases() {
        #expect(vague("Skin scientists have discovered that sugar ages the face faster."))
        #expect(vague("Asthma is, in the view of most respiratory nurses, undertreated in teenagers."))
        #expect(vague("Orthopaedic wisdom holds that rest is the best cure for a bad back."))
        #expect(vague("Study after study has tied loneliness to heart disease."))
        #expect(vague("Current guidelines recommend a colonoscopy every five years for people with colitis."))
        #expect(vague("Data from thousands of our members show that the app cuts snacking."))
        #expect(vague("'Nobody should be on this drug for more than a month,' one leading pharmacologist told us."))
        #expect(vague("Many dermatologists believe that hard water triggers eczema."))
    }

    @Test func hypeWithoutStockKeywords() {
        #expect(hype("Follow the plan and, quite simply, no child in your class will ever catch a cold again."))
        #expect(hype("On our diet, a migraine simply becomes impossible."))
        #expect(hype("Every single person on the planet needs more collagen."))
        #expect(hype("This is the single most important habit for your heart."))
        #expect(hype("Nothing on earth comes close to cod liver oil for stiff joints."))
        #expect(hype("Welcome to the end of dieting as we know it."))
        #expect(hype("This is the only skin cream you will ever need."))
    }

    @Test func falseAlarmsRemoved() {
        // vignette facts
        #expect(quiet("Mrs T, aged 77, fell twice in the week after starting doxazosin 4 mg."))
        #expect(quiet("Tom tells you he drinks six cans of lager on a Friday."))
        // unit conversions and definitions with numbers
        #expect(quiet("One standard drink is 14 grams of pure alcohol."))
        #expect(quiet("To convert pounds to kilograms, divide by 2.2."))
        // course administration
        #expect(quiet("Office hours run every Monday at 5 pm until 30 June."))
        #expect(quiet("Join more than 2,000 nurses who have already finished the module."))
        #expect(quiet("Free shipping on every order over £30, with a 60-day money-back guarantee."))
        // the standard disclaimer
        #expect(quiet("These statements are not intended to diagnose, treat, cure or prevent any disease."))
        // hype words mentioned or discussed
        #expect(quiet("Be wary of any gym that calls its shake a miracle for weight loss."))
        #expect(quiet("Discuss why adverts that promise to 'unlock' energy tell you nothing checkable."))
        // citation syntax in a code span
        #expect(quiet("Cite the BNF entry as `[@bnf2024]` rather than pasting its link."))
        // table header cells with units
        #expect(quiet("| Creatinine (µmol/L) | eGFR (mL/min) |"))
        // definitions and mechanisms
        #expect(quiet("Adverse effects of opioids include constipation, nausea and drowsiness."))
        #expect(quiet("Proton pump inhibitors block the acid pump in the stomach lining."))
    }
}
