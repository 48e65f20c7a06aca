/// Comparisons without numbers: what a test can or cannot tell, differences between groups, equivalence of effect.
extension StructureCues {
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

    /// "works about as well as", "performs just as well as": an equivalence of effect, not "and".
    func equivalence(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        guard let prev = v.lower(i - 1) else { return nil }
        let measured = ["just", "about", "nearly", "almost", "roughly", "fully", "bit", "equally"].contains(prev)
            || i > 0 && v.tokens[i - 1].classes.contains(.effectVerb)
            || ["works", "work", "worked", "performs", "perform", "performed", "does", "did"].contains(prev)
        return measured ? .init(reason: "compares efficacy or safety", span: i...(i + 2)) : nil
    }
}
