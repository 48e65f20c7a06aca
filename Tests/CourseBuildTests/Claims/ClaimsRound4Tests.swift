import Testing
@testable import CourseBuild

/// Issue 13, round 4: breadth rather than phrases. A vocabulary of drugs, nutrients and
/// conditions from WordNet, any verb after a modal with a clinical subject, and copular
/// comparisons; each tested on sentences written for these tests.
@Suite("Claims generalisation, round 4")
struct ClaimsRound4Tests {
    /// Drugs and conditions the hand-written lexicon does not list are clinical subjects
    /// (from ClinicalWords), and everyday words with a rare clinical sense are not.
    @Test func clinicalWordsFromWordNet() {
        #expect(ClinicalWords.words.contains("amiodarone"))
        #expect(ClinicalWords.words.contains("gout"))
        #expect(ClinicalWords.words.contains("riboflavin"))
        #expect(!ClinicalWords.words.contains("glow"))
        #expect(!ClinicalWords.words.contains("parity"))
        #expect(uncited("Gout often flares after a heavy meal."))
        #expect(quiet("The glow often fades after an hour."))
    }

    /// A clinical subject, a modal and any verb: the verb need not be in the lexicon.
    @Test func anyVerbAfterAModalWithAClinicalSubject() {
        #expect(uncited("Scurvy can follow months of a diet without fresh fruit."))
        #expect(uncited("Rifampicin may turn tears orange."))
        #expect(uncited("Hypokalaemia can be fatal in heart failure."))
        #expect(quiet("Ferritin can be measured on the same blood sample."))
        #expect(quiet("A serum hormone level can reflect the time of sampling."))
        #expect(quiet("You can follow the case on the next page."))
        #expect(quiet("She may need a lift home after the appointment."))
    }

    /// A clinical subject compared by a copula, with or without "than".
    @Test func copularComparisons() {
        #expect(uncited("Cellulitis is more common in people with lymphoedema."))
        #expect(uncited("Liquid paracetamol is better absorbed than tablets."))
        #expect(uncited("Ceftriaxone is less painful with lidocaine."))
        #expect(quiet("Day 5: she is less confused and eating again."))
        #expect(quiet("This module is more practical than the last one."))
        #expect(quiet("Serotonin stays longer in the synapse when reuptake is blocked."))
    }

    /// A participle after a preposition, or joined to one, describes a noun: a definition, not an effect.
    @Test func participlesThatDescribe() {
        #expect(quiet("Sarcopenia is a state of reduced muscle mass and lowered strength."))
        #expect(uncited("Sarcopenia reduced walking speed in the cohort."))
    }

    /// A group of people doing anything more, less or as quickly as another: a difference between groups.
    @Test func groupsDoingMoreOrLess() {
        #expect(uncited("Toddlers who nap at noon sleep more deeply at night."))
        #expect(uncited("Women given a birth plan use pain relief less."))
        #expect(uncited("Babies fed at home gain weight as quickly as those in hospital."))
        #expect(quiet("Students who revise early do better."))
        #expect(quiet("You will practise more in the second term."))
        #expect(quiet("Patients asked no more than two questions each."))
    }

    /// Unnamed written or counted sources, sources the writer met, verdicts held by no one named.
    @Test func moreUnnamedSources() {
        #expect(vague("Several older papers point to a link between shift work and reflux."))
        #expect(vague("Nurses I have worked with say the new dressing heals faster."))
        #expect(vague("The sense among GPs is that sore throats rarely need antibiotics."))
        #expect(vague("The science is settled: salt raises blood pressure."))
        #expect(vague("It's long been known that lead harms children's development."))
        #expect(quiet("Figures 4 and 5 show the trend in admissions."))
        #expect(quiet("Laboratories report potassium in mmol/L."))
        #expect(!vague("Okafor and colleagues found that the effect held in older adults."))
    }

    /// A bare count of things is administration unless the sentence is about something clinical.
    @Test func bareCountsOfThings() {
        #expect(quiet("Ward 9 has 24 beds and two side rooms."))
        #expect(quiet("Steps 3 to 5 repeat the calculation with new values."))
        #expect(quiet("In episode 17 we visit a community garden."))
        #expect(uncited("Each sachet of the powder holds 12 strains of bacteria."))
        #expect(uncited("The kit detects over 200 food sensitivities from one sample."))
    }

    /// Promises without exception or measured against an epoch.
    @Test func moreHypeWithoutStockWords() {
        #expect(hype("This brace changes knee surgery for ever."))
        #expect(hype("Ten minutes of breathing a day adds years to your life."))
        #expect(hype("Thanks to this inhaler, nobody has to fear an asthma attack again."))
        #expect(hype("Whatever your weight, this shake works."))
        #expect(hype("The greatest advance in sleep science of our generation."))
        #expect(hype("The best thing to happen to acne since benzoyl peroxide."))
        #expect(hype("This spray prevents every migraine."))
        #expect(!hype("Whatever your answer, write it in the box."))
        #expect(!hype("No one in the trial needed a transfusion."))
        #expect(!hype("Aspirin prevents every second stroke in this model."))
    }

    /// What a condition calls for, a timing in words, a hedge before any verb, a benefit bullet,
    /// a proportion of a described group, a disease in the object of an effect verb.
    @Test func needsTimingsHedgesAndBullets() {
        #expect(uncited("Renal dose reduction is required in severe kidney disease."))
        #expect(uncited("Caution is advised in people over 80."))
        #expect(quiet("A calculator is needed for the next exercise."))
        #expect(uncited("Dependence on zopiclone develops within weeks."))
        #expect(quiet("Marks are released within days of the exam."))
        #expect(uncited("Headaches tend to come back when caffeine is stopped."))
        #expect(uncited("Migraines tend to worsen around menstruation."))
        #expect(uncited("- Eases occasional bloating after meals"))
        #expect(quiet("- Covers the chapters on renal physiology"))
        #expect(uncited("The clinic now sees most referred patients within a fortnight."))
        #expect(uncited("Daily moisturiser use prevents eczema flares."))
        #expect(quiet("Orexin neurons in the hypothalamus stabilise wakefulness."))
    }

    /// Plain sentences that carry numbers or effect words: conversions between units, a tablet's code,
    /// a document's edition, storage, a worked calculation, organisms a vaccine contains.
    @Test func plainNumbersAndParticiples() {
        #expect(quiet("Three miles is roughly 4.8 kilometres."))
        #expect(quiet("The capsules are blue and printed GX 25 on the cap."))
        #expect(quiet("This leaflet replaces the 2019 edition and is due for review in 2027."))
        #expect(quiet("Store below 30 °C and keep out of the sight of children."))
        #expect(quiet("Worked calculation: 250 mg from a 125 mg/5 mL syrup is 10 mL."))
        #expect(quiet("The nasal spray contains weakened viruses grown in eggs."))
        #expect(quiet("Your next parcel ships on the 1st of every month."))
        #expect(uncited("Dose reduction is needed in moderate renal impairment."))
        #expect(uncited("Women account for two thirds of new cases."))
        #expect(uncited("Screening has reduced deaths from cervical cancer."))
    }

    /// A first-hand report that a symptom changed is a testimonial claim; plurals of clinical words are
    /// clinical; a "that" clause after "claims" or "the idea" is reported, not asserted.
    @Test func testimonialsPluralsAndReportedContent() {
        #expect(uncited("Two weeks into the course of drops, my hay fever had gone."))
        #expect(uncited("I switched to the night blend and it calmed my cramps."))
        #expect(uncited("Since using the roller my skin has cleared up."))
        #expect(quiet("Our admissions team went to the open day."))
        #expect(quiet("My tutor returned the essay within a week."))
        #expect(uncited("Statins can cause muscle aches."))
        #expect(quiet("Claims that some salts cross the barrier faster are examined in chapter 8."))
        #expect(quiet("The idea that stress causes ulcers is discussed in unit 3."))
    }

    /// Ratios and equivalences in words, a risk stated as a level, a test that over- or under-reads,
    /// tolerability and suitability, spacing instructions, what follows "bear in mind that".
    @Test func ratiosRisksAndEquivalences() {
        #expect(uncited("Smokers are four times as likely to develop gum disease."))
        #expect(uncited("The generic tablet delivers aspirin as reliably as the branded one."))
        #expect(quiet("Our receptionists answer calls as quickly as possible."))
        #expect(quiet("Arrive as early as you can on the first morning."))
        #expect(uncited("After a normal colonoscopy, your risk of bowel cancer over the next decade is very low."))
        #expect(uncited("An ear thermometer underestimates fever in young infants."))
        #expect(uncited("Our oat drink is gentle enough for toddlers with eczema."))
        #expect(uncited("If you take alendronate, wait thirty minutes before eating or drinking."))
        #expect(uncited("As you reflect, bear in mind that hand rubs cut infections by about a third."))
        #expect(quiet("Eye drops should be stored in the fridge once opened."))
        #expect(quiet("The webinar starts at 7.30 p.m. and lasts about 45 minutes."))
    }

    /// Unnamed sources with a participle after them, found in a country or noticed; certainty and
    /// invulnerability promised; "not one … ever … again".
    @Test func moreSourcesAndPromises() {
        #expect(vague("Midwives working in rural clinics report that home births are rising."))
        #expect(vague("School counsellors up and down the country say that exam stress starts younger."))
        #expect(vague("GPs have noticed a rise in scabies this winter."))
        #expect(hype("With our scanner, melanoma can be ruled out with absolute certainty."))
        #expect(hype("Daily yoga makes your spine virtually unbreakable."))
        #expect(hype("Follow the plan and not one of your clients will ever relapse again."))
        #expect(!hype("Not one of the trial's participants has ever been lost to follow-up."))
    }

    /// A trade's shared knowledge, senior sources, a treatment course, a comparison before a price,
    /// spacing instructions after "if you take", numbers read off a label.
    @Test func tradesCoursesPricesAndLabels() {
        #expect(vague("As any midwife will tell you, first labours usually last longer."))
        #expect(vague("Every physiotherapist who has worked in a clinic knows that rest alone rarely fixes tendon pain."))
        #expect(vague("According to senior surgeons, drains make little difference after a hernia repair."))
        #expect(quiet("Any student can tell you where the library is."))
        #expect(uncited("Fluconazole clears oral thrush as quickly as nystatin, with a shorter course."))
        #expect(uncited("The supermarket's own ibuprofen works just as well as the leading brand at half the price."))
        #expect(uncited("If you take iron tablets, leave two hours before any antacid."))
        #expect(quiet("The tub's front label reads \"Vitamin D 4,000 IU\" in bold type."))
        #expect(uncited("Insulin pens in use must be kept below 30 °C and discarded after 28 days."))
    }

    /// An opening clause that points back at the course, or "we now turn to why", leaves the claim after it.
    @Test func courseReferencesBeforeAClaim() {
        #expect(uncited("As you saw in the last module, smoking lowers olanzapine levels."))
        #expect(uncited("As discussed in chapter 2, alcohol worsens gout."))
        #expect(uncited("We now turn to why grapefruit juice raises levels of some statins."))
        #expect(quiet("As you saw in the last module, the quiz opens on Monday."))
        #expect(quiet("We now turn to the second case study."))
    }

    /// Hype kinds written from the guide's kin words: sweeping change, instant and permanent results,
    /// rewiring, detox, "every" said again; a routine's "every" is not a promise.
    @Test func hypeKindsFromTheGuide() {
        #expect(hype("This discovery will change everything about how we treat back pain."))
        #expect(hype("The results are instant and permanent."))
        #expect(hype("Ten minutes a day rewires your brain for calm."))
        #expect(!hype("The liver detoxifies ammonia to urea."))
        #expect(hype("It works for every body, every age, every budget."))
        #expect(!hype("Take one tablet every morning and every evening."))
        #expect(!hype("Record the pulse every hour, every night."))
    }

    /// Verdicts that speak for no one, knowledge held by no one named, series and teams, sources
    /// inside an organisation, passives told by specialists; a named institution is not vague.
    @Test func verdictsAndCollectiveKnowledge() {
        #expect(vague("Expert opinion holds that antibiotics should be stopped at day five."))
        #expect(vague("Current thinking attributes most chronic fatigue to deconditioning."))
        #expect(vague("The standard teaching on surgical wards is that drains reduce infection."))
        #expect(vague("We now know that short sleep raises blood pressure."))
        #expect(vague("It is now clear that air pollution harms children's lungs."))
        #expect(vague("Surgical series have shown that most appendix tumours are found by chance."))
        #expect(vague("Sources inside the ministry say that waiting lists for cataract surgery have doubled."))
        #expect(vague("Patients are being told by specialists that the new drug halves relapses."))
        #expect(vague("As every houseman learns, delirium often goes unnoticed at night."))
        #expect(vague("The literature is consistent in showing that smoking delays wound healing."))
        #expect(!vague("Researchers at the University of Exeter found that the app reduced relapse."))
        #expect(quiet("The table summarises the reviews described above."))
    }

    /// Remedies named as the one, perfect tests, everyone as the object of a cure, risk denied outright, urgency.
    @Test func remediesPerfectionAndUrgency() {
        #expect(hype("Statins are the answer to heart disease."))
        #expect(hype("This diet is the key to everything."))
        #expect(hype("The D-dimer is the perfect test for clots."))
        #expect(hype("The new checklist is foolproof."))
        #expect(hype("Early dialysis saves every patient with kidney failure."))
        #expect(hype("Laser eye surgery is completely risk-free."))
        #expect(!hype("No procedure is risk-free."))
        #expect(hype("Book your scan before it's too late."))
        #expect(!hype("There is no answer to this question in the notes."))
        #expect(!hype("Ask the patient the key questions from the history."))
        #expect(!hype("A perfect storm of risk factors came together."))
    }

    /// Definitions of kinds of study and of statistics, discounts, sizes of things, the learner's "never",
    /// a rate measured in one patient.
    @Test func evidenceTermsAndPlainNumbers() {
        #expect(quiet("A case-control study compares people with a disease with people without it."))
        #expect(quiet("A crossover trial gives each participant both treatments in turn."))
        #expect(quiet("The absolute risk reduction is how much the risk falls in absolute terms."))
        #expect(uncited("A 2019 cohort study followed 4,000 nurses for a decade."))
        #expect(quiet("Use code SPRING15 for 15% off your first order."))
        #expect(quiet("The lamp is 40 cm tall and folds flat for travel."))
        #expect(uncited("A normal adult spleen is about 11 cm long."))
        #expect(quiet("Never copy a classmate's reflection into your portfolio."))
        #expect(uncited("Never give intravenous potassium as a bolus."))
        #expect(quiet("On examination her pulse is 96 beats per minute."))
    }

    /// Wiping out a condition, "you'll never … again", universals by double negation, history and the
    /// planet as yardsticks, harm denied outright, everyone given a cure.
    @Test func obliterationAndUniversals() {
        #expect(hype("This serum erases acne scars in a fortnight."))
        #expect(hype("Early surgery has banished the disability of clubfoot."))
        #expect(hype("One sachet a day and you'll never feel bloated again."))
        #expect(hype("There is no headache this balm cannot soothe."))
        #expect(hype("Penicillin is the greatest discovery in the history of medicine."))
        #expect(hype("With the new vaccine, shingles has become utterly harmless."))
        #expect(hype("Hearing aids give every older adult perfect hearing."))
        #expect(!hype("There is no evidence that the drug cannot be given with food."))
        #expect(!hype("Vaccination eliminated smallpox by 1980."))
        #expect(!hype("There is no cure for the common cold."))
    }

    /// Near misses a review found on ordinary prose: each stays quiet.
    @Test func reviewedNearMisses() {
        #expect(quiet("Nurses noticed that his breathing had slowed."))
        #expect(quiet("Ankle reflexes are abolished in severe neuropathy."))
        #expect(!hype("The key to managing diabetes is regular review."))
        #expect(!hype("The solution for injection must be diluted."))
        #expect(!hype("Adherence to inhalers is rarely perfect."))
        #expect(quiet("Patients can request a copy of their records."))
        #expect(quiet("Children can bring a favourite toy."))
        #expect(!hype("There is no drug that cannot cause harm in overdose."))
        #expect(!hype("The nurse gives every patient a wristband on admission."))
        #expect(!hype("Whatever your age, you will need a tetanus booster."))
        #expect(quiet("People who want to know more can ask at reception."))
        #expect(quiet("I keep my tablets in a locked drawer."))
        #expect(quiet("I wrote down my symptoms."))
        #expect(quiet("- Changes in blood pressure in pregnancy"))
        #expect(!hype("Teaching in medical schools has changed since 2000."))
        #expect(!vague("Children with eczema are usually seen by dermatologists."))
        #expect(!hype("No procedure is completely risk-free."))
        #expect(!hype("The liver detoxifies ammonia."))
        #expect(uncited("There is no question that statins reduce strokes."))
        #expect(uncited("Vitamin D is what keeps bones strong."))
        #expect(uncited("A NEWS score of 5 or more calls for urgent review."))
        #expect(rules("- Habits we all").isEmpty)
    }

    /// Written from the guide for the registers that lag (sales copy, teaching prose): unnamed backing,
    /// timings in minutes, hearsay handed to the learner, unnamed colleagues and bodies.
    @Test func salesCopyAndTeachingHearsay() {
        #expect(vague("Backed by science, our gummies support restful sleep."))
        #expect(uncited("Our nasal spray works in minutes."))
        #expect(quiet("The webinar recording is posted in hours, not days."))
        #expect(vague("You will often hear in clinic that statins cause memory loss."))
        #expect(vague("We were all taught that a normal CRP rules out infection."))
        #expect(vague("Senior colleagues will tell you that sepsis hides in the elderly."))
        #expect(vague("Professional bodies agree that interpreters improve consent."))
        #expect(!vague("Tarleton and colleagues found that the benefit held."))
        #expect(quiet("Ketone bodies rise during fasting."))
    }

    /// Textbook hyperbole written from the guide's kin words.
    @Test func textbookHyperbole() {
        #expect(hype("Lithium remains the gold standard, and no other mood stabiliser comes anywhere close."))
        #expect(hype("Early mobilisation can work wonders after hip surgery."))
        #expect(hype("The new inhaler is an unprecedented leap forward for asthma care."))
        #expect(hype("Omega-3 supplements are a must for anyone who values their heart."))
        #expect(hype("This single lecture will make you an expert in ECG interpretation."))
        #expect(hype("Magnesium is the missing piece in almost every chronic illness."))
        #expect(!hype("Physiotherapy does not work wonders after a stroke."))
        #expect(!hype("The outbreak was unprecedented in its size."))
    }

    /// Teaching frames that hand the learner a claim, and leaflet instructions for topical forms.
    @Test func teachingFramesAndTopicalInstructions() {
        #expect(uncited("Remember, the adult dose of intramuscular adrenaline in anaphylaxis is 500 micrograms."))
        #expect(uncited("Remember that a patient on lithium needs a level within a week of starting an ACE inhibitor."))
        #expect(uncited("The answer is C, because a Wells score above 4 makes pulmonary embolism likely."))
        #expect(uncited("Answer B: every adult should be offered a flu vaccine before winter."))
        #expect(uncited("Learning outcome: state that osteoporosis affects one in three women over 50."))
        #expect(uncited("Recovery from shingles pain can take two to three months."))
        #expect(uncited("Simvastatin works best when taken at night."))
        #expect(uncited("Apply the cream thinly and repeat after seven days."))
        #expect(quiet("Remember, the quiz closes on Friday."))
        #expect(quiet("Only 12 places remain on the course."))
    }

    /// Sales copy's equivalences and tolerability, frequencies in words, and plain product descriptions.
    @Test func productEquivalencesAndDescriptions() {
        #expect(uncited("Our wrist monitor is as accurate as the cuffs used in clinics."))
        #expect(uncited("Permethrin cream clears scabies as well as oral ivermectin."))
        #expect(uncited("The nappy cream is hypoallergenic and safe on broken skin."))
        #expect(uncited("Shingles is almost always confined to one side of the body."))
        #expect(quiet("The gel pads can be trimmed to size with scissors."))
        #expect(quiet("Each pack holds 60 capsules in a recyclable pouch."))
        #expect(quiet("Delirium is the name given to an acute confusional state."))
        #expect(quiet("It is hard for her to fall asleep since the move."))
    }

    /// "Most" before a plural head and its verb, in a clinical sentence.
    @Test func mostBeforeAPluralHead() {
        #expect(uncited("Exam tip: most clinically important warfarin interactions involve antibiotics."))
        #expect(quiet("Most mornings are busy in the clinic."))
    }

    /// Source labels and quiz feedback before a claim, advice handed on ("should advise parents that"),
    /// tests that can miss, "won't help"; plain: how a drug works, a unit set equal to another, a bottle's size.
    @Test func labelsFeedbackAndAdviceHandedOn() {
        #expect(uncited("GP newsletter: a cough after a cold often lingers for about three weeks."))
        #expect(uncited("Feedback: correct — early skin-to-skin contact improves breastfeeding rates."))
        #expect(uncited("Midwives should reassure mothers that breastfeeding lowers the risk of ear infections."))
        #expect(uncited("A chest X-ray can miss early lung cancer."))
        #expect(uncited("Antibiotics won't shorten a cold."))
        #expect(uncited("Alcohol gel does not kill norovirus."))
        #expect(quiet("Statins work by blocking an enzyme the liver uses to make cholesterol."))
        #expect(quiet("A glucose of 1 mmol/L is about 18 mg/dL."))
        #expect(quiet("The drops come in a 10 ml bottle with a child-resistant cap."))
        #expect(quiet("Returns are accepted within 30 days if the seal is unbroken."))
        #expect(quiet("Some patients will want to try magnesium whatever the evidence."))
    }

    /// A participle opening the subject is an adjective; "according to the textbooks" names no one.
    @Test func participleSubjectsAndUnnamedTextbooks() {
        #expect(uncited("Delayed cord clamping improves iron stores in term babies."))
        #expect(vague("According to the surgical textbooks, drains reduce seromas after mastectomy."))
        #expect(!vague("According to the NICE guideline on asthma, inhaled steroids come first."))
    }

    /// An outcome changed for anyone or anything, stated in clinical text; the field swept clean.
    @Test func effectsWithoutException() {
        #expect(hype("Negative-pressure therapy heals any wound, however chronic."))
        #expect(hype("A ketogenic diet stops the seizures of every child who keeps to it."))
        #expect(hype("Biologics have utterly transformed life with psoriasis."))
        #expect(hype("The new injection has rendered every other eczema treatment obsolete."))
        #expect(hype("Our graduates are the best-prepared nurses in the country, bar none."))
        #expect(!hype("Idarucizumab reversed dabigatran completely within minutes [@pollack2017]."))
        #expect(!hype("Add up the elemental magnesium from every product she takes."))
        #expect(!hype("Apply the same timing rules to every magnesium-containing product."))
        #expect(!hype("Statins may reduce strokes in any adult with diabetes."))
    }
}
