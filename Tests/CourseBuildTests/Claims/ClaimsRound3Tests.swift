import Testing
@testable import CourseBuild

/// Issue 13, round 3: kinds of wording missed on a second independent corpus
/// (claims-own2, scored blind before any tuning), each tested on sentences written
/// for these tests, on topics other than the misses'.
@Suite("Claims generalisation, round 3")
struct ClaimsRound3Tests {
    /// A teaching frame ("remember that", "understand why") or a label ("Clinical pearl:", "Recap:")
    /// asserts what follows; course navigation after it stays plain.
    @Test func teachingFramesAndLabelsAssertWhatFollows() {
        #expect(uncited("For the exam, remember that clarithromycin raises simvastatin levels."))
        #expect(uncited("Learning outcome: understand why lithium levels rise in dehydration."))
        #expect(uncited("Clinical pearl: a normal D-dimer makes pulmonary embolism unlikely in low-risk patients."))
        #expect(quiet("Note that the quiz closes on Friday."))
        #expect(quiet("Recap: the next unit covers anaemia."))
    }

    /// Times of day, seats left and the size of a unit are administration or definition.
    @Test func timesSeatsAndUnitsArePlain() {
        #expect(quiet("The helpline is open 09:00–17:00 on weekdays."))
        #expect(quiet("Registration closes at 23:59 on Sunday."))
        #expect(quiet("Only 12 seats remain for the March intake."))
        #expect(quiet("One pint is 568 mL."))
        #expect(uncited("One capsule is 400 mg of magnesium oxide."))
    }

    /// "X should (not) …" about a drug or a group of patients is a recommendation; telling,
    /// expecting, an embedded "when … should" and a caution against replacing care are not.
    @Test func recommendationsAboutPatientsOrDrugs() {
        #expect(uncited("Lithium should be withheld during an episode of severe vomiting."))
        #expect(uncited("Children with a febrile rash must be seen the same day."))
        #expect(quiet("Patients should be told about the warning signs."))
        #expect(quiet("Magnesium should not replace psychological therapy."))
        #expect(quiet("If the drug blocks the receptor, the scan should show it."))
        #expect(quiet("You should read the case before the seminar."))
    }

    /// What a test can tell ("is unreliable for excluding…") and what it cannot ("does not exclude").
    @Test func testAccuracy() {
        #expect(uncited("A single fasting glucose is unreliable for excluding diabetes in pregnancy."))
        #expect(uncited("A normal chest X-ray does not exclude early lung cancer."))
        #expect(quiet("The weather is unreliable in April."))
    }

    /// Differences between groups and equivalence of effect, without numbers.
    @Test func groupDifferencesAndEquivalence() {
        #expect(uncited("Shift workers who sleep in the day have higher rates of obesity."))
        #expect(uncited("Oral vancomycin works about as well as fidaxomicin for a first episode."))
        #expect(quiet("You get more marks for showing your working."))
        #expect(quiet("Bring a pen as well as your notebook."))
    }

    /// A hedged passive effect, any subject acting on an outcome, a regimen in words.
    @Test func effectsStatedWithoutAClinicalSubject() {
        #expect(uncited("Gout flares can be triggered by dehydration."))
        #expect(uncited("Standing desks reduce back pain in office workers."))
        #expect(uncited("The drops are instilled twice daily."))
        #expect(quiet("The concept of recovery has changed over time."))
        #expect(quiet("Tuberculosis is caused by Mycobacterium tuberculosis, an acid-fast bacillus."))
    }

    /// A verdict held by no one named, an unnamed expert with a specialty, critics and officials.
    @Test func verdictsAndUnnamedJudges() {
        #expect(vague("The prevailing view among cardiologists is that aspirin is overused."))
        #expect(vague("Medical thinking has moved away from bed rest for back pain."))
        #expect(vague("A top sleep medicine doctor told us that blue light is harmless."))
        #expect(vague("Sceptics say the app overstates its accuracy."))
        #expect(quiet("In my view, the evidence is thin."))
    }

    /// Everyone without exception as the beneficiary, rejuvenation, foolproof results.
    @Test func universalBeneficiariesAndRejuvenation() {
        #expect(hype("This plan works for absolutely anyone."))
        #expect(hype("Look ten years younger in a month."))
        #expect(hype("This checklist makes every referral decision foolproof."))
        #expect(!hype("Doses are raised in anyone who takes a loop diuretic."))
    }

    /// A course noun inside a clinical compound ("oxygen delivery", "caesarean section") or after the
    /// sentence's clinical effect ("…, as the figure shows") does not make the sentence course prose.
    @Test func courseNounsInClinicalCompounds() {
        #expect(uncited("Beetroot shots boost endurance by improving oxygen delivery to muscles."))
        #expect(uncited("A caesarean section doubles the risk of placenta praevia in the next pregnancy."))
        #expect(uncited("Salt raises blood pressure in most adults, as the figure shows."))
        #expect(quiet("Free delivery on all orders over £30."))
        #expect(quiet("The figure shows the course timetable."))
    }

    /// An effect promised to the reader, the marketing form of a claim; "helps prevent"; "forget that".
    @Test func promisesHelpsAndForgetting() {
        #expect(uncited("You'll sleep deeper from the very first night."))
        #expect(uncited("Feel calmer and sharper within a week."))
        #expect(uncited("Drinking green tea helps prevent tooth decay."))
        #expect(uncited("Students often forget that lithium raises calcium levels."))
        #expect(quiet("You will see that the answer is yes."))
        #expect(quiet("Sleep apnoea is when your breathing stops and starts while you sleep."))
    }

    /// A drug the lexicon does not list, where it is given, stopped or dosed; a course sold by its effect on health.
    @Test func unlistedDrugsAndCoursesSoldByEffect() {
        #expect(uncited("Stop allopurinol and see a doctor at once if a rash appears."))
        #expect(uncited("Levodopa must be given at the prescribed times."))
        #expect(uncited("Do not combine tramadol with sertraline."))
        #expect(quiet("Do not present a home-made checklist as a validated instrument."))
        #expect(uncited("Our module lowers blood pressure within a month."))
        #expect(quiet("This chapter improves your understanding of sleep."))
        #expect(quiet("The course reduces the time you spend on paperwork."))
    }

    /// A treatment's place, a leading cause, who is more vulnerable, licensing, irregular participles, a body's warning.
    @Test func placesCausesLicencesAndBodies() {
        #expect(uncited("Metformin is the first-line drug for type 2 diabetes in most adults."))
        #expect(uncited("Alcohol is a leading cause of pancreatitis in young men."))
        #expect(uncited("Smokers are more susceptible to invasive pneumococcal disease."))
        #expect(uncited("Melatonin is only licensed for insomnia in adults over 55 in the UK."))
        #expect(uncited("Gonorrhoea cases have risen in teenagers since the clinics closed."))
        #expect(uncited("Adults with gout carry a higher risk of kidney stones."))
        #expect(uncited("The EMA has issued new advice on valproate in men."))
        #expect(quiet("A person may have both conditions because of a common cause."))
        #expect(quiet("The HPA axis links the hypothalamus and the pituitary."))
    }

    /// Sales copy: borrowed authority, tolerability, customers as a proportion, idioms of hype,
    /// rumour as a source, an absolute superlative, a perfect outcome.
    @Test func salesCopyKinds() {
        #expect(hype("Clinically tested botanicals for brighter mornings."))
        #expect(uncited("Easy on the stomach, unlike ordinary iron tablets."))
        #expect(uncited("Most clients feel more energetic by day three."))
        #expect(hype("Ditch those antacids and heal from within."))
        #expect(vague("Rumour has it that cold showers boost immunity."))
        #expect(vague("Many parents swear by probiotics for toddler diarrhoea."))
        #expect(hype("Walking is the single greatest medicine for your joints."))
        #expect(hype("Our drops restore perfect eyesight in a week."))
        #expect(uncited("Feel the energy in minutes, not hours."))
        #expect(!hype("A single dose of 2 g is enough."))
    }

    /// Leaflet and news kinds: a condition before an instruction, the patient as "you", a route of
    /// administration, records ("at their highest"), calls for action by unnamed experts.
    @Test func leafletAndNewsKinds() {
        #expect(uncited("If you take lithium, avoid ibuprofen."))
        #expect(uncited("You should not breastfeed while taking these tablets."))
        #expect(uncited("Answer: naloxone is given intranasally or intramuscularly."))
        #expect(uncited("Rates of syphilis are at their highest level since 1948."))
        #expect(vague("Campaigners are calling for a ban on disposable vapes."))
        #expect(quiet("Doctors call this the honeymoon phase."))
        #expect(quiet("If you finish early, check the answers."))
        #expect(quiet("You should read the case before the seminar."))
    }

    /// Textbook kinds: how often something is recognised or used, a narrow therapeutic window,
    /// one treatment preferred over another, an effect that fades.
    @Test func textbookKinds() {
        #expect(uncited("Coeliac disease is underdiagnosed in adults with anaemia."))
        #expect(uncited("Digoxin has a narrow therapeutic range."))
        #expect(uncited("Sertraline is usually preferred over paroxetine in pregnancy."))
        #expect(uncited("Screening for hepatitis C is not yet routine in prisons."))
        #expect(uncited("The benefit of esketamine wanes within weeks of stopping."))
        #expect(quiet("The seats are reserved for speakers."))
    }

    /// Collective sources ("the research community"), mounting evidence, a broad consensus,
    /// programmes as treatments, "Never … again".
    @Test func collectiveSourcesAndPromisesOfNever() {
        #expect(vague("The medical establishment now accepts that obesity is a disease."))
        #expect(vague("Evidence is growing that loneliness shortens life."))
        #expect(vague("There is a general consensus that screen time harms toddlers' speech."))
        #expect(uncited("The programme reverses early fatty liver disease in most participants."))
        #expect(hype("Never worry about your blood sugar again."))
        #expect(!hype("Never skip the reflection questions again."))
        #expect(quiet("The protocol for the quiz is on page 3."))
    }

    /// The tropes of sales copy: revolution, conspiracy, awe, certainty, transformation, an outcome gone.
    @Test func salesCopyTropes() {
        #expect(hype("Meet the future of pain relief."))
        #expect(hype("The supplement Big Pharma doesn't want you to know about."))
        #expect(hype("Dermatologists are baffled by this cream."))
        #expect(hype("Zero cravings from the first day."))
        #expect(hype("The last sleep aid you will ever buy."))
        #expect(hype("Unleash your body's natural healing power."))
        #expect(!hype("The dose was reduced to zero over two weeks."))
        #expect(!hype("We said goodbye to the old syllabus."))
    }

    /// Teaching feedback: plurals of drug names, tests as subjects, more labels, an instruction that only
    /// introduces ("Consider this:"), clinical tips, review intervals.
    @Test func teachingFeedbackKinds() {
        #expect(uncited("Why? Because loop diuretics waste magnesium."))
        #expect(uncited("Why? Because macrolides prolong the QT interval."))
        #expect(uncited("Pitfall: a normal CT does not rule out subarachnoid haemorrhage."))
        #expect(uncited("Consider this: nearly half of older inpatients are vitamin D deficient."))
        #expect(uncited("Clinical tip: check potassium in any patient starting a loop diuretic."))
        #expect(uncited("Good practice is to review lithium levels every three months."))
        #expect(quiet("Remember: the quiz closes on Friday."))
        #expect(quiet("Circadian rhythm: an internal biological cycle that repeats roughly every 24 hours."))
    }

    /// Plain sentences that look like claims: a term defined, what learners ask. (Opening hours in
    /// words, "open seven days a week", still read as a regimen: a regimen without a clinical noun,
    /// "Swim three times a week", is far more often a claim.)
    @Test func plainLookalikes() {
        #expect(quiet("The term 'resistant hypertension' means three drugs have failed."))
        #expect(quiet("Students often ask whether they need to learn doses by heart."))
        #expect(uncited("Swim for twenty minutes three times a week to ease back pain."))
    }

    /// How long a treatment takes, a risk a drug carries, outcomes after any verb, what a body offers.
    @Test func timingRiskAndOutcomeAdverbs() {
        #expect(uncited("Lithium takes one to three weeks to work in mania."))
        #expect(uncited("Clozapine carries a small risk of agranulocytosis."))
        #expect(uncited("Adults who sleep seven hours live longer."))
        #expect(uncited("The NHS offers free shingles vaccines to people over 70."))
        #expect(quiet("It takes two weeks to mark the essays."))
        #expect(quiet("Students who revise early do better."))
    }

    /// More hype kinds: a life without, what you deserve, like magic, never … again after a comma,
    /// everyone should take it, the world's purest; not the world's largest trial.
    @Test func moreHypeKinds() {
        #expect(hype("Imagine a life without back pain."))
        #expect(hype("At last, the energy you deserve."))
        #expect(hype("This balm clears eczema like magic."))
        #expect(hype("Take one a day, never catch a cold again."))
        #expect(hype("Drink this daily, never feel bloated again."))
        #expect(hype("The world's finest magnesium."))
        #expect(!hype("The world's largest trial of aspirin enrolled 19,000 older adults."))
    }
}
