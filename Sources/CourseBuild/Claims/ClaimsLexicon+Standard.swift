extension ClaimsLexicon {
    /// The built-in lists, written for clinical and course prose in English
    /// (British and American spellings). General linguistic classes, not phrases
    /// from any one corpus.
    static let standard = ClaimsLexicon(
        hype: [
            "miracle", "miracles", "miraculous", "wonder drug", "wonder pill", "magic bullet", "silver bullet",
            "panacea", "cure-all", "cure", "revolutionary", "revolutionise", "revolutionize", "breakthrough",
            "game-changer", "game changer", "game-changing", "groundbreaking", "ground-breaking", "life-changing",
            "supercharge", "turbocharge", "skyrocket", "unlock", "melt away", "guaranteed", "guarantee",
            "clinically proven", "scientifically proven", "proven to work", "100% safe", "100% effective",
            "100% natural", "completely safe", "totally safe", "perfectly safe", "entirely safe",
            "absolutely safe", "risk-free", "has no side effects", "have no side effects",
            "absolutely no side effects", "zero side effects", "without any side effects", "side-effect-free",
            "no side effects whatsoever", "natural ketamine", "natural prozac", "natural valium", "natural xanax",
            "nature's ketamine", "nature's prozac", "nature's valium", "nature's xanax", "natural antidepressant",
            "reverse ageing", "reverse aging", "reverse * ageing", "reverse * aging", "anti-ageing secret",
            "the most powerful", "most potent * known", "known to science", "best-kept secret", "one simple",
            "simple trick", "superfood", "works for everyone", "for everyone", "all your patients need",
            "all you need", "ditch your", "throw away your", "amazing", "incredible", "astonishing",
            "unbelievable", "mind-blowing", "jaw-dropping", "nature's", "ultimate", "detox", "say goodbye to",
            "banish", "heal your", "boost your", "secret weapon", "the secret to", "works every time", "never fails",
            // harm denied outright, a magic figure, results at once (negation-checked: "No procedure is risk-free")
            "free of risk", "free from risk", "magic number", "instant results",
            "100% protection", "total protection", "complete protection", "utterly harmless",
            "entirely harmless", "completely immune", "totally immune",
            // textbook hyperbole: "can work wonders", "an unprecedented leap forward", "the missing piece"
            "work wonders", "nothing less than", "staggering", "leap forward", "quantum leap",
            "truly remarkable", "sheer power", "a must for", "a must-have", "make you an expert", "the missing piece",
            "almost overnight",
            "always works", "zero risk", "completely harmless", "totally harmless", "perfectly harmless",
            "instantly", "transform the way", "transform your",
            "life changing", "instant relief", "works instantly", "effortless",
            // rejuvenation promises
            "turn back the clock", "turn back time", "years younger", "fountain of youth",
            // borrowed authority, the kin of "clinically proven"
            "clinically studied", "clinically tested", "clinically researched", "clinically validated",
            "scientifically formulated", "science-backed", "backed by science", "doctor-formulated",
            "doctor-recommended", "doctor recommended", "sleep like a baby", "ditch the", "ditch those",
            // the tropes of sales copy: revolution, conspiracy, awe, certainty, transformation, ancient wisdom
            "the future of", "a new era", "paradigm shift", "changes everything", "change your life", "changed my life",
            "big pharma", "don't want you to know", "doesn't want you to know", "won't tell you", "stunned",
            "baffled", "shocking", "the science is settled", "is poison", "are poison", "a new person", "the new you",
            "will thank you", "unleash", "full potential", "reset your", "total reset", "reboot your",
            "ancient wisdom", "ancient secret", "imagine a life without", "imagine life without", "you deserve",
            "like magic", "gone for good", "everyone should take", "everyone should be taking",
        ],
        attribution: [
            "studies show", "research suggests", "research shows", "experts agree", "experts say",
            "it is well known", "it is widely known", "it is widely believed", "it is widely accepted",
            "it is generally accepted", "it is commonly believed", "it has been shown", "it has been proven",
            "it has been demonstrated", "it has been suggested", "it is known that", "it is thought that",
            "it is believed that", "data show", "data suggest", "evidence indicates", "evidence suggests",
            "evidence shows", "a growing body of evidence", "a growing body of research", "a large body of evidence",
            "body of evidence", "mounting evidence", "growing evidence", "emerging evidence",
            "there is evidence that", "clinical experience shows", "scientists have found", "science shows",
            // sales copy's unnamed backing: "Backed by research, our drops…", "science-backed"
            "backed by research", "backed by science", "backed by studies", "backed by evidence", "science-backed",
            "research-backed", "evidence-backed", "proven by science", "proven by research",
            // hearsay handed to the learner: "You will often hear on the wards that…", "We were all taught that…"
            "you will hear", "you will often hear", "you may hear", "you may have heard", "you'll hear", "you’ll hear",
            "we were taught", "we were all taught", "we are taught", "we have been told", "we were told",
            "according to research", "according to recent research", "according to experts",
            "according to studies", "according to scientists", "many doctors believe", "many experts believe",
            "word on the wards", "word on the street", "the word is that", "rumour has it", "rumor has it",
            "evidence is mounting", "evidence is growing", "evidence is accumulating", "evidence is emerging",
        ],
        attributionSources: [
            "study", "studies", "research", "researchers", "evidence", "data", "experts", "expert", "scientists",
            "science", "doctors", "physicians", "clinicians", "psychiatrists", "specialists", "trials",
            "literature", "experience", "reports", "surveys", "authorities", "professionals", "nutritionists",
            "analyses", "investigators", "findings", "observations", "practitioners", "wisdom", "consensus",
            "guidelines", "customers", "users", "clients", "nurses", "therapists", "gps", "dietitians", "sources",
            "insiders", "commentators", "meta-analyses", "reviews",
            // professions without an agent ending
            "surgeons", "midwives", "vets", "coaches", "staff", "dentists", "paramedics", "pharmacists",
            // people who judge without being named
            "critics", "sceptics", "skeptics", "officials", "community", "establishment", "profession", "agreement",
            // written and counted sources left unnamed
            "papers", "articles", "publications", "figures", "statistics", "audits", "records", "registries",
            "textbooks", "polls", "experiments", "series", "teams",
        ],
        reportingVerbs: [
            "show", "shown", "suggest", "indicate", "agree", "believe", "find", "found", "confirm",
            "demonstrate", "report", "prove", "proven", "suspect", "say", "said", "claim", "know", "known",
            "recognise", "recognize", "point", "support", "reveal", "conclude", "link", "recommend", "think",
            "thought", "accept", "tell", "told", "establish", "document", "consider", "hold", "held", "note",
            "observe", "warn", "maintain", "argue", "teach", "taught", "discover", "tie", "tied", "advise", "insist",
            "reach", "swear", "rave", "notice", "noticed", "clear", "urge", "favour", "favor", "endorse", "back", "united", "unanimous", "call",
            "understand", "understood", "convinced", "certain", "confident", "adamant", "agreement", "admit", "admitting",
            "acknowledge", "acknowledging", "concede", "conceding",
        ],
        studyNouns: [
            "study", "studies", "trial", "trials", "meta-analysis", "meta-analyses", "metaanalysis", "review",
            "reviews", "cohort", "cohorts", "analysis", "analyses", "experiment", "experiments", "survey",
            "surveys", "dataset", "datasets", "registry", "rct", "rcts", "case series", "case report",
            "case-control", "cross-sectional", "guideline", "guidelines", "investigation", "audit",
        ],
        outcomeVerbs: [
            "reduce", "lower", "improve", "raise", "increase", "decrease", "shorten", "lengthen", "ease",
            "relieve", "alleviate", "prevent", "halve", "double", "triple", "enhance", "worsen", "boost",
            "cut", "benefit", "cause", "depress", "elevate", "diminish", "attenuate", "accelerate", "delay",
            "prolong", "restore", "normalise", "normalize", "stabilise", "stabilize", "protect", "treat",
            "fall", "fell", "fallen", "rise", "rose", "risen", "grew", "grown", "drop", "decline", "sharpen", "calm", "speed", "induce",
            "precipitate", "trigger", "deplete", "drain", "outperform", "help", "aid", "promote",
            "strengthen", "weaken", "inhibit", "suppress", "mitigate", "counteract", "reverse",
        ],
        outcomeNouns: [
            "risk", "symptom", "symptoms", "score", "scores", "blood pressure", "pressure", "frequency",
            "severity", "duration", "latency", "efficiency", "quality", "mortality", "rate", "rates",
            "incidence", "level", "levels", "concentration", "concentrations", "rating", "ratings", "mood",
            "anxiety", "depression", "sleep", "pain", "cramps", "attacks", "relapse", "response", "remission",
            "outcome", "outcomes", "memory", "cognition", "function", "absorption", "bioavailability",
            "excretion", "serum", "plasma", "cortisol", "inflammation", "survival", "fatigue", "stress",
            "behaviour", "behavior", "performance", "insomnia", "breathing", "seizures", "fits", "migraine",
            "headache", "recovery", "hospitalisation", "hospitalization", "admissions", "deaths", "glucose",
            "weight", "hypomagnesaemia", "hypomagnesemia", "diarrhoea", "diarrhea", "side effects",
            "adverse effects", "tolerance", "withdrawal", "craving", "cravings", "agitation", "irritability",
            "panic", "learning", "attention", "hyperactivity", "sensitivity", "resistance", "uptake",
            "density", "volume", "onset", "time", "chance", "odds", "likelihood", "need", "dose",
            // wellbeing outcomes, as marketing and leaflets name them
            "calm", "calmer", "relaxation", "energy", "focus", "clarity", "wellbeing", "well-being",
            "development", "growth", "reading", "readings",
            "health", "immunity", "immune", "digestion", "gut", "skin", "metabolism", "hormones", "libido", "vitality",
            "liver", "heart", "brain", "joints", "muscles", "bones", "stomach", "hair", "nails", "kidneys", "lungs",
            "stamina", "endurance", "wrinkles", "complexion", "mind", "vision", "eyesight", "hearing", "interval",
            "clearance",
            "resilience", "motivation", "productivity", "alertness", "drowsiness", "sleepiness", "appetite", "energy levels",
            "muscle", "strength", "drowsy", "dizzy", "sleepy", "tired", "sick", "cases", "infections", "cancers",
        ],
        comparisons: [
            // a treatment's place against the others, and who is more at risk
            "first-line", "first line", "second-line", "second line", "treatment of choice", "drug of choice",
            "first choice", "first-choice",
            "works best", "work best",
            "mainstay of", "gold standard", "standard of care", "cornerstone of", "preferred over",
            "preferred to", "more vulnerable", "more susceptible",
            "more prone", "less vulnerable", "less susceptible", "at higher risk", "at greater risk", "at increased risk",
            "at lower risk", "a leading cause of", "a major cause of", "a common cause of", "the commonest cause of",
            "than placebo", "than with placebo", "compared with", "compared to", "in comparison with",
            "superior to", "inferior to", "non-inferior", "noninferior", "as effective as", "as well as placebo",
            "outperform", "more effective", "less effective", "more effectively", "better absorbed",
            "worse than", "better than", "more common", "less common", "more likely", "less likely",
            "more frequent", "less frequent", "more often", "less often", "more prevalent", "higher risk",
            "lower risk", "greater risk", "increased risk", "reduced risk", "higher bioavailability",
            "lower bioavailability", "better tolerated", "less well tolerated", "gentler", "harsher",
            "fewer side effects", "more side effects", "head-to-head", "versus", "vs", "best absorbed",
            "best tolerated", "most effective", "least effective", "as safe as", "as well tolerated as",
            "work as well as", "about as much as", "nearly as much as", "as much as", "as good as", "just as effective",
            "as effective", "no better than", "no worse than", "on a par with", "equivalent to",
            // multiples and equalities with a noun between
            "twice as", "half as", "times as", "as much * as", "as many * as", "just as well as", "every bit as",
        ],
        safety: [
            // licensing: a checkable regulatory fact
            "licensed for", "licensed in", "only licensed", "approved for", "unlicensed", "off-label",
            "no safe level", "no safe amount", "narrow therapeutic", "risky", "carry a risk", "carries a risk",
            "carry a small risk", "carries a small risk", "hazardous", "gentle on", "gentle enough", "easy on the stomach",
            "hypoallergenic", "safe on", "non-irritating",
            "suitable from", "suitable for babies", "suitable for children", "suitable in pregnancy",
            "kind to the stomach", "kind to your stomach",
            "well tolerated", "well-tolerated", "poorly tolerated", "safe in", "safe for", "safe to",
            "safe at", "is safe", "are safe", "unsafe", "toxic", "toxicity", "adverse event", "adverse events",
            "adverse effect", "adverse effects", "side effect", "side effects", "no change in",
            "no clinically important", "no clinically significant", "no significant interaction",
            "interaction with", "interactions with", "contraindicated", "can cause", "may cause", "could cause",
            "can lead to", "may lead to", "overdose", "harmful", "dangerous", "hepatotoxic", "nephrotoxic",
            "teratogenic", "fatal", "lethal", "life-threatening", "interacts with", "interact with",
            "should avoid", "should not be", "must not be", "must be avoided", "should be avoided",
            "addictive", "habit-forming", "with caution", "not recommended", "not suitable", "safe during",
            "safer", "safest", "harmless", "withdrawal symptoms",
            // negated harms and fitness for a group
            "non-habit-forming", "non-addictive", "non-drowsy", "non-toxic", "non-sedating", "suitable for",
            "suitable during", "suitable in",
        ],
        associations: [
            "linked to", "linked with", "associated with", "association between", "correlated with",
            "correlates with", "correlation between", "risk factor", "predicts", "predictor of",
            "is rare", "are rare", "is uncommon", "are uncommon", "is common", "are common", "is frequent",
            "is unusual", "is prevalent", "are prevalent", "underlies", "contributes to", "is a cause of",
        ],
        doseVerbs: [
            "start", "begin", "take", "give", "divide", "split", "separate", "titrate", "administer",
            "infuse", "inject", "increase", "reduce", "halve", "double", "taper", "stop", "avoid", "dilute",
            "prescribe", "limit", "restrict", "repeat", "continue", "switch", "add", "use", "offer",
        ],
        doseWords: [
            "dose", "doses", "dosing", "dosage", "daily", "twice", "bedtime", "nightly", "weekly",
            "mg", "g", "mcg", "tablet", "tablets", "capsule", "capsules", "intravenously", "orally",
            "hours apart", "per day", "a day", "with food", "loading", "maintenance", "titrate",
        ],
        doseUnits: [
            "mg", "g", "mcg", "µg", "μg", "ug", "kg", "mmol", "meq", "iu", "ml", "l", "tablet", "tablets",
            "capsule", "capsules", "drops", "grams", "milligrams", "micrograms", "millimoles", "units", "mg/kg",
            "scoop", "scoops", "sachet", "sachets", "gummy", "gummies", "teaspoon", "teaspoons", "puff", "puffs",
            "spray", "sprays", "patch", "patches", "vial", "vials", "ampoule", "ampoules",
        ],
        measureUnits: [
            "mmhg", "mg/dl", "mmol/l", "meq/l", "µmol", "umol", "nmol", "pmol", "points", "point", "kcal",
            "bpm", "fold", "times", "cm", "mm", "ng", "pg", "iu/l", "u/l", "mosm", "db", "hz", "kpa",
            "percentile", "sd",
        ],
        timeUnits: [
            "second", "seconds", "minute", "minutes", "min", "hour", "hours", "h", "hr", "hrs", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "night", "nights", "decade", "decades",
        ],
        statistics: [
            "number needed to treat", "nnt", "nnh", "number needed to harm", "odds ratio", "relative risk",
            "hazard ratio", "risk ratio", "confidence interval", "effect size", "mean difference",
            "standardised mean difference", "standardized mean difference", "response rate", "response rates",
            "remission rate", "remission rates", "prevalence", "incidence", "absolute risk", "sensitivity",
            "specificity", "p-value", "mean", "median", "correlation", "auc", "hedges", "cohen's",
        ]
    )
}

extension ClaimsLexicon {
    /// Kinds of clinical entity: drugs and drug classes, nutrients and supplements, exposures
    /// and habits, conditions and symptoms, patient groups, measures. General words; specific
    /// drugs are mostly found by `standardClinicalSuffixes`.
    static let standardClinicalEntities: [String] = [
        // drugs and treatments
        "drug", "drugs", "medicine", "medicines", "medication", "medications", "treatment", "treatments", "therapy",
        "therapies", "tablet", "tablets", "pill", "pills", "antidepressant", "antidepressants", "antipsychotic",
        "antipsychotics", "benzodiazepine", "benzodiazepines", "stimulant", "stimulants", "sedative", "sedatives",
        "hypnotic", "hypnotics", "opioid", "opioids", "statin", "statins", "ssri", "ssris", "snri", "snris", "maoi",
        "maois", "lithium", "valproate", "insulin", "aspirin", "paracetamol", "ibuprofen", "nsaid", "nsaids", "ppi",
        "ppis", "diuretic", "diuretics", "antibiotic", "antibiotics", "vaccine", "vaccines", "placebo", "ect",
        "cbt", "psychotherapy", "counselling", "counseling", "injection", "injections", "infusion", "dose", "doses",
        // products sold for health: "Our night-time blend…", "DeepRest capsules…"
        "capsule", "capsules", "formula", "formulas", "formulation", "blend", "blends", "gummies", "powder",
        "lotion", "lotions", "cream", "creams", "ointment", "ointments", "gel", "gels", "inhaler", "inhalers",
        "pessary", "pessaries", "suppository", "suppositories", "lozenge", "lozenges",
        "powders", "shots", "drinks", "juice", "juices", "remedy", "remedies", "peptides", "collagen", "tonic",
        // programmes sold or prescribed as treatments
        "protocol", "protocols", "programme", "programmes", "regimen", "regimens", "intervention", "interventions",
        // nutrients and supplements
        "supplement", "supplements", "supplementation", "vitamin", "vitamins", "mineral", "minerals", "magnesium",
        "zinc", "iron", "calcium", "potassium", "sodium", "selenium", "iodine", "folate", "folic", "b12", "omega-3",
        "omega-3s", "fish", "oil", "oils", "probiotic", "probiotics", "creatine", "melatonin", "caffeine", "coffee",
        "tea", "alcohol", "sugar", "salt", "fibre", "fiber", "protein", "diet", "diets", "food", "foods", "meal",
        "meals", "herb", "herbs", "herbal", "extract", "saffron", "turmeric", "curcumin", "ashwagandha", "cbd",
        "cannabis", "nicotine", "tobacco", "smoking", "wort", "l-theanine", "theanine", "tryptophan",
        // exposures and habits
        "exercise", "exercises", "walking", "walk", "running", "activity", "sleep", "light", "sunlight", "screen",
        "screens", "stress", "fasting", "restriction", "exposure", "meditation", "mindfulness", "yoga",
        // conditions and symptoms
        "depression", "anxiety", "insomnia", "delirium", "dementia", "psychosis", "schizophrenia", "mania",
        "disorder", "disorders", "syndrome", "disease", "diseases", "deficiency", "deficiencies", "infection",
        "symptom", "symptoms", "fatigue", "pain", "tremor", "seizure", "seizures", "withdrawal", "overdose",
        "impairment", "insufficiency", "dysfunction",
        "relapse", "suicide", "obesity", "diabetes", "hypertension", "migraine", "headache", "damage", "sleepiness",
        "infections", "cancer", "cancers", "tumour", "tumours", "tumor", "tumors", "stroke", "strokes", "asthma",
        "eczema", "acne", "psoriasis", "measles", "flu", "influenza", "covid", "fever", "fracture", "fractures",
        "myopathy", "ulcer", "ulcers", "bleeding", "nausea", "vomiting", "constipation", "dizziness", "drowsiness",
        "concussion", "concussions", "injury", "injuries", "gout", "copd", "tinnitus",
        "falls", "epilepsy", "arthritis", "dermatitis", "allergy", "allergies", "illness", "illnesses", "conditions",
        // prevention and care as exposures
        "screening", "vaccination", "vaccinations", "immunisation", "immunization", "surgery", "oxygen", "fluids",
        "breastfeeding", "biologics", "steroid", "steroids", "antihistamine", "antihistamines", "painkiller",
        "painkillers", "inhibitor", "inhibitors", "blocker", "blockers", "agonist", "agonists", "antagonist",
        "antagonists", "contraceptive", "contraceptives", "hrt", "chemotherapy", "radiotherapy",
        "macrolides", "quinolones", "fluoroquinolones", "cephalosporins", "penicillins", "tetracyclines",
        "sulfonylureas", "anticoagulants", "anticonvulsants", "antiepileptics", "antihypertensives", "laxatives",
        // herbal remedies and supplements sold for health (not kitchen foods: garlic, ginger, cinnamon)
        "ginkgo", "cohosh", "rhodiola", "elderberry", "valerian", "echinacea", "ginseng", "kava", "feverfew", "berberine",
        "cordyceps", "reishi", "chaga", "spirulina", "chlorella", "maca", "moringa", "garcinia", "glucosamine", "chondroitin",
        "quercetin", "resveratrol", "5-htp", "inositol", "coq10", "ubiquinol", "colostrum", "propolis", "fenugreek",
        "tongkat", "tribulus", "shilajit", "astragalus", "cannabidiol", "kratom", "psyllium", "inulin", "glutamine",
        "n-acetylcysteine",
        // epidemiological counts
        "cases", "admissions", "deaths", "prescriptions", "diagnoses", "outbreak", "outbreaks",
        // patient groups
        "patients", "patient", "people", "adults", "children", "teenagers", "adolescents", "women", "men",
        "infants", "babies", "elderly", "vegetarians", "vegans", "smokers", "users", "sufferers", "pregnancy",
        "pregnant", "newborns", "toddlers", "athletes", "survivors",
        // measures
        "level", "levels", "serum", "plasma", "blood", "cortisol", "serotonin", "dopamine", "hba1c", "cholesterol",
    ]

    /// Endings of drug, nutrient and condition names ("sertraline", "hypokalaemia", "hepatitis").
    static let standardClinicalSuffixes: [String] = [
        "aemia", "emia", "itis", "osis", "pathy", "algia", "oma", "pam", "lam", "zepine", "pine", "xetine",
        "triptyline", "pramine", "azole", "olol", "pril", "sartan", "statin", "mab", "nib", "oxacin", "cillin",
        "cycline", "tidine", "prazole", "done", "barbital", "azine", "afil", "trigine", "iramate", "etam",
        "aline", "apine", "idone", "ipine", "oxetine", "amine", "phetamine", "ates", "itol",
        // international nonproprietary name stems
        "steroid", "steroids", "oside", "osides", "dopa", "uria", "penia", "plasia", "ectomy",
        "formin", "gliptin", "glutide", "gliflozin", "sone", "olone", "mycin", "micin", "vir", "parin", "xaban",
        "gatran", "lukast", "terol", "sonide", "caine", "profen", "fenac", "coxib", "triptan", "setron",
        "dronate", "platin", "rubicin", "thiazide", "semide", "tropium", "curium", "oxone", "adol",
        // conditions and their plurals
        "cancer", "cancers", "itides", "aemias", "emias", "pathies", "glycaemia", "glycemia",
    ]

    /// Verbs that assert an effect, a cause, a risk or a change ("provokes", "aggravates", "crosses").
    static let standardEffectVerbs: [String] = [
        "contribute", "provoke", "aggravate", "amplify", "dampen", "affect", "shift", "advance", "thin", "cross",
        "reach", "colonise", "colonize", "resist", "absorb", "interfere", "compete", "impair", "slow",
        "damage", "harm", "lift", "undo", "rival", "predispose", "lead", "exacerbate", "potentiate", "blunt",
        "disrupt", "disturb", "deliver", "make", "keep", "fix", "work", "kill",
        "support", "rebuild", "repair", "heal", "clear", "remove", "flush", "fight", "combat", "tackle",
        "ward", "stave", "extend", "shorten", "add", "rejuvenate", "transform", "double", "halve", "raise",
        "reduce", "lower", "increase", "decrease", "improve", "worsen", "boost", "cause", "trigger", "prevent",
        "treat", "protect", "relieve", "ease", "help", "elevate", "deplete", "induce", "precipitate", "accelerate",
        "delay", "prolong", "restore", "stabilise", "stabilize", "inhibit", "suppress", "counteract", "reverse",
        "alter", "change", "irritate", "sensitise", "sensitize", "weaken", "strengthen", "promote", "enhance",
        "outperform", "outlast", "beat", "match", "need", "require", "drop", "fall", "rise", "cut", "hurt",
        "build", "climb", "soar", "plunge", "lose",
        // what a test can or cannot tell: "a normal urate does not exclude gout"
        "exclude", "predict", "detect", "underestimate", "overestimate", "mask", "confirm", "fade", "wane", "rule", "waste", "spare",
    ]

    /// Imperative verbs of a prescribing, monitoring or safety instruction.
    static let standardInstructionVerbs: [String] = [
        "give", "take", "avoid", "titrate", "prescribe", "stop", "start", "begin", "combine", "separate",
        "apply", "rinse", "steer",
        "administer", "taper", "withhold", "omit", "skip", "reduce", "increase", "lower", "raise", "halve",
        "double", "switch", "restrict", "limit", "use", "offer", "continue", "measure", "monitor", "check",
        "record", "review", "test", "screen", "repeat", "recheck", "discontinue", "cut", "drink", "eat", "drive",
        "mix", "store", "keep", "replace", "correct", "treat", "refer", "seek", "get", "see", "call", "tell",
        "leave", "allow", "wait", "space",
    ]

    /// Adjectives that say how common something is.
    static let standardFrequencyWords: [String] = [
        "rare", "rarer", "rarest", "common", "commoner", "commonest", "uncommon", "frequent", "infrequent",
        "unusual", "usual", "prevalent", "widespread", "typical", "atypical", "exceptional", "universal", "routine",
        // how often something is recognised or used: "is underdiagnosed", "are overprescribed"
        "underdiagnosed", "overdiagnosed", "underrecognised", "underrecognized", "undertreated", "overtreated",
        "underused", "overused", "underprescribed", "overprescribed", "underreported",
    ]

    /// Absolute promises, superlatives and sweeping rhetoric.
    static let standardAbsolutes: [String] = [
        "every single", "each and every", "every last", "nothing short of", "nothing * comes close",
        "nothing comes close", "nothing on earth", "comes close to", "come close to", "anywhere near",
        "hands down", "second to none", "like no other", "unlike anything", "unrivalled", "unrivaled", "unmatched",
        "unparalleled", "unbeatable", "the single most", "the single best", "the most important thing",
        "single most important", "once and for all", "as we know it", "welcome to the end",
        "simply vanish", "simply disappear", "simply melt", "simply become impossible", "becomes impossible",
        "become impossible", "is that simple", "it's that simple", "the same way again", "throw away their",
        "rejuvenate", "side-effect free", "side effect free", "fix your", "you will ever need", "will ever need",
        "forever", "in no time", "a new era", "extraordinary", "phenomenal", "powerhouse", "superpower",
        "unstoppable", "limitless",
        // sweeping rhetoric: a field rewritten, a disease ended
        "a thing of the past", "put an end to", "puts an end to", "everything we thought", "everything we knew",
        "everything you know", "everything you thought", "everything doctors thought", "never be the same",
        // certainty and invulnerability: "predicted with absolute certainty", "virtually indestructible"
        "absolute certainty", "complete certainty", "total certainty", "indestructible", "invincible", "bulletproof",
        "unbreakable", "make you the most", "all your * needs", "comes anywhere close", "no other * comes close",
        // a field swept clean, failure ruled out, the best without exception
        "bar none", "cannot fail", "can't fail", "isn't an option", "is not an option", "better than new",
        "no risk whatsoever", "effortlessly", "on the brink of extinction", "swept away", "ended the era",
        "the end of the era", "rendered * obsolete", "made * obsolete", "lethal disease into", "into a minor inconvenience",
        "the most perfect", "fix anything", "cure anything", "in a single weekend", "remember everything",
        // sweeping change, instant and permanent results, urgency, rules rewritten
        "change everything", "instant and permanent", "permanent results", "rewire your brain", "act now",
        "before it's too late", "before it is too late", "until it's too late", "until it is too late",
        "rewrite the rules", "rewritten the rules", "a solved problem", "completely beatable", "never make mistakes",
        "never makes a mistake", "from the very first night", "from the very first day", "from the very first dose",
        // the whole of history or the planet as yardstick; what vanishes; the impossible achieved
        "in the history of medicine", "in the whole history", "in all of medicine", "on the planet", "make * vanish",
        "made * vanish", "vanish from", "from a death sentence", "the impossible",
        // an epoch as the yardstick: "the most important discovery of our lifetime", "since insulin"
        "of our lifetime", "of our generation", "of all time", "in medical history",
        "thing to happen to", "for ever", "years to your life", "decades to your life",
    ]
}
