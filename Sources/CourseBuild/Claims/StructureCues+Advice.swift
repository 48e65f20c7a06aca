/// Advice that is a claim: prescribing and safety instructions ("Give X before Y", "Do not take X with Y") and
/// recommendations about a drug or a group of patients ("X should not be given to…").
extension StructureCues {
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
    func recommendation(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        let s = clauseStart(v, before: i)
        // "to know when magnesium should be measured", "whether it should": asked or supposed, not advised.
        if s > 0, ["when", "whether", "if", "how", "what", "why", "which"].contains(t[s - 1].lower) { return nil }
        // A leaflet's "you" is the patient when the sentence names a medicine: "You should not drive if the tablets…".
        let patientReader = (s..<i).allSatisfy { t[$0].lower == "you" } && (i + 1..<t.count).contains { Self.isGiven(v, $0) }
        guard s < i, patientReader || !(s..<i).contains(where: { Self.learnerSubjects.contains(t[$0].lower) || t[$0].classes.contains(.courseNoun) })
                && (s..<i).contains(where: { Self.isGiven(v, $0) || t[$0].classes.contains(.people) || QuantityCues.persons.contains(t[$0].lower) }) else { return nil }
        var k = i + 1
        while k < t.count, t[k].kind == .word, ["not", "never", "always", "only", "also", "still", "usually", "generally"].contains(t[k].lower) { k += 1 }
        // "should not be used in place of established treatment", "must not delay care": a caution against
        // replacing care, the course's own stance rather than a prescribing rule.
        if let w = v.lower(k), Self.replacingVerbs.contains(w) || w == "be" && v.lower(k + 1) == "used"
            && ["in", "instead", "as"].contains(v.lower(k + 2) ?? "") && (v.lower(k + 3) == "place" || v.lower(k + 3) == "of" || v.lower(k + 3) == "a") { return nil }
        // "should be noted", "must be remembered", "patients should hear that": about telling, not treating;
        // "should be stored in a cool place": about keeping the pack.
        guard k < t.count, t[k].kind == .word, !Self.tellingVerbs.contains(t[k].lower),
              !(t[k].lower == "be" && (Self.tellingVerbs.contains(v.lower(k + 1) ?? "")
                || Self.storageVerbs.contains(v.lower(k + 1) ?? "") && !t.contains(where: { $0.kind == .number || $0.classes.contains(.numberWord) }))) else { return nil }
        return .init(reason: "gives a recommendation", span: i...k)
    }

    static let storageVerbs: Set<String> = ["stored", "kept", "refrigerated", "labelled", "labeled", "disposed", "recycled"]

    /// "in any patient starting a loop diuretic", "taking lithium": who the instruction is for.
    static let exposureVerbs: Set<String> = ["starting", "stopping", "taking", "receiving", "on"]

    /// The reader's frame of mind after "Do not be": "taken in", "alarmed".
    static let readerStates: Set<String> = ["taken", "fooled", "misled", "put", "alarmed", "afraid", "surprised", "worried", "embarrassed", "discouraged", "shy", "scared"]

    /// "Do not take X with Y", "Don't combine…", "Never give…".
    func negativeInstruction(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        guard let first = t.firstIndex(where: { $0.kind == .word }) else { return nil }
        // The verb after "Do not", "Don't" or "Never" at `s`.
        func negatedVerb(at s: Int) -> Int? {
            if t[s].lower == "do", v.lower(s + 1) == "not" { return s + 2 }
            return ["don't", "don’t", "never"].contains(t[s].lower) ? s + 1 : nil
        }
        var start = first
        var verb = negatedVerb(at: first)
        // After a label: "Warning: do not…".
        if verb == nil, let colon = t.prefix(6).firstIndex(where: { $0.lower == ":" }), colon + 1 < t.count {
            start = colon + 1
            verb = negatedVerb(at: start)
        }
        guard let vb = verb, vb < t.count, t[vb].kind == .word else { return nil }
        // "Do not be taken in by adverts…", "Don't be alarmed if…": the reader's frame of mind.
        if t[vb].lower == "be", Self.readerStates.contains(v.lower(vb + 1) ?? ""), !(vb + 2..<t.count).contains(where: { Self.isGiven(v, $0) }) { return nil }
        guard (vb..<t.count).contains(where: { Self.isGiven(v, $0) }) || t[vb].classes.contains(.instructionVerb) && (vb + 1..<t.count).contains(where: { Self.connectives.contains(t[$0].lower) }) else { return nil }
        return .init(reason: "gives a safety instruction", span: start...vb)
    }

    /// "Give parenteral thiamine before any glucose", "Titrate lamotrigine slowly to lower the risk…".
    func instruction(_ v: SentenceView, verb: Int) -> SentenceView.Cue? {
        let t = v.tokens
        if v.lower(verb) == "do", v.lower(verb + 1) == "not" || v.lower(verb + 1) == "n't" { return negativeInstruction(v) }
        if ["don't", "don’t"].contains(v.lower(verb) ?? "") { return negativeInstruction(v) }
        // "Never give…" is a safety instruction; "Never write 'evidence-based' without…" is the learner's.
        if verb > 0, v.lower(verb - 1) == "never", !SentenceContext.learnerVerbs.contains(t[verb].lower) || SentenceContext.clinicalVerbs.contains(t[verb].lower) {
            return .init(reason: "gives a safety instruction", span: (verb - 1)...verb)
        }
        guard t[verb].classes.contains(.instructionVerb) else { return nil }
        // "Check with your pharmacist before…" hands the question on; "Check the patient's name against the
        // wristband" identifies. Checking something clinical ("Check potassium before…") stays an instruction.
        if t[verb].lower == "check", v.lower(verb + 1) == "with" || !(verb + 1..<min(t.count, verb + 4)).contains(where: { Self.isClinical(v, $0) && !v.has(.people, at: $0) || Self.testNouns.contains(t[$0].lower) }) { return nil }
        let rest = (verb + 1)..<t.count
        let drug = rest.contains { k in
            Self.isGiven(v, k) && !v.has(.people, at: k) && !["patient", "patients", "people", "symptom", "symptoms", "level", "levels", "dose", "doses", "blood", "food", "foods"].contains(t[k].lower)
        }
        // "If you take levothyroxine, leave four hours…": the drug may be named in the opening clause.
        let drugBefore = verb > 0 && ["if", "when", "while", "before", "after", "during"].contains(t[0].lower) && (0..<verb).contains { Self.isGiven(v, $0) }
        guard drug || drugBefore else { return nil }
        // "Take a few minutes to…", "Take a moment": the learner's time, not a dose.
        if !drugBefore, (verb + 1..<min(t.count, verb + 4)).contains(where: { t[$0].classes.contains(.timeUnit) || ["moment", "time", "look", "break", "note"].contains(t[$0].lower) }) { return nil }
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
