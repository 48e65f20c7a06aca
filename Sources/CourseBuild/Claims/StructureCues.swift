/// Claims recognised by the shape of the clause rather than by a stock phrase:
/// a clinical entity as subject with a verb asserting an effect, cause or risk
/// (hedged or not: "may contribute to", "appear to boost"); a frequency said in
/// words ("is very rare", "especially common among", "Most psychotropic drugs…");
/// a finding credited to a named body or group without a citation ("NICE suggests",
/// "According to the NHS", "Smith's group reported"); and a prescribing or safety
/// instruction ("Give X before Y", "Do not take X with Y").
struct StructureCues {
    /// Hedges that, before an effect verb, still assert the effect.
    static let hedges: Set<String> = ["may", "might", "can", "could", "will", "would", "cannot", "can't", "won't", "help", "helps", "helped"]
    /// "helps prevent": help before a bare effect verb hedges the effect, it does not name an object.
    static let helpVerbs: Set<String> = ["help", "helps", "helped"]
    /// "appear to", "seem to", "tend to", "is likely to".
    static let hedgeVerbs: Set<String> = ["appear", "appears", "appeared", "seem", "seems", "seemed", "tend", "tends", "likely", "unlikely", "able", "known", "shown", "thought", "said", "believed"]
    /// Effect verbs that describe a mechanism unless aimed at an outcome ("magnesium ions … block calcium entry").
    static let mechanismVerbs: Set<String> = ["block", "blocks", "inhibit", "inhibits", "suppress", "suppresses", "work", "works", "keep", "keeps", "make", "makes", "need", "needs", "require", "requires", "help", "helps", "support", "supports", "add", "adds", "change", "changes", "cut", "cuts", "match", "matches", "lead", "leads", "fix", "fixes", "clear", "clears", "remove", "removes"]
    /// Where a clause, and so a subject, begins.
    static let clauseBreaks: Set<String> = [",", ";", ":", "(", ")", "—", "–", "that", "which", "who", "because", "since", "while", "although", "though", "if", "when", "whether", "unless", "until", "so", "but", "as"]
    static let intensifiers: Set<String> = ["yet", "very", "extremely", "relatively", "fairly", "especially", "particularly", "quite", "more", "less", "most", "least", "increasingly", "rather", "so", "still", "not", "uncommonly", "surprisingly", "remarkably", "vanishingly", "exceedingly", "also"]
    static let copulas: Set<String> = ["is", "are", "was", "were", "be", "been", "becomes", "become", "remains", "remain", "seems", "seem", "'s"]
    static let namedVerbs: Set<String> = [
        "suggests", "suggested", "recommends", "recommended", "advises", "advised", "warns", "warned", "reported",
        "reports", "found", "finds", "linked", "links", "tied", "showed", "shows", "concluded", "concludes",
        "says", "said", "estimates", "estimated", "states", "stated", "notes", "noted", "demonstrated", "observed",
        "discovered", "published", "announced", "advocates", "endorses", "approved", "guidance", "issued", "issues",
        "launched", "ruled", "updated", "offers",
    ]
    static let titles: Set<String> = ["dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame"]
    static let connectives: Set<String> = [
        "before", "after", "until", "unless", "within", "because", "since", "as", "so", "with", "if", "when",
        "during", "while", "first", "once", "instead", "rather", "without", "together", "apart", "alongside",
    ]
    static let proportionNouns: Set<String> = ["share", "proportion", "fraction", "number", "percentage", "minority", "majority"]
    static let proportionSizes: Set<String> = ["large", "small", "high", "substantial", "significant", "sizeable", "sizable", "considerable", "tiny", "big", "growing", "large-scale"]

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        let c = v.context
        if c.isQuestion || c.isCourseProse || c.isCounterfactual || c.isConversion { return [] }
        if let verb = c.imperativeVerb { return instruction(v, verb: verb).map { [$0] } ?? [] }
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        if let cue = negativeInstruction(v) { return [cue] }
        if c.isCaseNarrative { return [] }
        if let cue = readerPromise(v) { out.append(cue) }
        for i in t.indices where t[i].kind == .word && !t[i].quoted {
            if t[i].classes.contains(.effectVerb), let cue = effect(v, i) { out.append(cue) }
            if t[i].classes.contains(.frequencyWord), let cue = frequency(v, i) { out.append(cue) }
            if let cue = proportion(v, i) { out.append(cue) }
            if let cue = namedSource(v, i) { out.append(cue) }
            if let cue = regimen(v, i) { out.append(cue) }
            if t[i].lower == "should" || t[i].lower == "must", let cue = recommendation(v, i) { out.append(cue) }
            if t[i].classes.contains(.accuracyWord), let cue = accuracy(v, i) { out.append(cue) }
            if t[i].classes.contains(.comparative), let cue = groupDifference(v, i) { out.append(cue) }
            if t[i].lower == "as", v.lower(i + 1) == "well", v.lower(i + 2) == "as", let cue = equivalence(v, i) { out.append(cue) }
        }
        return out.filter { !WordingCues.inEmbeddedClause(v, $0.span.lowerBound) }
    }

    /// A drug, nutrient, condition, exposure, patient group or measure: from the lexicon, or by its ending
    /// (both found once per token, when the sentence is prepared).
    static func isClinical(_ v: SentenceView, _ i: Int) -> Bool {
        i >= 0 && i < v.tokens.count && v.tokens[i].kind == .word && !v.tokens[i].classes.isDisjoint(with: [.clinical, .clinicalEnding])
    }

    /// A long lower-case word outside everyday English: in clinical text, nearly always a drug, a
    /// condition, a test or a measure the lexicon does not list ("amiodarone", "spirometry").
    static func isTechnical(_ t: ClaimToken, first: Bool) -> Bool {
        t.lower.utf8.count >= 7 && (!t.isCapitalised || first) && !t.quoted && t.classes.isEmpty
            && t.lower.utf8.allSatisfy { (97...122).contains($0) }   // not "home-made": its parts are everyday words
            && !CommonWords.words.contains(t.lower)
    }

    /// A byte-wise suffix test: `hasSuffix` compares by Unicode equivalence, far slower for ASCII words.
    static func endsWith(_ w: String.UTF8View, _ s: String.UTF8View) -> Bool {
        w.count >= s.count && w.reversed().starts(with: s.reversed())
    }

    private func clauseStart(_ v: SentenceView, before i: Int) -> Int {
        var k = i - 1
        while k >= 0 {
            if v.tokens[k].classes.contains(.clauseBreak) { return k + 1 }
            k -= 1
        }
        return 0
    }

    /// "Hypomagnesaemia can provoke…", "appear to boost…", "Phytates … reduce how much zinc is absorbed".
    private func effect(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[i].lower
        let prev = v.lower(i - 1) ?? ""
        if WordingCues.nounMarkers.contains(prev) || ["the", "a", "an", "this", "that"].contains(prev) || v.lower(i + 1) == "of" { return nil }
        let ing = Self.endsWith(w.utf8, "ing".utf8)
        if ing && !Self.copulas.contains(prev) { return nil }
        // An object, not a verb: "aims to slow decline".
        if i > 0, t[i - 1].classes.contains(.effectVerb), !Self.helpVerbs.contains(t[i - 1].lower) { return nil }
        // Hedged: "may contribute", "can provoke", "appear to boost", "is likely to worsen".
        var k = i - 1
        while k >= 0, k >= i - 3, t[k].kind == .word, Self.endsWith(t[k].lower.utf8, "ly".utf8) && !Self.hedgeVerbs.contains(t[k].lower) || ["not", "also", "even", "further", "still", "actually", "really", "sometimes", "often", "usually"].contains(t[k].lower) { k -= 1 }
        if k >= 0 {
            let h = t[k].lower
            // Advice, not an effect: "must not delay treatment", "should reduce the dose".
            if ["must", "should", "shall", "mustn't", "shouldn't"].contains(h) { return nil }
            let subject = v.lower(k - 1) ?? ""
            if Self.hedges.contains(h), !["you", "we", "i"].contains(subject) || Self.hasClinical(v, in: (i + 1)..<min(t.count, i + 7)) {
                if !Self.mechanismVerbs.contains(w) || Self.objectHasOutcome(v, i) { return .init(reason: "asserts an effect", span: k...i) }
            }
            if h == "to", k >= 1, Self.hedgeVerbs.contains(t[k - 1].lower), !Self.mechanismVerbs.contains(w) || Self.objectHasOutcome(v, i) {
                return .init(reason: "asserts an effect", span: (k - 1)...i)
            }
            if h == "to" { return nil }
        }
        // "can be triggered by", "may be worsened by": a hedged passive effect, with a clinical entity on either side
        // (an unhedged "is caused by" is as often a definition: "Tuberculosis is caused by Mycobacterium…").
        if Self.endsWith(w.utf8, "ed".utf8), prev == "be" || prev == "been", Self.hedges.contains(v.lower(i - 2) ?? ""),
           Self.hasClinical(v, in: clauseStart(v, before: i)..<i) || Self.hasClinical(v, in: (i + 1)..<min(t.count, i + 6)) {
            return .init(reason: "asserts an effect", span: (i - 2)...i)
        }
        // A clinical subject with a finite effect verb.
        if ing || Self.endsWith(w.utf8, "ed".utf8) && (Self.copulas.contains(prev) || v.lower(i + 1) == "by") { return nil }
        let s = clauseStart(v, before: i)
        guard s < i else { return nil }
        // "aims to slow decline and support function": a second infinitive, not a finite verb.
        if ["and", "or"].contains(prev), (s..<i).contains(where: { t[$0].lower == "to" && $0 + 1 < i && t[$0 + 1].classes.contains(.effectVerb) }) { return nil }
        // A test is a clinical subject too: "A normal chest X-ray does not exclude…".
        let subjectClinical = (s..<i).contains { Self.isClinical(v, $0) || Self.testNouns.contains(t[$0].lower) }
        // Any subject but the reader or the writer, when the verb acts on an outcome ("Regular walking lowers
        // blood pressure"); not a mechanism ("Blocking D2 receptors removes…") or a list of verbs ("treat, cure or prevent").
        let changesLikelihood = (i + 1..<min(t.count, i + 6)).contains { Self.likelihoods.contains(t[$0].lower) }
        let plainSubject = (!Self.mechanismVerbs.contains(w) || changesLikelihood) && (s == 0 || !["(", ",", "—", "–"].contains(t[s - 1].lower)) && !(s..<i).contains { k in
            ["you", "we", "i", "to"].contains(t[k].lower) || t[k].classes.contains(.effectVerb)
        }
        // The outcome must be the verb's object, not in a phrase after it ("has changed over time").
        let transitive = !["over", "in", "at", "on", "with", "for", "from", "during", "after", "before", "since", "by", "to", "into", "across", "through"].contains(v.lower(i + 1) ?? "")
        guard subjectClinical || plainSubject && transitive && (Self.objectHasOutcomeNoun(v, i) || changesLikelihood) else { return nil }
        if Self.mechanismVerbs.contains(w), !Self.objectHasOutcome(v, i) { return nil }
        return .init(reason: "asserts an effect", span: i...i)
    }

    static func hasClinical(_ v: SentenceView, in r: Range<Int>) -> Bool { r.contains { isClinical(v, $0) } }

    /// Where a noun is what is given, stopped, avoided or dosed, a technical term is a drug the lexicon
    /// may not list ("Stop allopurinol…", "Latanoprost is instilled…"). Elsewhere technical terms are
    /// as often anatomy or mechanism ("Orexin neurons stabilise wakefulness"), so only here.
    static func isGiven(_ v: SentenceView, _ i: Int) -> Bool {
        isClinical(v, i) || i >= 0 && i < v.tokens.count && v.tokens[i].kind == .word && isTechnical(v.tokens[i], first: i == 0)
    }

    /// An outcome ("risk", "blood pressure", "exacerbations") in the verb's object, before the clause ends.
    static func objectHasOutcomeNoun(_ v: SentenceView, _ i: Int) -> Bool {
        var j = i + 1
        while j < v.tokens.count, j <= i + 7 {
            if v.tokens[j].kind == .punct, [",", ";", ".", ":"].contains(v.tokens[j].lower) { return false }
            if v.lex.outcomeNouns.contains(v.tokens[j].lower) { return true }
            j += 1
        }
        return false
    }

    /// "makes embolism unlikely": a change in how probable an outcome is.
    static let likelihoods: Set<String> = ["likely", "unlikely", "probable", "improbable", "impossible"]

    /// An outcome, clinical entity or comparison in the verb's object.
    static func objectHasOutcome(_ v: SentenceView, _ i: Int) -> Bool {
        let t = v.tokens
        var j = i + 1
        while j < t.count, j <= i + 7 {
            if t[j].kind == .punct, [",", ";", ".", ":"].contains(t[j].lower) { return false }
            if v.lex.outcomeNouns.contains(t[j].lower) || isClinical(v, j) || WordingCues.comparatives.contains(t[j].lower)
                || likelihoods.contains(t[j].lower) || t[j].lower.hasSuffix("ier") && t[j].lower.utf8.count > 5 { return true }
            j += 1
        }
        return false
    }

    /// "is very rare", "especially common among vegetarians", "rare in children".
    private func frequency(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        var k = i - 1
        while k >= 0, Self.intensifiers.contains(v.tokens[k].lower) || v.tokens[k].lower.hasSuffix("ly") && v.tokens[k].kind == .word { k -= 1 }
        if k >= 0, Self.copulas.contains(v.tokens[k].lower) { return .init(reason: "states how common something is", span: k...i) }
        if let next = v.lower(i + 1), next == "among" || next == "in" && (Self.isClinical(v, i + 2) || v.has(.people, at: i + 2) || Self.isClinical(v, i + 3)) {
            return .init(reason: "states how common something is", span: max(k + 1, 0)...(i + 1))
        }
        return nil
    }

    /// "Most psychotropic drugs…", "a large share of people", "Few patients…".
    private func proportion(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[i].lower
        if w.utf8.count <= 4, w == "most" || w == "few" || w == "many", i == 0 || Self.clauseBreaks.contains(t[i - 1].lower) || t[i - 1].lower == "and",
           !["the", "at", "a"].contains(v.lower(i - 1) ?? ""), i + 1 < t.count, t[i + 1].kind == .word {
            let end = min(t.count - 1, i + 5)
            if (i + 1...end).contains(where: { Self.isClinical(v, $0) || v.has(.people, at: $0) || v.lower($0) == "of" }) {
                return .init(reason: "states a proportion", span: i...(i + 1))
            }
        }
        if v.lower(i + 1) == "of", Self.proportionNouns.contains(w), let size = v.lower(i - 1), Self.proportionSizes.contains(size) {
            return .init(reason: "states a proportion", span: (i - 1)...i)
        }
        return nil
    }

    /// "NICE suggests", "According to the NHS", "Smith and Jones's group reported", "Dr Rao's team … linked".
    private func namedSource(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard t[i].isCapitalised, t[i].kind == .word else { return nil }
        // Cheap tests first: a named source needs "according to" before it or a reporting verb after it.
        let according = i >= 2 && (v.lower(i - 2) == "according" || v.lower(i - 3) == "according")
        guard according || (i + 1..<min(t.count, i + 11)).contains(where: { t[$0].classes.contains(.namedVerb) }) else { return nil }
        let text = v.text(i...i)
        let acronym = text.count >= 2 && text == text.uppercased() && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" }
        let w = t[i].lower
        // "According to the NHS", "according to Public Health England".
        if i >= 2, t[i - 1].lower == "the" || t[i - 1].lower == "to", v.lower(i - 1) == "to" && v.lower(i - 2) == "according"
            || v.lower(i - 1) == "the" && v.lower(i - 2) == "to" && v.lower(i - 3) == "according" {
            return .init(reason: "cites an authority", span: (v.lower(i - 1) == "the" ? i - 3 : i - 2)...i)
        }
        // A proper name: an acronym, a title, a name inside the sentence, or a first word followed by more of the name.
        let next = v.lower(i + 1) ?? ""
        let named = acronym || Self.titles.contains(w) || i > 0 && !WordingCues.populations.contains(w)
            || ["'s", "and", "et"].contains(next) || next.hasSuffix("'s") || next.hasSuffix("’s") || w.hasSuffix("'s")
            || (i + 1 < t.count && t[i + 1].isCapitalised && t[i + 1].kind == .word)
        guard named, !StudyCues.determiners.contains(w) else { return nil }
        // Only the name's first word; a sentence-opening "The" is not part of the name ("The US Task Force…").
        if i > 0, t[i - 1].isCapitalised, t[i - 1].kind == .word,
           !(i == 1 && StudyCues.determiners.contains(t[0].lower) && (i + 1 < t.count && t[i + 1].isCapitalised
               // "The MHRA has issued", not "The HPA axis links": an acronym naming a body, not modifying a noun.
               || acronym && i + 1 < t.count && (["has", "have"].contains(t[i + 1].lower) || t[i + 1].classes.contains(.namedVerb)))) { return nil }
        var j = i + 1
        while j < t.count, j <= i + 10 {
            let x = t[j].lower
            if t[j].kind == .punct, [",", ";", ":", ".", "(", "—"].contains(x) { return nil }
            if Self.namedVerbs.contains(x) {
                return .init(reason: "reports a finding by named authors", span: i...j)
            }
            if ["that", "which", "who", "because", "if", "when", "is", "are", "was", "were", "has", "have"].contains(x), !(x == "has" || x == "have") { return nil }
            j += 1
        }
        return nil
    }

    /// What a reader is promised to feel or see: "You'll notice clearer skin", "Feel lighter and sharper".
    static let experienceVerbs: Set<String> = [
        "feel", "notice", "see", "sleep", "wake", "look", "lose", "gain", "enjoy", "breathe", "think", "focus", "age",
    ]
    static let readerModals: Set<String> = ["you'll", "you’ll", "you'd", "you’d"]
    /// How a promised change is worded: "lighter", "deeper", "healthier", "more energetic".
    static let felt: Set<String> = [
        "lighter", "sharper", "deeper", "younger", "clearer", "calmer", "fitter", "slimmer", "brighter", "fresher",
        "smoother", "firmer", "leaner", "sounder", "refreshed", "rested", "energised", "energized", "revitalised",
    ]
    static func isBetter(_ w: String) -> Bool {
        WordingCues.comparatives.contains(w) || felt.contains(w) || w.utf8.count > 5 && w.hasSuffix("ier")
    }

    /// "You'll notice clearer skin within a fortnight", "you will sleep deeper", "Feel lighter, sharper and
    /// more energetic": an effect promised to the reader, the marketing form of a claim.
    private func readerPromise(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        guard let first = t.firstIndex(where: { $0.kind == .word }) else { return nil }
        var verb: Int?
        // An imperative promise: "Feel lighter", "Sleep deeper" (not "Sleep apnoea is…").
        if Self.experienceVerbs.contains(t[first].lower),
           (first + 1..<min(t.count, first + 4)).contains(where: { Self.isBetter(t[$0].lower) || v.lex.outcomeNouns.contains(t[$0].lower) }),
           !(first + 1..<min(t.count, first + 4)).contains(where: { Self.copulas.contains(t[$0].lower) }) { verb = first }
        for k in t.indices where verb == nil && t[k].kind == .word {
            let modal = t[k].classes.contains(.readerModal) ? k + 1
                : t[k].lower == "you" && ["will", "can", "could"].contains(v.lower(k + 1) ?? "") ? k + 2 : nil
            guard var m = modal else { continue }
            while m < t.count, t[m].kind == .word, t[m].lower.hasSuffix("ly") || ["soon", "finally", "also", "actually", "quickly"].contains(t[m].lower) { m += 1 }
            if m < t.count, Self.experienceVerbs.contains(t[m].lower), !["that", "how", "why", "what", "whether"].contains(v.lower(m + 1) ?? "") { verb = m }
        }
        guard let at = verb else { return nil }
        // What changes: a comparative ("lighter", "more energetic", "deeper"), an outcome or "the difference".
        let end = min(t.count, at + 6)
        let changed = (at + 1..<end).contains { k in
            let w = t[k].lower
            return Self.isBetter(w) || v.lex.outcomeNouns.contains(w) || w == "difference"
        }
        return changed ? .init(reason: "promises the reader an effect", span: (verb == first ? at : at - 1)...at) : nil
    }

    /// Who a recommendation can be about without advising the learner or the course.
    static let learnerSubjects: Set<String> = ["you", "we", "i", "learners", "students", "readers", "participants", "delegates", "trainees"]

    static let replacingVerbs: Set<String> = ["replace", "delay", "substitute", "displace", "postpone"]

    /// After "should": telling rather than treating ("should hear that"), or expecting rather than advising
    /// ("intravenous magnesium should show it", "must not become a reason").
    static let tellingVerbs: Set<String> = [
        "noted", "remembered", "stressed", "emphasised", "emphasized", "borne", "hear", "know", "understand", "told",
        "informed", "reminded", "asked", "ask", "discuss", "discussed", "explain", "explained", "feel", "expect",
        "show", "find", "reveal", "become", "appear", "mean", "reflect", "expected", "able",
    ]

    /// "A player with a suspected concussion should not return to play", "levodopa must be given on time":
    /// advice about a clinical entity or a group of patients.
    private func recommendation(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let s = clauseStart(v, before: i)
        // "to know when magnesium should be measured", "whether it should": asked or supposed, not advised.
        if s > 0, ["when", "whether", "if", "how", "what", "why", "which"].contains(t[s - 1].lower) { return nil }
        // A leaflet's "you" is the patient when the sentence names a medicine: "You should not drive if the tablets…".
        let patientReader = (s..<i).allSatisfy { t[$0].lower == "you" } && (i + 1..<t.count).contains { Self.isGiven(v, $0) }
        guard s < i, patientReader || !(s..<i).contains(where: { Self.learnerSubjects.contains(t[$0].lower) || t[$0].classes.contains(.courseNoun) })
                && (s..<i).contains(where: { Self.isGiven(v, $0) || t[$0].classes.contains(.people) }) else { return nil }
        var k = i + 1
        while k < t.count, t[k].kind == .word, ["not", "never", "always", "only", "also", "still", "usually", "generally"].contains(t[k].lower) { k += 1 }
        // "should not be used in place of established treatment", "must not delay care": a caution against
        // replacing care, the course's own stance rather than a prescribing rule.
        if let w = v.lower(k), Self.replacingVerbs.contains(w) || w == "be" && v.lower(k + 1) == "used"
            && ["in", "instead", "as"].contains(v.lower(k + 2) ?? "") && (v.lower(k + 3) == "place" || v.lower(k + 3) == "of" || v.lower(k + 3) == "a") { return nil }
        // "should be noted", "must be remembered", "patients should hear that": about telling, not treating.
        guard k < t.count, t[k].kind == .word, !Self.tellingVerbs.contains(t[k].lower),
              !(t[k].lower == "be" && Self.tellingVerbs.contains(v.lower(k + 1) ?? "")) else { return nil }
        return .init(reason: "gives a recommendation", span: i...k)
    }

    /// How well a test or sign tells: "a urine dipstick is unreliable", "serology is insensitive once…".
    static let accuracyWords: Set<String> = [
        "reliable", "unreliable", "accurate", "inaccurate", "sensitive", "insensitive", "specific", "nonspecific",
        "non-specific", "misleading", "diagnostic", "predictive", "unhelpful", "useless",
    ]
    static let testNouns: Set<String> = [
        "test", "tests", "testing", "dipstick", "serology", "scan", "scans", "screening", "marker", "markers", "level",
        "levels", "score", "scores", "assay", "assays", "questionnaire", "sign", "signs", "x-ray", "imaging", "biopsy",
        "ecg", "ekg", "eeg", "mri", "ct", "ultrasound", "echo", "spirometry", "swab",
    ]

    private func accuracy(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        var k = i - 1
        while k >= 0, Self.intensifiers.contains(v.tokens[k].lower) || v.tokens[k].lower.hasSuffix("ly") && v.tokens[k].kind == .word { k -= 1 }
        guard k >= 1, Self.copulas.contains(v.tokens[k].lower) else { return nil }
        let s = clauseStart(v, before: k)
        guard (s..<k).contains(where: { Self.isClinical(v, $0) || Self.testNouns.contains(v.tokens[$0].lower) }) else { return nil }
        return .init(reason: "states a test's accuracy", span: k...i)
    }

    static let outcomeAdverbs: Set<String> = ["better", "worse", "longer", "faster", "sooner", "slower"]
    static let possessionVerbs: Set<String> = [
        "get", "gets", "got", "have", "has", "had", "need", "needs", "show", "shows", "report", "reports", "carry", "carries",
        "face", "faces", "run", "runs",
    ]

    /// "Children who use phones in bed get less sleep", "Smokers have higher rates of…": a difference between groups.
    private func groupDifference(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        // "have higher rates", "carry a higher risk": the verb, then perhaps an article.
        let at = ["a", "an", "the"].contains(v.lower(i - 1) ?? "") ? i - 1 : i
        // "have higher rates", or an adverb of outcome after any verb: "sleep better", "live longer".
        guard at >= 2, let verb = v.lower(at - 1), Self.possessionVerbs.contains(verb)
            || at == i && Self.outcomeAdverbs.contains(v.tokens[i].lower) && v.tokens[i - 1].kind == .word else { return nil }
        // After any verb the verb is the outcome: "sleep better", "recover faster".
        let outcomeVerb = !Self.possessionVerbs.contains(verb) && (v.lex.outcomeNouns.contains(verb) || v.tokens[at - 1].classes.contains(.effectVerb)
            || ["recover", "recovers", "live", "lives", "heal", "heals", "respond", "respond"].contains(verb))
        var s = clauseStart(v, before: at - 1)
        // The group is defined by a relative clause: "Children who use phones in bed get less sleep".
        if s >= 2, ["who", "that", "which"].contains(v.tokens[s - 1].lower) { s = clauseStart(v, before: s - 1) }
        // A group (people, patients, a clinical entity, or any plural noun) and an outcome compared: "have higher rates of reflux".
        let group = (s..<(at - 1)).contains { k in
            v.tokens[k].classes.contains(.people) || Self.isClinical(v, k) || v.tokens[k].kind == .word && v.tokens[k].lower.utf8.count > 3 && v.tokens[k].lower.hasSuffix("s")
        }
        guard s < at - 1, group, outcomeVerb || Self.isClinical(v, i + 1) || Self.objectHasOutcomeNoun(v, i),
              !(s..<(at - 1)).contains(where: { Self.learnerSubjects.contains(v.tokens[$0].lower) }) else { return nil }
        return .init(reason: "states a difference between groups", span: (at - 1)...i)
    }

    /// "works about as well as", "performs just as well as": an equivalence of effect, not "and".
    private func equivalence(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        guard let prev = v.lower(i - 1) else { return nil }
        let measured = ["just", "about", "nearly", "almost", "roughly", "fully", "bit", "equally"].contains(prev)
            || i > 0 && v.tokens[i - 1].classes.contains(.effectVerb)
            || ["works", "work", "worked", "performs", "perform", "performed", "does", "did"].contains(prev)
        return measured ? .init(reason: "compares efficacy or safety", span: i...(i + 2)) : nil
    }

    /// "in any patient starting a loop diuretic", "taking lithium": who the instruction is for.
    static let exposureVerbs: Set<String> = ["starting", "stopping", "taking", "receiving", "on"]
    static let regimenWords: Set<String> = ["daily", "nightly", "weekly", "monthly", "hourly"]
    static let routes: Set<String> = [
        "intramuscularly", "intravenously", "orally", "subcutaneously", "topically", "sublingually", "rectally",
        "intranasally", "buccally", "transdermally",
    ]

    /// Verbs of giving a medicine, whose regimen is a dose even for a drug the lexicon does not know.
    static let dosingVerbs: Set<String> = ["taken", "given", "applied", "instilled", "injected", "administered", "inhaled", "dosed", "prescribed"]

    /// "three sessions a week", "eight to ten hours of sleep a night", "twice a day": a regimen in words.
    private func regimen(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if t[i].classes.contains(.regimenWord) { return regimenWord(v, i) }
        // "every six months", "every 4 hours".
        if t[i].lower == "every", i + 2 < t.count, t[i + 1].kind == .number || t[i + 1].classes.contains(.numberWord),
           t[i + 2].classes.contains(.timeUnit), t.indices.contains(where: { Self.isGiven(v, $0) }) {
            return .init(reason: "gives a dose", span: i...(i + 2))
        }
        guard ["a", "per", "each", "every"].contains(t[i].lower), i + 1 < t.count, t[i + 1].classes.contains(.timeUnit),
              !t[i + 1].lower.hasSuffix("s") else { return nil }
        var k = i - 1
        while k >= 0, k >= i - 5 {
            if t[k].kind == .number || t[k].classes.contains(.numberWord) || ["twice", "once", "thrice"].contains(t[k].lower) {
                if v.has(.label, at: k - 1) { return nil }
                return .init(reason: "gives a dose", span: k...(i + 1))
            }
            if t[k].kind == .punct { return nil }
            k -= 1
        }
        return nil
    }

    /// "is given intramuscularly" (a route of administration), "instilled once daily", "three times daily".
    private func regimenWord(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if Self.routes.contains(t[i].lower) {
            return (max(0, i - 3)..<i).contains(where: { Self.dosingVerbs.contains(t[$0].lower) }) ? .init(reason: "gives a dose", span: i...i) : nil
        }
        guard i >= 1, ["once", "twice", "thrice", "times"].contains(t[i - 1].lower),
              t.indices.contains(where: { Self.isGiven(v, $0) }) || t.contains(where: { Self.dosingVerbs.contains($0.lower) }) else { return nil }
        return .init(reason: "gives a dose", span: (i - 1)...i)
    }

    /// "Do not take X with Y", "Don't combine…", "Never give…".
    private func negativeInstruction(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        guard let first = t.firstIndex(where: { $0.kind == .word }) else { return nil }
        var verb: Int?
        var start = first
        if t[first].lower == "do", v.lower(first + 1) == "not" { verb = first + 2 }
        else if t[first].lower == "don't" || t[first].lower == "don’t" || t[first].lower == "never" { verb = first + 1 }
        else if let colon = t.prefix(6).firstIndex(where: { $0.lower == ":" }), colon + 1 < t.count {
            start = colon + 1
            if t[start].lower == "do", v.lower(start + 1) == "not" { verb = start + 2 }
            else if t[start].lower == "don't" || t[start].lower == "never" { verb = start + 1 }
        }
        guard let vb = verb, vb < t.count, t[vb].kind == .word else { return nil }
        guard (vb..<t.count).contains(where: { Self.isGiven(v, $0) }) || t[vb].classes.contains(.instructionVerb) && (vb + 1..<t.count).contains(where: { Self.connectives.contains(t[$0].lower) }) else { return nil }
        return .init(reason: "gives a safety instruction", span: start...vb)
    }

    /// "Give parenteral thiamine before any glucose", "Titrate lamotrigine slowly to lower the risk…".
    private func instruction(_ v: SentenceView, verb: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if v.lower(verb) == "do", v.lower(verb + 1) == "not" || v.lower(verb + 1) == "n't" { return negativeInstruction(v) }
        if ["don't", "don’t"].contains(v.lower(verb) ?? "") { return negativeInstruction(v) }
        if verb > 0, v.lower(verb - 1) == "never" { return .init(reason: "gives a safety instruction", span: (verb - 1)...verb) }
        guard t[verb].classes.contains(.instructionVerb) else { return nil }
        let rest = (verb + 1)..<t.count
        // "Take a few minutes to…", "Take a moment": the learner's time, not a dose.
        if (verb + 1..<min(t.count, verb + 4)).contains(where: { t[$0].classes.contains(.timeUnit) || ["moment", "time", "look", "break", "note"].contains(t[$0].lower) }) { return nil }
        let drug = rest.contains { k in
            Self.isGiven(v, k) && !v.has(.people, at: k) && !["patient", "patients", "people", "symptom", "symptoms", "level", "levels", "dose", "doses", "blood", "food", "foods"].contains(t[k].lower)
        }
        guard drug else { return nil }
        // After a label ("Clinical tip: check magnesium in…") the instruction is clinical advice, not the learner's task.
        let learner = SentenceContext.learnerVerbs.contains(t[verb].lower) && !SentenceContext.clinicalVerbs.contains(t[verb].lower)
            && v.context.assertsFrom == 0
        // "before glucose", "to lower the risk", "in patients with hearing loss": tied to a condition or a purpose.
        let linked = rest.contains { Self.connectives.contains(t[$0].lower) || t[$0].lower == "to" && t.indices.contains($0 + 1) && t[$0 + 1].classes.contains(.effectVerb)
            || t[$0].lower == "in" && (v.has(.people, at: $0 + 1) || Self.isClinical(v, $0 + 1))
            || Self.exposureVerbs.contains(t[$0].lower) && ($0 + 1..<min(t.count, $0 + 4)).contains { Self.isGiven(v, $0) } }
            // "If you take warfarin, avoid…": a clinical condition comes first.
            || verb > 0 && ["if", "when", "while", "before", "after", "during"].contains(t[0].lower) && (0..<verb).contains { Self.isGiven(v, $0) }
        let timed = rest.contains { t[$0].classes.contains(.timeUnit) }
        if learner ? linked && (timed || rest.contains { ["starting", "start", "stopping", "each", "every", "increase", "dose", "doses", "dosing", "combining", "combined"].contains(t[$0].lower) }) : linked || timed {
            return .init(reason: "gives a prescribing or safety instruction", span: verb...verb)
        }
        return nil
    }
}
