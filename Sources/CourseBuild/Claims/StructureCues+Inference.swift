/// What a finding means: "A negative D-dimer rules out pulmonary embolism", "a raised ALP with a normal GGT
/// points to bone", "a capillary refill over three seconds suggests poor perfusion". Reading a result or a
/// sign as a diagnosis is a checkable claim, though it names no effect and no number.
extension StructureCues {
    /// Verbs that read a finding as a diagnosis or a consequence; "points" and "rules" only with their particle.
    static let inferenceVerbs: Set<String> = [
        "means", "mean", "suggests", "suggest", "indicates", "indicate", "signals", "signal", "signifies",
        "points", "point", "rules", "rule", "confirms", "confirm", "predicts", "predict",
        // nouns of the same reading: "is a sign of laryngeal penetration"
        "sign", "signs", "hallmark",
    ]

    /// Words that make a noun a finding ("a raised ALP", "a negative D-dimer"). "means" needs one, since
    /// "Bradycardia means a slow heart rate" is a definition; an abbreviation counts as a test only with one.
    static let findingQualifiers: Set<String> = [
        "negative", "positive", "normal", "abnormal", "high", "higher", "low", "lower", "raised", "elevated",
        "reduced", "rising", "falling", "new", "persistent", "prolonged", "absent", "sudden", "trough", "peak",
        "over", "above", "below", "under", "more", "less", "fewer",
    ]

    /// Words that open an indirect question: "what the new standards mean".
    static let questionWords: Set<String> = ["what", "how", "whether"]

    func inference(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens, w = t[i].lower
        if w == "sign" || w == "signs" || w == "hallmark" { return signOf(v, i) }
        if w.hasPrefix("point"), v.lower(i + 1) != "to" && v.lower(i + 1) != "towards" { return nil }
        if w.hasPrefix("rule"), v.lower(i + 1) != "out" && v.lower(i + 1) != "in" { return nil }
        // A noun, not a verb: "the means of", "a rule of thumb".
        let prev = v.lower(i - 1) ?? ""
        if ["the", "a", "an", "this", "that", "no", "to"].contains(prev) || ["of", "for"].contains(v.lower(i + 1) ?? "") { return nil }
        // "indicates whether the unit is on track", "means you should call the clinic": a question or an instruction follows.
        if let next = v.lower(i + 1), ["what", "when", "whether", "which", "how", "if", "you", "your"].contains(next) { return nil }
        let s = clauseStart(v, before: i)
        guard s < i else { return nil }
        let subject = s..<i
        // "what the new standards mean": an indirect question names a topic.
        if s > 0, Self.questionWords.contains(t[s - 1].lower) || subject.contains(where: { Self.questionWords.contains(t[$0].lower) }) { return nil }
        let isFindingWord = { (k: Int) in
            Self.isClinical(v, k) || Self.testNouns.contains(t[k].lower) || v.lex.outcomeNouns.contains(t[k].lower)
                || t[k].kind == .word && Self.isTechnical(t[k], first: k == 0)
        }
        // "…, because this means they are not getting enough oxygen": "this" is the finding named before.
        let pointsBack = i - s == 1 && ["this", "that", "it"].contains(t[s].lower) && s > 0
            && ["because", "as"].contains(t[s - 1].lower) && (0..<s).contains(where: isFindingWord)
        // "A high gentamicin trough level means…", "Urinary retention with back pain points to…".
        let isFinding = subject.contains { Self.findingQualifiers.contains(t[$0].lower) || t[$0].kind == .number || t[$0].lower == "with" }
        // An abbreviation ("ALP", "D-dimer") is a test only as a result: "a raised ALP", not "the CPD portal".
        let testResult = isFinding && subject.contains { t[$0].kind == .word && t[$0].isCapitalised && Self.isTestName(v.text($0...$0)) }
        let found = pointsBack || testResult || subject.contains(where: isFindingWord)
        let definingVerb = w == "means" || w == "mean" || w == "signifies"
        guard found, isFinding || pointsBack || !definingVerb,
              subject.allSatisfy({ !t[$0].quoted && !["you", "we", "i", "term", "word", "name"].contains(t[$0].lower) }) else { return nil }
        let particle = w.hasPrefix("point") || w.hasPrefix("rule")
        return .init(reason: "reads a finding as a diagnosis", span: i...(particle ? i + 1 : i))
    }

    /// "A wet, gurgly voice after swallowing is a sign of laryngeal penetration", "can be a warning sign of
    /// sepsis": a copula shortly before, "of" and something clinical after.
    private func signOf(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard v.lower(i + 1) == "of", let cop = (max(0, i - 4)..<i).last(where: { Self.copulas.contains(t[$0].lower) }),
              cop >= 1, (cop + 1..<i).allSatisfy({ t[$0].kind == .word }),
              Self.hasClinicalOrOutcome(v, in: (i + 2)..<(i + 7)) else { return nil }
        return .init(reason: "reads a finding as a diagnosis", span: cop...(i + 1))
    }

    /// An abbreviation that names a test or a measure ("ALP", "GGT", "D-dimer", "HbA1c"): two capitals or more
    /// in a short word.
    static func isTestName(_ word: String) -> Bool {
        let capitals = word.unicodeScalars.filter { ("A"..."Z").contains($0) }.count
        return word.count <= 8 && capitals >= 2 || word.count <= 8 && capitals >= 1 && word.contains("-")
    }
}
