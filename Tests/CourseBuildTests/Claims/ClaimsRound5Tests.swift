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
        #expect(quiet("Presbyopia is a gradual loss of near focusing, typically affecting both eyes."))
        #expect(uncited("Presbyopia is a gradual loss of near focusing, usually noticed in the forties."))
        #expect(uncited("Statins are a class of drugs proven to reduce heart attacks."))
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

extension ClaimsRound5Tests {
    /// A product named by its owner and head noun, doing something to a body: sales copy's claim.
    @Test func productsSoldByTheirEffect() {
        #expect(uncited("Our nasal strips open your airways so you snore less."))
        #expect(uncited("The cooling eye mask shrinks puffiness in ten minutes."))
        #expect(uncited("These bedtime gummies quiet a racing mind and ease you into sleep."))
        #expect(quiet("Our gummies come in three fruit flavours."))
        #expect(quiet("The app sends you a reminder when your next dose is due."))
        #expect(quiet("The brace wraps around the back of your knee."))
        #expect(quiet("This leaflet explains how your blood test works."))
    }
}

extension ClaimsRound5Tests {
    /// Found by the review of round 5: a comparative at the end of a sentence crashed the correlative check;
    /// abbreviations, reasons, hype and admin prose that the first version got wrong.
    @Test func reviewOfRoundFive() {
        #expect(quiet("The more"))
        #expect(quiet("Note: the more."))
        #expect(quiet("The sooner you start the reading, the better."))
        #expect(quiet("The higher the score, the greater the level of dependence on the Barthel index."))
        #expect(quiet("The CPD portal confirms your hours at the end of each month."))
        #expect(quiet("The RAG rating indicates whether the unit is on track."))
        #expect(quiet("Further blood tests are needed to confirm the diagnosis."))
        #expect(quiet("Lots of people use the library on Mondays."))
        #expect(quiet("One patient in 2019 was admitted twice."))
        #expect(uncited("One woman in every eight gets breast cancer."))
        #expect(uncited("Check with your GP before stopping warfarin, as stopping suddenly can cause a stroke."))
        #expect(uncited("Divide the daily dose by 2 in patients with kidney failure."))
        #expect(uncited("Do not be afraid of statins, they are safe for almost everyone."))
        #expect(hype("Our tea cures headaches from any cause."))
    }
}

extension ClaimsRound5Tests {
    /// A level named before the noun: "at high risk of", "high rates of", with something clinical after "of".
    @Test func levelsBeforeTheNoun() {
        #expect(uncited("Shift workers are at high risk of type 2 diabetes."))
        #expect(uncited("Care leavers have high rates of depression in early adulthood."))
        #expect(quiet("Learners at high risk of failing the exam can book extra tutorials."))
    }

    /// "Our" before a product the lexicon does not list, found by the verb that agrees with it; the product
    /// must act on a body, a symptom or an outcome. How long a product works is a timed claim.
    @Test func ownedProductsAndHowLongTheyWork() {
        #expect(uncited("Our foam wedge lifts your head and eases reflux at night."))
        #expect(uncited("Our travel-sickness patch works for up to three days."))
        #expect(quiet("Our pharmacy team answers questions by phone."))
        #expect(quiet("Our delivery drivers leave parcels in a safe place."))
        #expect(quiet("Our mushroom powders are grown on organic oats in Somerset."))
    }

    /// A course part with its number as a label ("Slide 11:") introduces what it asserts.
    @Test func numberedCoursePartsAsLabels() {
        #expect(uncited("Slide 11: scabies is far more common in care homes than in the community."))
        #expect(quiet("Module 3: pharmacology of antidepressants."))
    }
}

extension ClaimsRound5Tests {
    /// Reported speech uses its words: hype in a quotation followed by "said…" counts; a short quoted
    /// phrase ("a 'miracle cure'") is still only mentioned.
    @Test func reportedSpeechUsesItsWords() {
        #expect(hype("\"This is the breakthrough every family has been waiting for,\" said the company's founder."))
        #expect(hype("\"There is simply nothing this supplement cannot do,\" the founder told us."))
        #expect(quiet("Newspapers called the drug a \"miracle cure\" for arthritis."))
    }

    /// Sweeping victories: a practice made obsolete, a condition wiped out, a cure "will" or "can" bring to
    /// every case. A passive history ("was wiped out in 1980") and a hedge ("may") are not promises.
    @Test func sweepingVictories() {
        #expect(hype("Gene therapy will make insulin injections obsolete within a decade."))
        #expect(hype("Fluoride varnish has wiped out tooth decay wherever it is used."))
        #expect(hype("This app will catch every melanoma before it spreads."))
        #expect(hype("Our programme can reverse every case of fatty liver."))
        #expect(quiet("Smallpox was wiped out in 1980 after a global vaccination campaign."))
        #expect(!hype("Screening may catch some cancers earlier."))
        #expect(!hype("There is nothing we cannot learn from a good audit."))
    }
}

extension ClaimsRound5Tests {
    /// Any comparison with "than" in a sentence about a body or a condition, including comparatives the
    /// lexicon does not list ("kinder", "softer"); not course prose, a case or a price.
    @Test func comparisonsWithThan() {
        #expect(uncited("Our night pads are kinder to skin than ordinary incontinence pants."))
        #expect(uncited("Babies on goat's milk formula have fewer tummy upsets than babies on cow's milk."))
        #expect(quiet("This module is more practical than the last one."))
        #expect(quiet("Our partners share a property of the parent company rather than a brand."))
        #expect(quiet("Rather than guessing, look up the answer in chapter 2."))
    }

    /// A frequency adverb opens a claim as a modal does: "Bleeding … normally stops within a few hours".
    @Test func frequencyAdverbsHedgeAnEffect() {
        #expect(uncited("Nosebleeds in children normally stop with ten minutes of pressure."))
        #expect(quiet("The clinic often runs late on Mondays."))
    }

    /// Prices, everyday sizes and the word "meaning" are not doses, values or statistics.
    @Test func pricesAndSizes() {
        #expect(quiet("The hearing app costs £4.99 a month after a free week."))
        #expect(quiet("Our standing desk fits desktops up to 180 cm wide."))
        #expect(quiet("An interpreter conveys meaning between two languages."))
        #expect(quiet("Our continence pads are available in four absorbency levels."))
    }
}

extension ClaimsRound5Tests {
    /// Unnamed sources beyond the stock phrases: understanding and conviction held by a profession, a
    /// literature "in agreement", a share of a field, people who "will tell you", a heap of studies.
    @Test func unnamedSourcesInTeachingVoices() {
        #expect(vague("Audiologists have long understood that loud music in childhood damages hearing."))
        #expect(vague("Surgeons are increasingly convinced that early mobilisation shortens stays."))
        #expect(vague("The literature is largely in agreement that caffeine worsens tinnitus."))
        #expect(vague("Most in the profession now accept that statins cause muscle aches in few patients."))
        #expect(vague("Those who have nursed a delirious patient will tell you that nights are the worst."))
        #expect(vague("A wave of studies links poor sleep to weight gain in teenagers."))
        #expect(quiet("Those who want to know more can read chapter 4."))
        #expect(!vague("A host of factors affect how quickly a wound heals."))
    }
}

extension ClaimsRound5Tests {
    /// A finding named "a sign of" a condition; a label of any trade before a clause with an effect; person
    /// nouns in "most…"; a discount in words and a reference range in a definition.
    @Test func signsLabelsAndReferences() {
        #expect(uncited("Neck stiffness with a fever can be a sign of meningitis."))
        #expect(uncited("Doula course: continuous support in labour reduces the chance of a caesarean birth."))
        #expect(uncited("Lifeguard theory: most drowning victims slip under silently."))
        #expect(quiet("This is a sign of progress in your revision."))
        #expect(quiet("Book your first float online and use code CALM15 for fifteen percent off."))
        #expect(quiet("Hyponatraemia means a lower than normal level of sodium in the blood."))
        #expect(quiet("Module 3: pharmacology of antidepressants."))
    }
}

extension ClaimsRound5Tests {
    /// From claims-own18 (claims-dev2's style): admissions by an unnamed profession, professions in -paths,
    /// advice with "is best", the group "most at risk", a risk "highest" at a time.
    @Test func claimsInDevTwoStyle() {
        #expect(vague("Cardiologists are quietly admitting that fish oil does little for the heart."))
        #expect(vague("Osteopaths widely recommend turmeric for stiff joints."))
        #expect(uncited("Ginkgo is best avoided in the week before surgery."))
        #expect(uncited("In cold weather, people with COPD are most at risk of a chest infection."))
        #expect(uncited("The risk of a hypo is highest in the first weeks of insulin."))
        #expect(quiet("Learners are most at risk of burnout in the final term."))
        #expect(quiet("The exam is best taken after the revision week."))
    }
}

extension ClaimsRound5Tests {
    /// From claims-own13: "at the highest risk", "the first choice", a passive participle before a
    /// comparison with a drug the lexicon lacks, "until the course is finished" as a course of treatment,
    /// and "than usual" as a comparison.
    @Test func rankingsComparisonsAndCoursesOfTreatment() {
        #expect(uncited("Toddlers are at the highest risk of iron poisoning from adult tablets."))
        #expect(uncited("Answer: naloxone is the first choice for opioid overdose."))
        #expect(uncited("Alendronate is absorbed less well when taken with breakfast."))
        #expect(uncited("Take the flucloxacillin four times a day until the course is finished."))
        #expect(uncited("Periods may be heavier than usual for a few months after the coil is fitted."))
        #expect(quiet("Finish the course before the exam in June."))
    }
}

extension ClaimsRound5Tests {
    /// A clinical word before a noun that only names teaching ("the dysphagia module") is the course's topic:
    /// the sentence stays course administration. A clinical compound ("Caesarean section") is not the course.
    @Test func clinicalTopicsOfCourseParts() {
        #expect(quiet("The asthma module runs over three Tuesday afternoons and ends with a 20-minute quiz."))
        #expect(uncited("Caesarean section is more common after induction of labour."))
    }
}

extension ClaimsRound5Tests {
    /// A label that names the sentence's kind ("Headline:") does not make its words a mention; "solved
    /// every problem" is a promise like "heals every wound".
    @Test func labelledHeadlinesAndSolvedProblems() {
        #expect(hype("Headline: Sea swimming is the cure for everything from anxiety to arthritis."))
        #expect(!hype("Headlines have called the new injections a miracle cure."))
        #expect(hype("Genomics has already solved every problem of rare disease diagnosis."))
    }
}

extension ClaimsRound5Tests {
    /// Counts of people in words behind "of our", and a comparative four words before "than".
    @Test func countsInWordsAndDistantComparatives() {
        #expect(uncited("Thousands of our customers have swapped their sleeping pills for our tea."))
        #expect(uncited("Our follow-on milk is closer to breast milk than cheaper brands."))
        #expect(quiet("Thousands of our learners passed the exam last year."))
    }
}
