/// Facts about a sentence as a whole that switch rules off: questions, the
/// learner's instructions, course navigation, case vignettes and unit
/// conversions carry numbers and study words without making a claim.
struct SentenceContext {
    /// Ends in a question mark: asks, does not assert ("What do the studies show…?").
    var isQuestion = false
    /// Starts with an imperative verb, after "Always", "Step 2:" or an opening clause.
    var imperativeVerb: Int?
    /// Talks about the course itself (chapters, objectives, "we", "you").
    var isCourseProse = false
    /// Describes one patient ("His serum magnesium is 0.58 mmol/L").
    var isVignette = false
    /// Part of a case narrative: opens on the patient, or follows such a sentence in its paragraph.
    var isCaseNarrative = false
    /// A counterfactual ("If magnesium were tied to mood, a test might help"): its
    /// main clause imagines an effect rather than asserting one.
    var isCounterfactual = false
    /// Converts units ("Convert milligrams … by dividing by 24.3"), or defines a unit, a term or a
    /// measure ("A pack-year is defined as…", "The scale contains ten items", "Each tablet contains 50 mg").
    var isConversion = false
    /// The first token the sentence asserts: after a label that introduces content ("Answer to
    /// exercise 4: …", "Key takeaway: …") or after a course part that explains ("Unit 5 explains why…").
    var assertsFrom = 0
    /// A definition's predicate ("Hay fever is an allergic reaction to pollen, usually from grass"): the
    /// tokens from the article to a clause of its own ("…that causes", "…proven to"), where the wording
    /// describes what the term names rather than asserting an effect or a frequency.
    var definedAs: Range<Int>? = nil

    static let learnerVerbs: Set<String> = [
        "ask", "answer", "review", "read", "write", "record", "list", "check", "confirm", "see", "note",
        "consider", "discuss", "explain", "describe", "identify", "try", "think", "reflect", "look", "watch",
        "complete", "remember", "make", "be", "do", "don't", "go", "click", "open", "find", "calculate",
        "convert", "document", "measure", "assess", "screen", "refer", "revisit", "compare", "summarise",
        "summarize", "outline", "draw", "match", "choose", "select", "fill", "work", "spend", "return",
        "skip", "plan", "prepare", "practise", "practice", "imagine", "suppose", "pause", "keep", "let", "store",
        "ensure", "recall", "revise", "learn", "search", "visit", "download", "submit", "share", "highlight",
        "label", "sort", "rank", "estimate", "test", "interpret", "contrast", "decide", "justify", "define",
        "name", "state", "ask", "tell", "show", "examine", "inspect", "count", "record", "weigh", "chart",
        "follow", "repeat", "discuss", "study", "use", "monitor", "check", "order", "request", "send",
        "cite", "quote", "format", "paste", "copy", "type", "join", "enrol", "enroll", "register", "sign", "book",
        "subscribe", "email", "rewrite", "edit", "translate", "swap", "find", "work", "rate", "post", "bring",
        // signposting: where to get help
        "contact", "phone", "ring", "call", "speak", "talk",
    ]
    /// "Leave four hours…", "Wait 30 minutes…": instructions only before an amount (see findImperative).
    static let spacingVerbs: Set<String> = ["leave", "allow", "wait", "space"]
    static let clinicalVerbs: Set<String> = spacingVerbs.union([
        "apply", "rinse",
        "start", "begin", "take", "give", "divide", "split", "separate", "titrate", "administer", "infuse", "inject",
        "increase", "reduce", "taper", "stop", "avoid", "dilute", "prescribe", "limit", "restrict", "continue",
        "switch", "add", "offer", "do", "treat", "exclude", "steer",
    ])
    static let leadingAdverbs: Set<String> = [
        "always", "never", "first", "then", "next", "now", "please", "finally", "also", "briefly", "carefully",
        "so", "lastly", "second", "third", "together", "again", "quickly", "routinely",
    ]
    static let openers: Set<String> = [
        "for", "in", "if", "when", "before", "after", "during", "once", "while", "to", "at", "with", "on", "as",
    ]
    static let courseNouns: Set<String> = [
        "course", "chapter", "chapters", "module", "modules", "lesson", "lessons", "quiz", "quizzes", "glossary",
        "objective", "objectives", "worksheet", "syllabus", "handout", "slide", "slides",
        "appendix", "page", "pages", "section", "sections", "table", "figure", "tutorial", "webinar", "webinars",
        "enrolment", "enrollment", "certificate", "assignment", "assignments", "coursework", "homework", "tutor",
        "tutors", "classmates", "seminar", "seminars", "workbook", "login", "helpline", "q&a",
        // shop administration: prices, orders and delivery say nothing clinical
        "shipping", "delivery", "checkout", "discount", "refund", "money-back", "coupon", "subscription", "subscribe",
        "basket", "cart", "postage", "dispatch", "dispatched", "vat", "invoice", "voucher", "bundle",
        "payment", "payments", "instalment", "instalments", "installment", "installments", "price", "prices",
        "fee", "fees", "tuition",
        // the document itself: a leaflet or digest talking about its own contents
        "digest", "leaflet", "booklet", "factsheet", "newsletter",
        // parcels: "Your next box ships on the 3rd"
        "parcel", "parcels", "shipment", "shipments", "ships", "shipped",
    ]
    /// Labels that introduce content the author asserts ("Answer to exercise 4:", "Key takeaway:").
    static let contentLabels: Set<String> = [
        "answer", "answers", "feedback", "takeaway", "takeaways", "key", "tip", "fact", "myth", "truth",
        "rationale", "explanation", "solution", "remember", "summary", "bottom", "message", "lesson",
        "point", "points", "pearl", "pearls", "recap", "note", "notes", "reminder", "caution", "warning",
        "conclusion", "principle", "highlight", "highlights", "insight", "lessons", "pitfall", "pitfalls", "mistake",
        "flag", "heuristic", "thumb", "caveat", "trap",
    ]
    /// A course part that explains something: what follows "why"/"that" is asserted ("Unit 5 explains why…").
    static let explainingVerbs: Set<String> = [
        "explains", "explained", "shows", "showed", "describes", "discusses", "sets", "reviews", "summarises",
        "summarizes", "outlines", "examines", "argues", "demonstrates", "covers", "recaps", "revisits",
    ]
    static let learnerAuxiliaries: Set<String> = ["will", "'ll", "can", "should", "must", "may", "might", "are", "have", "need", "now", "then", "also", "first", "to"]
    static let learningVerbs: Set<String> = ["learn", "cover", "covered", "revisit", "met", "meet", "practise", "practice", "read", "complete", "completed", "explore", "discuss", "review", "return", "turn", "finish", "write", "answer", "reflect", "consider", "summarise", "summarize", "compare", "practised", "studied", "study", "examine", "revise", "watch", "join", "submit", "able"]
    static let personVerbs: Set<String> = [
        "tells", "told", "says", "said", "describes", "described", "presents", "presented", "asks", "asked", "wants",
        "feels", "felt", "complains", "complained", "arrives", "arrived", "attends", "attended", "lives", "lived",
        "drinks", "smokes", "works", "worked", "mentions", "mentioned", "admits", "admitted", "explains", "explained",
        "returns", "returned", "brings", "brought", "sleeps", "slept", "wakes", "woke", "started", "stopped",
    ]
    /// Words with the `vignetteWord` class: `opensVignette` tests that bit before its word sets, so they are built from them.
    static let vignetteWords: Set<String> = caseOpeners.union(patientPronouns).union(["presents", "presented"])

    init(_ t: [ClaimToken], outcomeNouns: Set<String>) {
        var last = t.count - 1
        while last >= 0, t[last].kind == .citation || t[last].kind == .punct && t[last].lower != "?" && t[last].lower != "." && t[last].lower != "!" { last -= 1 }
        isQuestion = last >= 0 && t[last].lower == "?"
        imperativeVerb = Self.findImperative(t)
        // A label that introduces content: the course nouns before its colon do not make the rest navigation.
        // So does a source label ("GP newsletter:", "Pharmacy window poster:", "Slide 9:") before a clinical clause.
        if let colon = t.prefix(7).firstIndex(where: { $0.lower == ":" }),
           t[..<colon].contains(where: { Self.contentLabels.contains($0.lower) })
            || colon <= 5 && t[..<colon].allSatisfy({ $0.kind == .word || $0.kind == .number })
                && (t[(colon + 1)...].contains(where: { !$0.classes.isDisjoint(with: [.clinical, .clinicalEnding]) })
                    // "Doula course: continuous support in labour reduces the chance…": a clause with an effect.
                    || t.count - colon > 5 && t[(colon + 1)...].contains(where: { $0.classes.contains(.effectVerb) })) {
            assertsFrom = colon + 1
        }
        // Quiz feedback: "Correct — …", "Not quite, …", "Well done! …": what follows is asserted.
        if let f = Self.feedbackEnd(t, from: assertsFrom) {
            assertsFrom = f
        }
        // "Consider this: up to a third of…", "Remember: …": an instruction that only introduces what follows.
        if assertsFrom == 0, let verb = imperativeVerb,
           let colon = t.prefix(5).firstIndex(where: { $0.lower == ":" || $0.lower == "," && Self.factiveVerbs.contains(t[verb].lower) }),
           verb < colon, colon <= verb + 2 {
            assertsFrom = colon + 1
            imperativeVerb = nil
        }
        // "For the quiz, note that…", "you will know that…", "understand why…": the clause after the frame asserts.
        if let frame = Self.assertingFrame(t, from: assertsFrom) {
            assertsFrom = frame
        }
        // "The answer is B, because a MUST score of 2 or more…": the reason given asserts.
        if assertsFrom == 0, let because = Self.answerBecause(t) {
            assertsFrom = because
        }
        // "As you saw in the last module, smoking lowers clozapine levels": an opening clause that points
        // back at the course; the main clause after its comma asserts.
        if assertsFrom == 0, let lead = Self.courseReference(t) {
            assertsFrom = lead
        }
        // The opening frames end where the asserted part begins.
        var from = assertsFrom
        if let verb = imperativeVerb, verb < from { imperativeVerb = nil }   // "Answer to exercise 4:" names, not bids
        // A clinical subject with an effect verb makes the sentence about that effect: a course noun after
        // it ("…, as the figure shows", "…in the next section") only points at where it is discussed.
        let clinicalEffect = Self.clinicalEffect(t, from: from)
        // "Our sleep course lowers resting blood pressure": a course sold by its effect on health is a claim.
        let sellsAnEffect = Self.courseEffect(t, outcomeNouns: outcomeNouns)
        for k in t.indices {
            guard t[k].kind == .word, k >= from else { continue }
            // "the course of the illness", "a course of antibiotics" is clinical time, not the course.
            // "a shorter course", "a full course": a course of treatment, not the course.
            if t[k].classes.contains(.courseNoun), !(t[k].lower == "course" && (k + 1 < t.count && t[k + 1].lower == "of"
                || k > 0 && Self.courseLengths.contains(t[k - 1].lower) || Self.treatmentCourse(t, k))),
               !Self.clinicalCompound(t, k), k < clinicalEffect, !sellsAnEffect { isCourseProse = true }
            if t[k].classes.contains(.vignetteWord) || Self.isAge(t, k) { isVignette = true }
            if Self.isConversion(t[k].lower) { isConversion = true }
        }
        // "Unit 5 explains why X is less effective": the course points at a claim it makes.
        if isCourseProse, let e = t.indices.first(where: { Self.explainingVerbs.contains(t[$0].lower) && $0 + 1 < t.count
                                                             && ["why", "that"].contains(t[$0 + 1].lower) }) {
            isCourseProse = false
            assertsFrom = e + 2
        }
        // "We now turn to why grapefruit raises statin levels": the course turns to a claim it makes.
        if let w = Self.turnsToWhy(t, from: from) {
            isCourseProse = false
            from = w
            assertsFrom = w
        }
        let asserted = from == 0 ? t : Array(t[from...])
        if Self.pointsElsewhere(asserted) || Self.addressesLearner(asserted) { isCourseProse = true }
        if Self.definesUnit(t) || Self.definesTerm(t) { isConversion = true }
        definedAs = Self.definition(t)
        // "If X were…, Y might…": subjunctive "were" inside an if-clause.
        if let ifAt = t.firstIndex(where: { $0.lower == "if" }) {
            var k = ifAt + 1
            while k < t.count, t[k].lower != ",", t[k].lower != ";" {
                if t[k].lower == "were" { isCounterfactual = true; break }
                k += 1
            }
        }
    }

    /// Opens on the patient ("She has taken…", "Mr B is a 52-year-old…"): the rest of the paragraph is the same
    /// case vignette. Apart from the rest of the context, which is worked out only when a rule asks for it: every
    /// sentence, cited or not, tells the ones after it whether they are part of a case.
    static func opensVignette(_ t: [ClaimToken]) -> Bool {
        // "your patients" is clinical advice, "you" alone is the learner.
        // The vignette-word bit first: the sets below are probed only for the few tokens that have it.
        if let f = t.firstIndex(where: { $0.kind == .word }) {
            if t[f].classes.contains(.vignetteWord), caseOpeners.contains(t[f].lower) { return true }
            // "Priya tells you…", "Tom, 42, drinks…": a named person opens a case.
            if t[f].isCapitalised, t[f].classes.isEmpty, f + 1 < t.count,
               Self.personVerbs.contains(t[f + 1].lower) || t[f + 1].lower == "," && f + 2 < t.count && t[f + 2].kind == .number {
                return true
            }
        }
        if t.indices.contains(where: { isAge(t, $0) }) { return true }
        // "On 12 June her GP started…", "Two days later he…": a dated event in one patient's story.
        if let p = t.prefix(8).firstIndex(where: { $0.classes.contains(.vignetteWord) && patientPronouns.contains($0.lower) }),
           t[..<p].contains(where: { $0.classes.contains(.month) || ["later", "ago", "yesterday", "today", "now", "tonight"].contains($0.lower) }) {
            return true
        }
        return false
    }

    /// Words that open a case vignette ("She has taken…", "Mr B is…").
    private static let caseOpeners: Set<String> = ["she", "he", "his", "her", "mr", "mrs", "ms"]
    private static let patientPronouns: Set<String> = ["he", "she", "his", "her"]

    /// An age: "52-year-old", or "aged" after a comma and before a number ("Tom, aged 42").
    private static func isAge(_ t: [ClaimToken], _ k: Int) -> Bool {
        isAge(t[k].lower) || k + 1 < t.count && t[k + 1].kind == .number && t[k].lower == "aged" && k > 0 && t[k - 1].lower == ","
    }

    static let referenceOpeners: Set<String> = ["as", "like", "in", "from", "following"]
    static let feedbackWords: Set<String> = ["correct", "incorrect", "right", "wrong", "yes", "no", "exactly", "true", "false"]

    /// After a feedback word and its dash, comma or exclamation mark: "Correct — delayed cord clamping…".
    private static func feedbackEnd(_ t: [ClaimToken], from: Int) -> Int? {
        var k = from
        if k < t.count, t[k].lower == "not", k + 1 < t.count, t[k + 1].lower == "quite" { k += 1 }
        guard k + 2 < t.count, feedbackWords.contains(t[k].lower) || t[k].lower == "quite",
              ["—", "–", "-", ",", "!", ":"].contains(t[k + 1].lower) else { return nil }
        return k + 2
    }

    /// After "The answer is B, because", "Option C is wrong because": where the reason begins.
    private static func answerBecause(_ t: [ClaimToken]) -> Int? {
        guard t.prefix(4).contains(where: { $0.lower == "answer" || $0.lower == "option" || $0.lower == "choice" }),
              let because = t.prefix(10).firstIndex(where: { $0.lower == "because" }), because + 1 < t.count else { return nil }
        return because + 1
    }

    /// The first token after an opening clause that points at the course ("As you saw in the last module,",
    /// "As discussed in chapter 3,"), when a clinical word follows it.
    private static func courseReference(_ t: [ClaimToken]) -> Int? {
        guard let first = t.first, referenceOpeners.contains(first.lower),
              let comma = t.prefix(12).firstIndex(where: { $0.lower == "," }),
              t[..<comma].contains(where: { $0.classes.contains(.courseNoun) || $0.lower == "you" || $0.lower == "we" }),
              t[comma...].contains(where: { !$0.classes.isDisjoint(with: [.clinical, .clinicalEnding]) }) else { return nil }
        return comma + 1
    }

    /// After "turn to why", "see why", "explore how": where the clause the course explains begins.
    private static func turnsToWhy(_ t: [ClaimToken], from: Int) -> Int? {
        var k = max(from, 1)
        while k + 1 < t.count, k < from + 10 {
            if t[k].lower == "why" || t[k].lower == "how", ["to", "see", "explore", "examine", "consider", "learn", "at"].contains(t[k - 1].lower),
               t[(k + 1)...].contains(where: { !$0.classes.isDisjoint(with: [.clinical, .clinicalEnding]) }) { return k + 1 }
            k += 1
        }
        return nil
    }

    /// "The question of adverse effects is covered in [Safety](…)": a cross-reference
    /// names a topic to point at another part of the course, it asserts nothing.
    private static func pointsElsewhere(_ t: [ClaimToken]) -> Bool {
        guard t.count >= 3 else { return false }
        return (0..<(t.count - 2)).contains { k in
            (t[k].lower == "is" || t[k].lower == "are") && (t[k + 1].lower == "covered" || t[k + 1].lower == "discussed")
                && t[k + 2].lower == "in"
        }
    }

    /// The index of the first effect verb that follows a clinical word, or the end of the sentence.
    private static func clinicalEffect(_ t: [ClaimToken], from: Int) -> Int {
        var clinical = false
        for k in from..<max(from, t.count) where t[k].kind == .word {
            if t[k].classes.contains(.courseNoun) && !clinicalCompound(t, k) { return t.count }
            if !t[k].classes.isDisjoint(with: [.clinical, .clinicalEnding]) { clinical = true }
            // …or a comparison: "the generic works just as well as the brand at a fifth of the price".
            else if clinical, t[k].classes.contains(.effectVerb) || t[k].classes.contains(.comparative)
                        || t[k].lower == "as" && k + 2 < t.count && t[k + 2].lower == "as" { return k }
        }
        return t.count
    }

    /// "until the course is finished", "finish the course" in a sentence that names a medicine: a course of treatment.
    static func treatmentCourse(_ t: [ClaimToken], _ k: Int) -> Bool {
        guard k >= 1, t[k - 1].lower == "the" else { return false }
        let finishes = k >= 2 && ["finish", "complete", "finished", "completed", "stop"].contains(t[k - 2].lower)
            || k + 2 < t.count && ["is", "has"].contains(t[k + 1].lower) && ["finished", "completed", "over", "done"].contains(t[k + 2].lower)
        return finishes && t.contains(where: { !$0.classes.isDisjoint(with: [.clinical, .clinicalEnding, .doseUnit]) })
    }
    static let courseLengths: Set<String> = ["short", "shorter", "long", "longer", "full", "complete", "treatment", "antibiotic", "steroid"]

    /// What a course changes in the learner rather than in their health: "improves your understanding of sleep".
    static let learningObjects: Set<String> = [
        "understanding", "knowledge", "skills", "skill", "confidence", "awareness", "grasp", "competence", "practice",
        "grade", "grades", "marks", "score", "scores", "career", "cv", "time", "paperwork", "workload", "cost", "costs",
    ]

    /// A course noun, then within its clause an effect verb whose object names a health outcome.
    private static func courseEffect(_ t: [ClaimToken], outcomeNouns: Set<String>) -> Bool {
        guard let c = t.firstIndex(where: { $0.classes.contains(.courseNoun) }) else { return false }
        var k = c + 1
        while k < t.count, k <= c + 6, t[k].kind == .word, !t[k].classes.contains(.effectVerb) { k += 1 }
        guard k < t.count, t[k].classes.contains(.effectVerb) else { return false }
        let object = t[(k + 1)..<min(t.count, k + 7)].prefix { $0.kind != .punct || $0.lower == "-" }
        return object.contains { outcomeNouns.contains($0.lower) } && !object.contains { learningObjects.contains($0.lower) }
    }

    /// Course nouns that only ever name teaching, whatever clinical word comes before them.
    static let teachingNouns: Set<String> = [
        "module", "modules", "lesson", "lessons", "quiz", "quizzes", "webinar", "webinars", "workbook", "tutorial",
        "tutorials", "seminar", "seminars", "worksheet", "syllabus", "handout", "coursework", "homework",
    ]
    /// Words that make a course noun clinical: "vaginal delivery", "caesarean section".
    static let clinicalModifiers: Set<String> = [
        "vaginal", "caesarean", "cesarean", "preterm", "operative", "assisted", "instrumental", "forceps", "breech",
        "c", "intensive", "coronary", "stroke", "renal", "frozen",
    ]

    /// A course noun inside a clinical compound ("oxygen delivery", "drug prices", "intensive care unit
    /// section") names no part of the course.
    private static func clinicalCompound(_ t: [ClaimToken], _ k: Int) -> Bool {
        // "the dysphagia module", "a diabetes webinar": a clinical topic names a part of the course.
        guard k > 0, t[k - 1].kind == .word, !teachingNouns.contains(t[k].lower) else { return false }
        return t[k - 1].classes.contains(.clinical) || clinicalModifiers.contains(t[k - 1].lower)
    }

    /// Verbs whose "that"/"why" clause the author asserts: "note that X", "you will understand why X".
    static let factiveVerbs: Set<String> = [
        "remember", "note", "recall", "notice", "know", "explain", "understand", "recognise", "recognize",
        "appreciate", "realise", "realize", "learn", "discover", "describe", "grasp", "forget", "forgets", "overlook",
        "mind",   // "bear in mind that", "keep in mind that"
        "state",  // "Learning outcome: state that sarcopenia affects…"
    ]

    static let advisingVerbs: Set<String> = ["advise", "reassure", "remind", "warn", "tell", "inform"]
    static let actingVerbs: Set<String> = ["work", "works", "act", "acts"]
    /// The words that open each of `definesTerm`'s and `definesUnit`'s patterns ("defined as", "works by",
    /// "is shorthand for", "equals"), as the class bit `definitionCue`, so every other token skips them.
    static let definitionCues: Set<String> = actingVerbs.union(["defined", "refers", "stands", "is", "divide", "multiply", "name", "term"])
        .union(["equals", "equivalent", "corresponds"]).union(unitWords)
    /// What one serving of something is, as `definesUnit` reads it: "One unit of alcohol is 8 g".
    static let unitWords: Set<String> = [
        "unit", "units", "serving", "portion", "drink", "drinks", "glass", "cup", "teaspoon", "tablespoon", "pint", "shot", "measure",
    ]

    /// The first token after a factive frame in the sentence's first dozen tokens ("recall that", "know why").
    private static func assertingFrame(_ t: [ClaimToken], from: Int) -> Int? {
        var k = from
        while k + 2 < t.count, k < from + 12 {
            if t[k].classes.contains(.factiveVerb), ["that", "why"].contains(t[k + 1].lower) { return k + 2 }
            // "should advise parents that babies sleep most safely on their backs".
            if t[k].classes.contains(.advisingVerb), let that = (k + 2..<min(t.count, k + 5)).first(where: { t[$0].lower == "that" }) {
                return that + 1
            }
            k += 1
        }
        return nil
    }

    private static func remembersThat(_ t: [ClaimToken], _ i: Int) -> Bool {
        guard i + 1 < t.count else { return false }
        let next = t[i + 1].lower
        if next == "that" { return ["remember", "note", "recall", "notice", "consider", "bear", "know", "accept", "explain", "understand", "recognise", "recognize"].contains(t[i].lower) }
        // A learning outcome that states its content: "Explain why X can prevent Y".
        return (next == "why" || next == "how") && ["explain", "understand", "recognise", "recognize", "describe"].contains(t[i].lower)
    }

    /// "you will learn", "we revisit", "you can now explain": the learner and the course, not a claim.
    private static func addressesLearner(_ t: [ClaimToken]) -> Bool {
        for k in t.indices where t[k].kind == .word && (t[k].lower == "you" || t[k].lower == "we") {
            var j = k + 1
            while j < t.count, j <= k + 3, learnerAuxiliaries.contains(t[j].lower) || t[j].lower.hasSuffix("ly") { j += 1 }
            if j < t.count, learningVerbs.contains(t[j].lower) { return true }
        }
        return false
    }

    static let instruments: Set<String> = measuringInstruments.union([
        "unit", "serving", "portion", "drink", "spoonful", "scoop", "milligram", "gram",
        "microgram", "millilitre", "milliliter", "litre", "liter", "mmol", "mg", "ml", "g", "mcg",
    ])
    static let measuringInstruments: Set<String> = ["scale", "score", "questionnaire", "inventory", "index", "checklist", "tool", "instrument", "test", "criteria"]
    static let composes: Set<String> = ["contains", "contain", "consists", "comprises", "ranges", "range", "includes", "holds", "provides", "is", "are", "equals", "scored", "runs"]

    /// A term, a measuring instrument or a unit described: "A pack-year is defined as…", "The Glasgow
    /// Coma Scale score ranges from 3 to 15", "One milligram of magnesium is roughly 0.041 mmol", "A unit
    /// of alcohol is 10 mL". A dose form's strength ("Each tablet holds 100 mg") stays a claim: it is a
    /// figure from a label that wants its source.
    private static func definesTerm(_ t: [ClaimToken]) -> Bool {
        // Plain comparisons, no closures: this runs on every sentence.
        var k = 0
        while k + 1 < t.count {
            guard t[k].classes.contains(.definitionCue) else { k += 1; continue }
            let w = t[k].lower, n = t[k + 1].lower
            if w == "defined" && n == "as" || w == "refers" && n == "to" || w == "stands" && n == "for" { return true }
            // "Statins work by blocking an enzyme…": how a drug acts, a mechanism.
            if n == "by", Self.actingVerbs.contains(w), k + 2 < t.count, t[k + 2].lower.hasSuffix("ing") { return true }
            // "A glucose of 1 mmol/L is about 18 mg/dL": one unit's value set equal to another's.
            if w == "is", k >= 3, t[k - 1].kind == .word || t[k - 1].lower == "/", t[..<k].contains(where: { $0.kind == .number }),
               k + 2 < t.count, t[(k + 1)...].prefix(3).contains(where: { $0.kind == .number }), t[0].lower == "a" || t[0].lower == "an" { return true }
            // "0.5 mg is the same as 500 micrograms", "1 mmol/L is equivalent to 2.4 mg/dL".
            if w == "is", k >= 2, t[k - 2].kind == .number, t[k - 1].kind == .word || t[k - 1].lower == "/",
               let n = t[(k + 1)...].prefix(5).firstIndex(where: { $0.kind == .number }),
               t[(k + 1)..<n].allSatisfy({ Self.sameness.contains($0.lower) }) { return true }
            // "Divide a glucose value in mg/dL by 18 to express it in mmol/L".
            if k == 0, w == "divide" || w == "multiply", t.contains(where: { $0.lower == "by" }), t.contains(where: { $0.kind == .number }),
               t.indices.contains(where: { t[$0].lower == "to" && ["express", "convert", "get", "give"].contains(t.indices.contains($0 + 1) ? t[$0 + 1].lower : "") }),
               !t.contains(where: { ["dose", "doses", "dosage"].contains($0.lower) }) { return true }
            // "Refeeding syndrome is the name given to…".
            if w == "name", n == "given" || n == "for", k >= 2, t[k - 1].lower == "the", t[k - 2].lower == "is" { return true }
            // "The number needed to treat is how many patients…", "Prevalence is the proportion of…".
            if w == "is", k <= 6, k + 2 < t.count, n == "how" && ["many", "much", "often", "likely", "far"].contains(t[k + 2].lower)
                || n == "what" && ["proportion", "fraction", "percentage", "share"].contains(t[k + 2].lower) { return true }
            // "The term 'treatment-resistant depression' usually means…"
            if k == 1, t[0].lower == "the", w == "term" { return true }
            if w == "is", k + 2 < t.count, n == "shorthand" && t[k + 2].lower == "for" || n == "the" && t[k + 2].lower == "unit"
                || n == "a" && t[k + 2].lower == "measure" && k + 3 < t.count && t[k + 3].lower == "of" { return true }
            k += 1
        }
        // The subject's head noun, before the first verb of composition, is an instrument, unit or dose form.
        guard t.contains(where: { $0.kind == .number || $0.classes.contains(.numberWord) }) else { return false }
        k = 0
        while k < t.count, k < 10, !(t[k].kind == .word && composes.contains(t[k].lower)) { k += 1 }
        guard k < t.count, k < 10, k > 0 else { return false }
        // The head is before any post-modifier: "One milligram of magnesium is", "A standard drink in the US is".
        let end = t[..<k].firstIndex(where: { ["of", "in", "for", "on", "from", "(", ","].contains($0.lower) }) ?? k
        guard end > 0, instruments.contains(t[end - 1].lower) else { return false }
        // A measuring instrument is described by its items and range, never by "is" ("The test is positive in 95%…").
        if measuringInstruments.contains(t[end - 1].lower), ["is", "are", "equals", "provides"].contains(t[k].lower) { return false }
        // Only a subject that names the thing in general: "The …", "Each …", "One …", "A …".
        let first = t[0].lower
        return ["the", "each", "every", "one", "a", "an", "1", "this"].contains(first)
    }

    /// Words between two quantities set equal: "is the same as", "is equal to", "is roughly".
    static let sameness: Set<String> = ["the", "same", "as", "equal", "equivalent", "to", "about", "roughly", "approximately", "around", "exactly"]

    /// Nouns that head a definition's predicate: what kind of thing the term names.
    static let kindNouns: Set<String> = [
        "condition", "disorder", "disease", "syndrome", "state", "reaction", "response", "fall", "rise", "loss", "lack",
        "drop", "inability", "failure", "type", "form", "class", "group", "family", "kind", "term", "hormone", "enzyme",
        "protein", "mineral", "vitamin", "nutrient", "test", "procedure", "complication", "infection", "inflammation",
        "deficiency", "excess", "build-up", "buildup", "narrowing", "swelling", "tear", "collection", "pattern",
        "measure", "sign", "symptom", "feeling", "sense", "episode", "period", "phase", "stage", "level", "amount", "count",
    ]

    /// "Hay fever is an allergic reaction to pollen…", "Psychosis describes a loss of contact…": a term of one to
    /// five words, a copula, "describes" or "means", an article and, within four words, a noun that names a kind of thing.
    /// No number anywhere: "Magnesium is a cofactor in more than 300 enzymes" counts.
    private static func definition(_ t: [ClaimToken]) -> Range<Int>? {
        // The article first: a one- or two-letter compare rules out most sentences before any set probe.
        guard let article = t.prefix(7).firstIndex(where: { $0.lower == "a" || $0.lower == "an" }), article >= 2,
              definingVerbs.contains(t[article - 1].lower) else { return nil }
        let verb = article - 1
        guard verb + 2 < t.count,
              t[..<verb].allSatisfy({ $0.kind == .word && !notATerm.contains($0.lower) }),
              !t.contains(where: { $0.kind == .number || $0.classes.contains(.numberWord) }),
              let kind = t[(verb + 2)...].prefix(4).firstIndex(where: { kindNouns.contains($0.lower) }),
              // "a common condition", "a rare disease": how often, said of the term itself.
              !t[(verb + 2)..<kind].contains(where: { $0.classes.contains(.frequencyWord) }) else { return nil }
        // The predicate ends at a clause of its own: a relative ("…that causes"), or a participle that asserts
        // ("a class of drugs proven to…", "a condition usually found on…"), with the adverb before it.
        var end = kind + 1
        while end < t.count {
            let w = t[end].lower
            if ["that", "which", "who"].contains(w) && !prepositionsBeforeWhich.contains(t[end - 1].lower) { break }
            if t[end].kind == .word, !w.hasSuffix("ing"), w.hasSuffix("ed") || ["shown", "proven", "known", "thought", "seen"].contains(w) || t[end].classes.contains(.effectVerb) {
                if t[end - 1].classes.contains(.frequencyWord) || t[end - 1].lower.hasSuffix("ly") { end -= 1 }
                break
            }
            end += 1
        }
        return (verb + 1)..<end
    }
    static let prepositionsBeforeWhich: Set<String> = ["in", "by", "of", "through", "during", "with"]
    static let definingVerbs: Set<String> = ["is", "are", "describes", "means"]
    /// Words that open a subject other than a term: "The…", "It…", "Our…".
    static let notATerm: Set<String> = ["the", "this", "that", "it", "our", "your", "my", "his", "her", "their", "these", "those", "there"]

    /// Dose forms whose strength is a figure from a label, so "One tablet is 500 mg" stays a claim.
    static let doseForms: Set<String> = [
        "tablet", "tablets", "capsule", "capsules", "sachet", "sachets", "ampoule", "vial", "injection", "dose",
        "pill", "pills", "drop", "drops", "spray", "puff", "patch", "scoop", "gummy", "shot",
    ]

    /// "One unit is 10 mL of alcohol", "1 mmol equals 24.3 mg", "One stone is 6.35 kg": a definition of a unit, not a finding.
    private static func definesUnit(_ t: [ClaimToken]) -> Bool {
        // "One X is N …" / "1 X = N …": a single unit of something, not a dose form, set equal to a number.
        if t.count >= 4, t[3].kind == .number, t[1].kind == .word, ["one", "1", "a", "an"].contains(t[0].lower),
           !doseForms.contains(t[1].lower), ["is", "equals", "="].contains(t[2].lower) { return true }
        // "Two pounds is roughly 0.9 kilograms": an amount of one unit set equal to an amount of another.
        if t.count >= 5, t[0].kind == .number || t[0].classes.contains(.numberWord), t[1].kind == .word, !doseForms.contains(t[1].lower),
           t[1].classes.isDisjoint(with: [.clinical, .clinicalEnding]), ["is", "are", "equals", "="].contains(t[2].lower) {
            let amount = t[3].classes.contains(.qualifier) || ["roughly", "approximately", "around", "nearly", "almost", "just"].contains(t[3].lower) ? 4 : 3
            if amount + 1 < t.count, t[amount].kind == .number, t[amount + 1].kind == .word { return true }
        }
        for k in t.indices where t[k].classes.contains(.definitionCue) {
            let w = t[k].lower
            if w == "equals" || w == "equivalent" || w == "corresponds" { return t.contains { $0.kind == .number } }
            guard k + 2 < t.count, t[k + 2].kind == .number || t[k + 2].classes.contains(.numberWord) else { continue }
            if unitWords.contains(w), k + 2 < t.count,
               ["is", "are", "equals", "contains"].contains(t[k + 1].lower), t[k + 2].kind == .number || t[k + 2].classes.contains(.numberWord) {
                return true
            }
        }
        return false
    }

    // A byte count or first byte rules out nearly every word before any comparison; an age's ending is compared
    // as bytes, since `hasSuffix` compares Characters and was most of the cost of asking every token.
    private static func isAge(_ w: String) -> Bool { StructureCues.endsWith(w.utf8, "-year-old".utf8) }
    private static func isConversion(_ w: String) -> Bool {
        w.utf8.first == UInt8(ascii: "c") && (w.hasPrefix("convert") || w == "conversion" || w == "calculation" || w == "calculations")
    }

    /// The index of the imperative verb that opens the sentence, if any.
    private static func findImperative(_ t: [ClaimToken]) -> Int? {
        func verbAt(_ start: Int) -> Int? {
            var i = start
            while i < t.count, t[i].kind == .punct, t[i].lower == "*" || t[i].lower == "_" { i += 1 }   // "**Treat…**"
            while i < t.count, t[i].kind == .word, leadingAdverbs.contains(t[i].lower) { i += 1 }
            while i < t.count, t[i].kind == .punct, t[i].lower == "," { i += 1 }
            guard i < t.count, t[i].kind == .word else { return nil }
            let w = t[i].lower
            // Only these open an instruction: asked first, since most sentences open with another word.
            guard learnerVerbs.contains(w) || clinicalVerbs.contains(w) else { return nil }
            if i + 1 < t.count, t[i + 1].lower == "of" { return nil }   // "Use of PPIs…" is a noun phrase
            // "Remember that…", "Note that…": the clause after "that" asserts.
            if remembersThat(t, i) { return nil }
            // "Wait times have doubled", "Leave policy…": these four open an instruction only before an amount.
            if spacingVerbs.contains(w), !(i + 1 < t.count && (t[i + 1].kind == .number || t[i + 1].classes.contains(.numberWord)
                || ["a", "an", "the", "at", "until", "for"].contains(t[i + 1].lower))) { return nil }
            return i
        }
        if let v = verbAt(0) { return v }
        // "Step 2: record…", "Learning objective 7: explain…"
        if let colon = t.prefix(6).firstIndex(where: { $0.lower == ":" }), let v = verbAt(colon + 1) { return v }
        // "For acute severe asthma, give 2 g…"
        if let first = t.first, openers.contains(first.lower),
           let comma = t.prefix(12).firstIndex(where: { $0.lower == "," }), let v = verbAt(comma + 1) { return v }
        return nil
    }
}
