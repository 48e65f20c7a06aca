/// Comparisons without numbers: what a test can or cannot tell, differences between groups, equivalence of effect.
extension StructureCues {
    /// How well a test or sign tells: "a urine dipstick is unreliable", "serology is insensitive once…".
    static let accuracyWords: Set<String> = [
        "reliable", "unreliable", "accurate", "inaccurate", "sensitive", "insensitive", "specific", "nonspecific",
        "non-specific", "misleading", "diagnostic", "predictive", "unhelpful", "useless", "overestimates", "underestimates",
        "overestimate", "underestimate", "overreads", "underreads",
    ]
    static let testNouns: Set<String> = [
        "test", "tests", "testing", "dipstick", "serology", "scan", "scans", "screening", "marker", "markers", "level",
        "levels", "score", "scores", "assay", "assays", "questionnaire", "sign", "signs", "x-ray", "imaging", "biopsy",
        "ecg", "ekg", "eeg", "mri", "ct", "ultrasound", "echo", "spirometry", "swab", "mammogram", "smear", "x-rays",
    ]

    func accuracy(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
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
    func groupDifference(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
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

    static let degreeWords: Set<String> = ["much", "far", "slightly", "somewhat", "even", "generally", "often", "usually", "considerably", "markedly", "substantially", "significantly"]

    /// "Shingles is more painful in older adults", "Liquid forms are better absorbed": a clinical subject
    /// compared by a copula, with or without "than". Not "is more than a deficiency", "no more".
    func copularComparison(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let w = t[i].lower
        let next = v.lower(i + 1) ?? ""
        // "more painful", "less forgiving"; or the comparative itself is the adjective: "safer than",
        // "worse in women", "better absorbed".
        let moreAdjective = (w == "more" || w == "less") && i + 1 < t.count && t[i + 1].kind == .word
            && !["than", "of", "and", "or", "so"].contains(next) && !t[i + 1].classes.contains(.numberWord)
        let comparativeAdjective = w != "more" && w != "less" && ["than", "in", "among", "absorbed", "tolerated"].contains(next)
            && !["longer", "shorter", "later", "earlier"].contains(w)
        guard moreAdjective || comparativeAdjective else { return nil }
        var k = i - 1
        while k >= 0, Self.degreeWords.contains(t[k].lower) || Self.endsWith(t[k].lower.utf8, "ly".utf8) && t[k].kind == .word { k -= 1 }
        // "is absorbed less well", "is tolerated better": a passive participle between the copula and the comparison.
        if k >= 1, Self.endsWith(t[k].lower.utf8, "ed".utf8), ["is", "are", "was", "were"].contains(t[k - 1].lower) { k -= 1 }
        // Not "no more", "any less": the walk stops there, on no copula.
        guard k >= 1, ["is", "are", "was", "were", "be", "becomes", "become"].contains(t[k].lower) else { return nil }
        // A clinical subject, not the learner or one patient ("she is less confused").
        let s = clauseStart(v, before: k)
        // A long word outside everyday English is a drug the lexicon lacks ("Levothyroxine is absorbed less well").
        guard s < k, (s..<k).contains(where: { Self.isClinical(v, $0) || t[$0].kind == .word && Self.isTechnical(t[$0], first: $0 == 0) }),
              !(s..<k).contains(where: { Self.learnerSubjects.contains(t[$0].lower) || t[$0].classes.contains(.vignetteWord) }) else { return nil }
        let groups = (i + 1..<min(t.count, i + 8)).contains { t[$0].classes.contains(.people) }
        return .init(reason: groups ? "states a difference between groups" : "compares efficacy or safety", span: k...(i + 1))
    }

    static let comparedAdverbs: Set<String> = ["more", "less", "longer", "faster", "better", "worse", "sooner", "slower", "quicker", "quickly", "deeper", "harder"]
    /// Verbs whose "more" is about learning, not an outcome: "people who want to know more".
    static let learningMore: Set<String> = ["know", "learn", "read", "talk", "hear", "find", "ask", "say", "explain"]

    /// "People who skip breakfast snack more", "Teenagers who use the app spend less time online",
    /// "Infants cared for at home recover as quickly as those admitted": a group of people doing
    /// anything more, less, sooner or as well as another is a difference between groups.
    func groupOutcome(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let next = v.lower(i + 1) ?? ""
        if next == "than", i + 2 < t.count, t[i + 2].kind == .number || t[i + 2].classes.contains(.numberWord) { return nil }
        if ["of", "and", "or"].contains(next) { return nil }
        // "as quickly as": the adverb between two "as"; "quickly" is compared only there.
        let start = v.lower(i - 1) == "as" && next == "as" ? i - 1 : i
        if t[i].lower == "quickly", start == i { return nil }
        // The word before: a verb ("snack more"), an adverb of it ("sleep more deeply") or its object
        // ("use emergency care less"); not a copula, a preposition or a determiner ("no more", "the more").
        let before = start - 1
        guard before >= 1, t[before].kind == .word, !Self.copulas.contains(t[before].lower),
              !Self.prepositions.contains(t[before].lower), !["the", "a", "an", "no", "any", "much", "far", "even", "and", "or"].contains(t[before].lower),
              !Self.learningMore.contains(t[before].lower) else { return nil }
        let verb = before
        var s = clauseStart(v, before: verb)
        if s >= 2, ["who", "that", "which"].contains(t[s - 1].lower) { s = clauseStart(v, before: s - 1) }
        guard s < verb, (s..<verb).contains(where: { v.has(.people, at: $0) }),
              !(s..<verb).contains(where: { Self.learnerSubjects.contains(t[$0].lower) || t[$0].classes.contains(.courseNoun) }) else { return nil }
        return .init(reason: "states a difference between groups", span: verb...(start == i ? i : i + 1))
    }

    /// "reads heart rate as accurately as a chest strap", "clears it as effectively as griseofulvin":
    /// a verb, then "as …ly as". Not "as early as 1990", "as soon as", "as far as".
    func adverbEquivalence(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard i >= 1, i + 2 < t.count, t[i + 2].lower == "as", t[i + 1].kind == .word, t[i - 1].kind == .word,
              Self.endsWith(t[i + 1].lower.utf8, "ly".utf8), !["early", "likely", "recently", "only"].contains(t[i + 1].lower),
              !Self.copulas.contains(t[i - 1].lower),
              // "as quickly as possible", "as clearly as you can": manner, not a comparison of effect.
              !["possible", "you", "we", "they", "i", "he", "she"].contains(v.lower(i + 3) ?? ""),
              !v.wordClasses.isDisjoint(with: [.clinical, .clinicalEnding]) else { return nil }
        return .init(reason: "compares efficacy or safety", span: i...(i + 2))
    }

    static let qualities: Set<String> = [
        "accurate", "effective", "safe", "reliable", "good", "potent", "strong", "gentle", "fast", "quick", "precise",
        "sensitive", "specific", "harmful", "dangerous", "addictive", "toxic", "useful", "powerful",
    ]

    /// "Our monitor is as accurate as the cuffs used in surgeries", "is just as effective as": a copula, then
    /// "as" + a quality + "as".
    func copularEquivalence(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        guard let q = v.lower(i + 1), Self.qualities.contains(q), v.lower(i + 2) == "as" else { return nil }
        var k = i - 1
        while k >= 0, ["just", "every", "bit", "nearly", "almost", "equally", "not", "at", "least"].contains(v.tokens[k].lower) { k -= 1 }
        guard k >= 0, Self.copulas.contains(v.tokens[k].lower) else { return nil }
        return .init(reason: "compares efficacy or safety", span: i...(i + 2))
    }

    /// "works about as well as", "performs just as well as": an equivalence of effect, not "and".
    func equivalence(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        guard let prev = v.lower(i - 1), !WordingCues.comparedWithItsNorm(v, after: i + 2) else { return nil }
        // "clears head lice as well as the older insecticides": an effect verb shortly before, in the clause.
        let afterEffect = (max(0, i - 4)..<i).contains { v.tokens[$0].classes.contains(.effectVerb) }
            && !(max(0, i - 4)..<i).contains { v.tokens[$0].classes.contains(.clauseBreak) }
        let measured = ["just", "about", "nearly", "almost", "roughly", "fully", "bit", "equally"].contains(prev) || afterEffect
            || ["works", "work", "worked", "performs", "perform", "performed", "does", "did"].contains(prev)
        return measured ? .init(reason: "compares efficacy or safety", span: i...(i + 2)) : nil
    }

    /// "The longer a tick stays attached, the greater the chance of infection": two quantities that move
    /// together, with something clinical in either half.
    func correlative(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let end = min(t.count - 1, i + 14)
        guard v.lower(i - 1) == "the", i - 1 == 0 || t[i - 2].kind == .punct || t[i - 2].classes.contains(.clauseBreak), i + 2 < end,
              let second = (i + 2..<end).first(where: { t[$0].lower == "the" && t[$0 + 1].classes.contains(.comparative) && t[$0 - 1].lower == "," }),
              Self.hasClinicalOrOutcome(v, in: (i - 1)..<t.count),
              // "The higher the score, the greater the dependence": how a scale reads, not a finding.
              !(i..<second).contains(where: { SentenceContext.measuringInstruments.contains(t[$0].lower) || ["number", "reading", "grade"].contains(t[$0].lower) }) else { return nil }
        return .init(reason: "asserts an association", span: (i - 1)...(second + 1))
    }
}
