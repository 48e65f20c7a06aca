/// The kinds of wording each claims rule catches, with a sentence that fires and,
/// where useful, a near one that passes. Data for `coursebuild rules claims.*`;
/// every example runs as a test (ClaimsWordingKindsTests).
enum ClaimsWordingKinds {
    struct Kind: Sendable {
        /// One of the three claims rules.
        let rule: RuleID
        let name: String
        /// A sentence on which the rule fires.
        let fires: String
        /// A near sentence on which no claims rule fires.
        let passes: String?

        init(rule: RuleID, name: String, fires: String, passes: String? = nil) {
            self.rule = rule
            self.name = name
            self.fires = fires
            self.passes = passes
        }
    }

    static let u = ClaimFinding.uncited
    static let v = ClaimFinding.vagueAttribution
    static let h = ClaimFinding.hype

    static let all: [Kind] = [
        // claims.uncited
        Kind(rule: u, name: "a percentage or proportion", fires: "About 30% of adults snore most nights.",
             passes: "Answer all 30 questions before Friday."),
        Kind(rule: u, name: "a proportion in words", fires: "Nearly half of new mothers report broken sleep at three months.",
             passes: "Half of the worksheet is about sleep."),
        Kind(rule: u, name: "a named study or dated finding", fires: "A 2021 cohort study found more falls among users of sleeping tablets."),
        Kind(rule: u, name: "authors or a named group without a citation",
             fires: "Professor Laine's group in Helsinki reported that nightly melatonin shortened jet lag."),
        Kind(rule: u, name: "a named body without a citation", fires: "The WHO recommends exclusive breastfeeding for the first six months.",
             passes: "Cite the WHO guideline as `[@who2019]` after the sentence."),
        Kind(rule: u, name: "according to a named body", fires: "According to the CDC, flu vaccination halves hospital admissions in older adults."),
        Kind(rule: u, name: "a hedged effect of a clinical entity", fires: "Haloperidol can prolong the QT interval in older adults.",
             passes: "Haloperidol is a butyrophenone antipsychotic."),
        Kind(rule: u, name: "an effect with 'appears to' or 'seems to'", fires: "Regular cycling appears to ease tension headaches."),
        Kind(rule: u, name: "a product doing something to a body", fires: "Our teething gel numbs sore gums for an hour.",
             passes: "Our gummies come in three fruit flavours."),
        Kind(rule: u, name: "a finding read as a diagnosis", fires: "A raised CRP with a normal white cell count suggests a viral cause.",
             passes: "Bradycardia means a slow heart rate."),
        Kind(rule: u, name: "the reason given for an instruction", fires: "Go back to the clinic after the first dose, because the rash can return within a day.",
             passes: "Bring your appointment card, because the reception team needs it."),
        Kind(rule: u, name: "an effect or frequency in a definition's own clause (the definition itself passes)",
             fires: "Isoniazid is a drug that causes neuropathy in slow acetylators.",
             passes: "Tolerance is a steadily declining response to the same dose of a drug."),
        Kind(rule: u, name: "cause and effect stated plainly", fires: "Grapefruit juice raises plasma levels of several calcium-channel blockers."),
        Kind(rule: u, name: "how common something is, in words", fires: "Neural tube defects are very rare when folate intake is adequate.",
             passes: "Neural tube defects are malformations of the brain and spinal cord."),
        Kind(rule: u, name: "who is most affected", fires: "Gout is especially common among men who drink beer."),
        Kind(rule: u, name: "'Most' of a clinical group", fires: "Most anticonvulsants interact with the oral contraceptive pill."),
        Kind(rule: u, name: "a comparison without numbers", fires: "Oral iron works as well as intravenous iron for most pregnant women with mild anaemia."),
        Kind(rule: u, name: "a dose or regimen", fires: "Adults with iron deficiency usually need 100 mg of elemental iron a day.",
             passes: "His ferritin is 9 µg/L and his haemoglobin is 104 g/L."),
        Kind(rule: u, name: "a safety instruction", fires: "Do not give ibuprofen to children with chickenpox.",
             passes: "Do not skip the reflection questions at the end of the chapter."),
        Kind(rule: u, name: "a prescribing instruction", fires: "Give oral rehydration salts before any antidiarrhoeal drug in young children.",
             passes: "List the medicines your patients ask about most often before the next session."),
        Kind(rule: u, name: "a safety assertion", fires: "Paracetamol is safe in pregnancy at the usual dose."),
        Kind(rule: u, name: "a recommendation about a drug or a group of patients",
             fires: "Metformin should be paused before iodinated contrast in kidney disease.",
             passes: "Patients should be told what the test involves."),
        Kind(rule: u, name: "what a test can or cannot tell", fires: "A negative rapid strep test does not exclude streptococcal pharyngitis."),
        Kind(rule: u, name: "an effect promised to the reader", fires: "You'll wake up fresher after the first week.",
             passes: "You'll find the worksheet in the appendix."),
        Kind(rule: u, name: "a difference between groups", fires: "Night-shift nurses who skip breakfast have higher rates of reflux."),
        Kind(rule: u, name: "a claim after a teaching frame or label", fires: "Key point: beta-blockers can mask hypoglycaemia.",
             passes: "Key point: bring your logbook to the workshop at 09:30."),
        Kind(rule: u, name: "any verb after a modal or hedge, with a clinical subject", fires: "Scurvy can follow months without fresh fruit.",
             passes: "Ferritin can be measured on the same sample."),
        Kind(rule: u, name: "a group doing more or less than another", fires: "Toddlers who nap at noon sleep more deeply at night.",
             passes: "Students who revise early can book the quiet room."),
        Kind(rule: u, name: "a ratio or equivalence in words", fires: "Smokers are four times as likely to develop gum disease."),
        Kind(rule: u, name: "a risk stated as a level", fires: "After a normal colonoscopy, your risk of bowel cancer over the next decade is very low."),
        Kind(rule: u, name: "what a condition calls for", fires: "Dose reduction is needed in moderate renal impairment.",
             passes: "A calculator is needed for the next exercise."),
        Kind(rule: u, name: "a first-hand testimonial", fires: "Two weeks into the drops, my hay fever had gone.",
             passes: "Our admissions team went to the open day."),
        Kind(rule: u, name: "a benefit listed without its subject", fires: "- Eases occasional bloating after meals",
             passes: "- Covers the chapters on renal physiology"),
        Kind(rule: u, name: "wording the learned layer reads as a claim (course.yml `lint: claims-model:`)",
             fires: "Cold-water swimming resets the stress response in people with burnout.",
             passes: "Does cold-water swimming reset the stress response in people with burnout?"),
        Kind(rule: u, name: "numbers the learned layer clears as no claim: a planned study, a pack's contents (`lint: claims-model:`)",
             fires: "The trial enrolled 3,600 adults and halved the rate of falls.",
             passes: "The trial will enrol 3,600 adults from 25 practices and publish its findings in 2029."),
        // claims.vague-attribution
        Kind(rule: v, name: "unnamed studies or research", fires: "Research suggests that green tea sharpens attention.",
             passes: "Research on green tea and attention is reviewed in [@kim2020]."),
        Kind(rule: v, name: "an unnamed profession, with or without a modifier",
             fires: "Sleep researchers have established that naps boost afternoon recall."),
        Kind(rule: v, name: "the view or opinion of unnamed experts", fires: "In the opinion of most cardiologists, statins are underprescribed."),
        Kind(rule: v, name: "received wisdom", fires: "Received wisdom holds that cold weather causes colds."),
        Kind(rule: v, name: "unnamed guidelines", fires: "Current guidelines advise a tetanus booster after a dirty wound.",
             passes: "Tetanus boosters are covered in the chapter on wounds."),
        Kind(rule: v, name: "data or evidence from an unnamed source", fires: "Data from hundreds of our clients show that the tea eases bloating."),
        Kind(rule: v, name: "an unnamed quoted expert", fires: "'It changes lives,' one senior neurologist told the paper."),
        Kind(rule: v, name: "sources counted, never named", fires: "Trial after trial has linked air pollution to asthma attacks."),
        Kind(rule: v, name: "agentless hearsay", fires: "It is widely accepted that fluoride protects children's teeth."),
        Kind(rule: v, name: "a verdict held by no one named", fires: "The consensus among dermatologists is that sunbeds cause melanoma.",
             passes: "In our view, the trial was too small."),
        Kind(rule: v, name: "a trade's shared knowledge", fires: "As any midwife will tell you, first labours usually last longer.",
             passes: "Any student can tell you where the library is."),
        Kind(rule: v, name: "knowledge held by no one named", fires: "We now know that short sleep raises blood pressure."),
        Kind(rule: v, name: "written or counted sources left unnamed", fires: "Several older papers point to a link between shift work and reflux.",
             passes: "Figures 4 and 5 show where to find the forms."),
        // claims.hype
        Kind(rule: h, name: "wording the learned layer reads as hype (course.yml `lint: claims-model:`)",
             fires: "Once you try it, you will wonder how you lived without it.",
             passes: "Once you try it, tell us what you think of the flavour."),
        Kind(rule: h, name: "marketing words", fires: "This breakthrough tonic melts away joint pain.",
             passes: "Be cautious of any clinic that calls its drip a miracle for fatigue."),
        Kind(rule: h, name: "a universal promise with 'ever'", fires: "No asthmatic who uses our inhaler will ever wheeze again.",
             passes: "None of the students had ever used a spacer before the workshop."),
        Kind(rule: h, name: "an absolute result", fires: "With our plan, a hangover simply becomes impossible."),
        Kind(rule: h, name: "every single one", fires: "Every single customer lost weight in the first fortnight."),
        Kind(rule: h, name: "everyone without exception", fires: "Our drops work for absolutely everyone."),
        Kind(rule: h, name: "a superlative of importance", fires: "This is the single most important vitamin for your heart."),
        Kind(rule: h, name: "nothing comes close", fires: "Nothing on the market comes close to our collagen for joint pain."),
        Kind(rule: h, name: "sweeping rhetoric", fires: "Welcome to the end of back pain as we know it."),
        Kind(rule: h, name: "an epoch or the planet as yardstick", fires: "Penicillin is the greatest discovery in the history of medicine."),
        Kind(rule: h, name: "one remedy named as the answer", fires: "Statins are the answer to heart disease.",
             passes: "There is no answer to this question in the notes."),
        Kind(rule: h, name: "a condition wiped out", fires: "This serum erases acne scars in a fortnight.",
             passes: "Vaccination eliminated smallpox by 1980."),
        Kind(rule: h, name: "a universal by double negation", fires: "There is no headache this balm cannot soothe.",
             passes: "There is no session this week that cannot be rescheduled."),
        Kind(rule: h, name: "an absolute safety promise (a disclaimer that negates one passes)",
             fires: "Our drops are completely safe for babies.",
             passes: "This product is not intended to diagnose, treat, cure or prevent any disease."),
    ]
}
