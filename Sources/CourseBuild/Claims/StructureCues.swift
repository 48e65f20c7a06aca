/// Claims recognised by the shape of the clause rather than by a stock phrase:
/// a clinical entity as subject with a verb asserting an effect, cause or risk
/// (hedged or not: "may contribute to", "appear to boost"); a frequency said in
/// words ("is very rare", "especially common among", "Most psychotropic drugs…");
/// a finding credited to a named body or group without a citation ("NICE suggests",
/// "According to the NHS", "Smith's group reported"); and a prescribing or safety
/// instruction ("Give X before Y", "Do not take X with Y"). The larger families live in
/// StructureCues+Advice, +Comparisons, +Promises and +Regimens.
struct StructureCues {
    /// Hedges that, before an effect verb, still assert the effect.
    static let hedges: Set<String> = Set(["may", "might", "can", "could", "will", "would", "cannot", "can't", "won't"]).union(helpVerbs)

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

    static let prepositions: Set<String> = ["of", "with", "for", "in", "from", "into", "on", "at", "about", "without", "by"]

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
        if let verb = c.imperativeVerb {
            if let cue = instruction(v, verb: verb) { return [cue] }
            // "Go back to the clinic after the first dose, because the rash can return": the reason asserts.
            return Self.reasonStart(v, after: verb).map { clauseCues(v, from: $0) } ?? []
        }
        if let cue = negativeInstruction(v) { return [cue] }
        if c.isCaseNarrative { return [] }
        let promise = readerPromise(v).map { [$0] } ?? []
        return promise.filter { !WordingCues.inEmbeddedClause(v, $0.span.lowerBound) } + clauseCues(v, from: 0)
    }

    /// The structural cues of the tokens from `from` on, outside embedded clauses.
    private func clauseCues(_ v: SentenceView, from: Int) -> [SentenceView.Cue] {
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        for i in t.indices where i >= from && t[i].kind == .word && !t[i].quoted {
            if t[i].classes.contains(.effectVerb), let cue = effect(v, i) { out.append(cue) }
            if t[i].classes.contains(.frequencyWord), let cue = frequency(v, i) { out.append(cue) }
            if let cue = proportion(v, i) { out.append(cue) }
            if let cue = namedSource(v, i) { out.append(cue) }
            if let cue = regimen(v, i) { out.append(cue) }
            if t[i].lower == "should" || t[i].lower == "must", let cue = recommendation(v, i) { out.append(cue) }
            if t[i].classes.contains(.accuracyWord), let cue = accuracy(v, i) { out.append(cue) }
            if t[i].classes.contains(.comparative), let cue = groupDifference(v, i) ?? copularComparison(v, i) ?? correlative(v, i) { out.append(cue) }
            if t[i].classes.contains(.hedgeOpener), let cue = hedgedClaim(v, i) { out.append(cue) }
            if t[i].classes.contains(.needWord), let cue = neededIn(v, i) { out.append(cue) }
            if t[i].classes.contains(.within), let cue = withinTime(v, i) { out.append(cue) }
            if t[i].classes.contains(.inferenceVerb), let cue = inference(v, i) { out.append(cue) }
            if t[i].classes.contains(.comparedAdverb), let cue = groupOutcome(v, i) { out.append(cue) }
            if t[i].classes.contains(.firstPersonOwner), let cue = testimony(v, i) { out.append(cue) }
            if t[i].classes.contains(.productNoun), let cue = productEffect(v, i) { out.append(cue) }
            else if t[i].classes.contains(.firstPersonOwner), t[i].lower == "our", let cue = ownedProductEffect(v, owner: i) { out.append(cue) }
            if t[i].lower == "as", v.lower(i + 1) == "well", v.lower(i + 2) == "as", let cue = equivalence(v, i) { out.append(cue) }
            else if t[i].lower == "as", let cue = adverbEquivalence(v, i) ?? copularEquivalence(v, i) { out.append(cue) }
            if t[i].classes.contains(.riskNoun), let cue = riskLevel(v, i) { out.append(cue) }
        }
        return out.filter { !WordingCues.inEmbeddedClause(v, $0.span.lowerBound) }
    }

    /// Where the reason given for an instruction begins: after "because", "since" or "so that", or after
    /// "as" before a clause ("…, as it can make the pill less effective"); not "as directed", "as soon as".
    static func reasonStart(_ v: SentenceView, after verb: Int) -> Int? {
        var k = verb + 1
        while k + 1 < v.tokens.count {
            let w = v.tokens[k].lower
            if w == "because" || w == "since" && v.lower(k - 1) == "," { return k + 1 }
            if w == "so", v.lower(k + 1) == "that" { return k + 2 }
            if w == "as", k > verb + 1, let n = v.lower(k + 1), !asIdioms.contains(n), v.tokens[k + 1].kind == .word { return k + 1 }
            k += 1
        }
        return nil
    }
    static let asIdioms: Set<String> = ["directed", "needed", "soon", "well", "prescribed", "usual", "advised", "possible", "required", "much", "many", "long", "far", "a", "an", "part", "shown", "described", "above", "below", "follows", "instructed", "recommended", "before", "appropriate", "necessary", "often", "quickly", "early", "late", "close", "good", "little"]

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

    func clauseStart(_ v: SentenceView, before i: Int) -> Int {
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
        // A clinical subject with a finite effect verb; a participle after a copula or a preposition
        // describes ("a state of reduced reserve", "with increased risk").
        if ing || Self.endsWith(w.utf8, "ed".utf8) && (Self.copulas.contains(prev) || Self.describes(v, i) || v.lower(i + 1) == "by") { return nil }
        // "are grown on organic oats": an irregular participle after a copula is a passive description too.
        if Self.copulas.contains(prev), ["grown", "risen", "fallen"].contains(w) { return nil }
        let s = clauseStart(v, before: i)
        // "- Supports healthy blood sugar", "Reduces bloating.": a benefit listed without its subject.
        // Not a noun phrase: "- Changes in blood pressure in pregnancy".
        if s == i, i == (t.firstIndex { $0.kind == .word } ?? -1), Self.endsWith(w.utf8, "s".utf8),
           !Self.prepositions.contains(v.lower(i + 1) ?? ""), Self.objectHasOutcome(v, i) {
            return .init(reason: "asserts an effect", span: i...i)
        }
        guard s < i else { return nil }
        // "aims to slow decline and support function": a second infinitive, not a finite verb.
        if ["and", "or"].contains(prev), (s..<i).contains(where: { t[$0].lower == "to" && $0 + 1 < i && t[$0 + 1].classes.contains(.effectVerb) }) { return nil }
        // A test is a clinical subject too: "A normal chest X-ray does not exclude…".
        let subjectClinical = (s..<i).contains { Self.isClinical(v, $0) || Self.testNouns.contains(t[$0].lower) }
        // Any subject but the reader or the writer, when the verb acts on an outcome ("Regular walking lowers
        // blood pressure"); not a mechanism ("Blocking D2 receptors removes…") or a list of verbs ("treat, cure or prevent").
        let changesLikelihood = (i + 1..<min(t.count, i + 6)).contains { Self.likelihoods.contains(t[$0].lower) }
        // A participle opening the subject is its adjective ("delayed cord clamping improves…"), not a verb;
        // a frame's dash ("Correct — delayed cord clamping…") opens the subject as a sentence start does.
        let plainSubject = (!Self.mechanismVerbs.contains(w) || changesLikelihood) && (s == 0 || s == v.context.assertsFrom || !["(", ",", "—", "–"].contains(t[s - 1].lower)) && !(s..<i).contains { k in
            ["you", "we", "i", "to"].contains(t[k].lower) || t[k].classes.contains(.effectVerb) && !(k == s && Self.endsWith(t[k].lower.utf8, "ed".utf8))
        }
        // The outcome must be the verb's object, not in a phrase after it ("has changed over time").
        let transitive = !["over", "in", "at", "on", "with", "for", "from", "during", "after", "before", "since", "by", "to", "into", "across", "through"].contains(v.lower(i + 1) ?? "")
        guard subjectClinical || plainSubject && transitive && (Self.objectHasOutcomeNoun(v, i) || changesLikelihood) else { return nil }
        if Self.mechanismVerbs.contains(w), !Self.objectHasOutcome(v, i) { return nil }
        return .init(reason: "asserts an effect", span: i...i)
    }

    static func hasClinical(_ v: SentenceView, in r: Range<Int>) -> Bool { r.contains { isClinical(v, $0) } }
    /// A clinical entity or an outcome noun among tokens `r` (cut at the sentence's end).
    static func hasClinicalOrOutcome(_ v: SentenceView, in r: Range<Int>) -> Bool {
        r.clamped(to: 0..<v.tokens.count).contains { isClinical(v, $0) || v.lex.outcomeNouns.contains(v.tokens[$0].lower) }
    }

    /// A participle after a preposition, or joined by "and"/"or" to one, describes a noun
    /// ("a state of reduced reserve and increased vulnerability", "with lowered mood").
    static func describes(_ v: SentenceView, _ i: Int) -> Bool {
        guard let prev = v.lower(i - 1) else { return false }
        // After a preposition, or after a verb of having: "contain weakened organisms".
        if prepositions.contains(prev) || ["contain", "contains", "contained", "include", "includes"].contains(prev) { return true }
        guard prev == "and" || prev == "or" else { return false }
        var k = i - 2
        while k >= 0, k >= i - 6, !v.tokens[k].classes.contains(.clauseBreak) {
            if endsWith(v.tokens[k].lower.utf8, "ed".utf8), prepositions.contains(v.lower(k - 1) ?? "") { return true }
            k -= 1
        }
        return false
    }

    /// Where a noun is what is given, stopped, avoided or dosed, a technical term is a drug the lexicon
    /// may not list ("Stop allopurinol…", "Latanoprost is instilled…"). Elsewhere technical terms are
    /// as often anatomy or mechanism ("Orexin neurons stabilise wakefulness"), so only here.
    static func isGiven(_ v: SentenceView, _ i: Int) -> Bool {
        isClinical(v, i) || i >= 0 && i < v.tokens.count && v.tokens[i].kind == .word && isTechnical(v.tokens[i], first: i == 0)
    }

    /// Whether a word of the verb's object (the next seven tokens, before the clause ends) passes `test`.
    private static func objectContains(_ v: SentenceView, _ i: Int, where test: (Int) -> Bool) -> Bool {
        var j = i + 1
        while j < v.tokens.count, j <= i + 7 {
            if v.tokens[j].kind == .punct, [",", ";", ".", ":"].contains(v.tokens[j].lower) { return false }
            if test(j) { return true }
            j += 1
        }
        return false
    }

    /// An outcome ("risk", "blood pressure", "exacerbations") or a clinical entity ("eczema flares") in the verb's object.
    static func objectHasOutcomeNoun(_ v: SentenceView, _ i: Int) -> Bool {
        objectContains(v, i) { v.lex.outcomeNouns.contains(v.tokens[$0].lower) || v.tokens[$0].classes.contains(.clinical) }
    }

    /// "makes embolism unlikely": a change in how probable an outcome is.
    static let likelihoods: Set<String> = ["likely", "unlikely", "probable", "improbable", "impossible"]

    /// An outcome, clinical entity or comparison in the verb's object.
    static func objectHasOutcome(_ v: SentenceView, _ i: Int) -> Bool {
        objectContains(v, i) { j in
            let w = v.tokens[j].lower
            return v.lex.outcomeNouns.contains(w) || isClinical(v, j) || v.tokens[j].classes.contains(.comparative)
                || likelihoods.contains(w) || w.hasSuffix("ier") && w.utf8.count > 5
        }
    }

    static let riskNouns: Set<String> = ["risk", "chance", "odds", "rates"]
    static let riskLevels: Set<String> = ["low", "high", "small", "tiny", "negligible", "minimal", "increased", "raised", "reduced", "higher", "lower", "greater", "substantial", "considerable", "highest", "lowest", "greatest"]

    /// "your risk of cervical cancer over the next five years is extremely low": a risk stated as a level.
    private func riskLevel(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        // "older people are most at risk of heat illness": the group most exposed.
        if i >= 3, t[i - 1].lower == "at", ["most", "more", "especially", "particularly"].contains(t[i - 2].lower),
           Self.copulas.contains(t[i - 3].lower),
           Self.hasClinicalOrOutcome(v, in: (i + 1)..<(i + 6)) || (i + 1..<min(t.count, i + 6)).contains(where: { ["ill", "unwell", "harm"].contains(t[$0].lower) }) {
            return .init(reason: "states a value", span: (i - 2)...i)
        }
        // "are at high risk of a severe reaction", "have high rates of PTSD": the level before the noun.
        if i >= 2, Self.riskLevels.contains(t[i - 1].lower), v.lower(i + 1) == "of", Self.hasClinicalOrOutcome(v, in: (i + 2)..<(i + 6)) {
            var p = i - 2
            while p >= 0, Self.intensifiers.contains(t[p].lower) || ["a", "an", "the"].contains(t[p].lower) { p -= 1 }
            if p >= 0, ["at", "have", "has", "had", "carry", "carries", "face", "faces", "with", "show", "shows"].contains(t[p].lower) {
                return .init(reason: "states a value", span: (i - 1)...i)
            }
        }
        var k = i + 1
        // Past "of cervical cancer over the next five years", to the copula.
        while k < t.count, k <= i + 10, !Self.copulas.contains(t[k].lower), t[k].kind != .punct || t[k].lower == "-" { k += 1 }
        guard k < t.count, ["is", "are", "was", "remains", "becomes"].contains(t[k].lower) else { return nil }
        var m = k + 1
        while m < t.count, Self.intensifiers.contains(t[m].lower) || Self.endsWith(t[m].lower.utf8, "ly".utf8) && t[m].kind == .word { m += 1 }
        guard m < t.count, Self.riskLevels.contains(t[m].lower) else { return nil }
        return .init(reason: "states a value", span: i...m)
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

    /// "most clinically important grapefruit interactions involve": a plural noun (-s) within four words,
    /// then a word that is not a noun's continuation (a verb: "involve", "are", "have").
    static func pluralHeadThenVerb(_ v: SentenceView, after i: Int) -> Bool {
        for k in (i + 1)..<min(v.tokens.count - 1, i + 5) {
            let w = v.tokens[k].lower
            guard v.tokens[k].kind == .word else { return false }
            if w.utf8.count > 4, endsWith(w.utf8, "s".utf8), !endsWith(w.utf8, "ss".utf8), !endsWith(w.utf8, "ous".utf8),
               let next = v.lower(k + 1), ["are", "have", "involve", "cause", "need", "show", "do", "will", "can", "respond", "recover", "get"].contains(next) {
                return true
            }
        }
        return false
    }

    /// "Most psychotropic drugs…", "a large share of people", "Few patients…".
    private func proportion(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[i].lower
        if w.utf8.count <= 4, w == "most" || w == "few" || w == "many", i == 0 || Self.clauseBreaks.contains(t[i - 1].lower) || t[i - 1].lower == "and",
           !["the", "at", "a"].contains(v.lower(i - 1) ?? ""), i + 1 < t.count, t[i + 1].kind == .word {
            let end = min(t.count - 1, i + 5)
            // "Most psychotropic drugs", "Few patients", "Most of…"; or "Most … interactions involve": a plural
            // head noun and then its verb, for "most" only.
            if (i + 1...end).contains(where: { Self.isClinical(v, $0) || v.has(.people, at: $0) || v.lower($0) == "of" })
                || w == "most" && !v.wordClasses.isDisjoint(with: [.clinical, .clinicalEnding]) && Self.pluralHeadThenVerb(v, after: i) {
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
}
