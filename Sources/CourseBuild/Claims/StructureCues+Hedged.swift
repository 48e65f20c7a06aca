/// A clinical subject with a modal and any verb asserts what it does, hedged or not: "Pellagra can
/// follow years of heavy drinking", "Nitrofurantoin may turn urine brown". The lexicon's effect verbs
/// cannot list every verb a drug or a condition is said to do; the subject and the modal carry the claim.
extension StructureCues {
    /// Tests named as the thing that can miss or mislead (not "score" or "level", which are results).
    static let testDevices: Set<String> = ["test", "tests", "scan", "scans", "mammogram", "smear", "x-ray", "x-rays", "ultrasound", "ecg", "mri", "ct", "swab", "dipstick", "biopsy", "assay"]

    /// Modals that assert what they hedge, and the "to" of "tend to", "is likely to".
    static let hedgeOpeners: Set<String> = ["may", "might", "can", "could", "cannot", "can't", "can’t", "won't", "won’t", "to", "usually", "often", "typically", "commonly", "normally", "frequently", "rarely", "seldom"]

    /// What a subject "can be" without a claim: described, measured, found in a textbook.
    static let neutralParticiples: Set<String> = [
        "defined", "described", "measured", "seen", "found", "classified", "divided", "grouped", "thought", "considered",
        "viewed", "regarded", "written", "expressed", "calculated", "estimated", "converted", "read", "heard", "called",
        "named", "spelt", "spelled", "abbreviated", "summarised", "summarized", "explained", "understood", "checked",
        "confused", "mistaken", "bought", "purchased", "ordered", "stored", "kept", "labelled", "labeled", "listed",
        "recorded", "documented", "discussed", "identified", "recognised", "recognized", "detected", "confirmed", "tested",
        "assessed", "monitored", "obtained", "requested", "sent", "downloaded", "accessed", "printed",
        "trimmed", "cut", "washed", "reused", "worn", "folded", "carried", "opened", "shared", "personalised", "personalized",
    ]
    /// Verbs that, after a modal, state a mechanism or a use rather than an outcome.
    static let neutralVerbs: Set<String> = [
        "be", "have", "exist", "occur", "vary", "differ", "mean", "refer", "include", "involve", "come", "appear", "look",
        "sound", "bind", "enter", "cross", "pass", "act", "travel", "diffuse", "move", "flow", "reflect", "represent", "mirror",
    ]

    func hedgedClaim(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        // "tend to", "is likely to", "appear to": a hedge, like a modal, before any verb.
        if t[i].lower == "to" {
            guard i >= 1, ["tend", "tends", "tended", "likely", "unlikely", "appear", "appears", "seem", "seems"].contains(t[i - 1].lower) else { return nil }
            if v.lower(i + 1) == "come", v.lower(i + 2) == "back" { return .init(reason: "asserts an effect", span: (i - 1)...(i + 2)) }
        }
        // The verb after the modal, past "not", "also" and adverbs.
        var j = i + 1
        while j < t.count, t[j].kind == .word, ["not", "also", "even", "still", "sometimes", "occasionally", "rarely", "often", "usually", "itself", "themselves"].contains(t[j].lower)
                || Self.endsWith(t[j].lower.utf8, "ly".utf8) && t[j].lower.utf8.count >= 4 { j += 1 }
        guard j < t.count, t[j].kind == .word, !t[j].classes.contains(.clinical) else { return nil }
        let verb = t[j].lower
        if verb == "be" {
            // "can be fatal", "may be harmful": a property; "can be measured": a description.
            guard j + 1 < t.count, t[j + 1].kind == .word, !Self.neutralParticiples.contains(t[j + 1].lower),
                  !["a", "an", "the", "used", "useful", "helpful", "given", "taken", "difficult", "hard", "easy", "tricky", "confusing"].contains(t[j + 1].lower) else { return nil }
        } else if Self.neutralVerbs.contains(verb) || Self.mechanismVerbs.contains(verb) && !Self.objectHasOutcome(v, j) {
            return nil
        }
        // The subject is clinical and directly governs the modal: no clause break between them, no learner.
        // A group of people alone ("Patients can request a copy") needs an outcome in the object.
        let s = clauseStart(v, before: i)
        let hedgeStart = t[i].lower == "to" ? i - 1 : i
        // A test right before the modal counts too: "A mammogram can miss some cancers".
        guard s < hedgeStart, (s..<hedgeStart).contains(where: { Self.isClinical(v, $0) && !v.has(.people, at: $0) || Self.symptomNouns.contains(t[$0].lower) })
                || Self.testDevices.contains(v.lower(hedgeStart - 1) ?? "")
                || (s..<hedgeStart).contains(where: { v.has(.people, at: $0) }) && Self.objectHasOutcome(v, j),
              !(s..<hedgeStart).contains(where: { Self.learnerSubjects.contains(t[$0].lower) || t[$0].classes.contains(.vignetteWord)
                  || t[$0].classes.contains(.courseNoun) }) else { return nil }
        return .init(reason: "asserts an effect", span: hedgeStart...j)
    }

    /// What a patient has rather than is given: "the symptoms can come back", "side effects may last a week".
    static let symptomNouns: Set<String> = ["symptom", "symptoms", "effects", "reaction", "reactions", "flare", "flares", "attacks", "episodes"]

    static let needWords: Set<String> = ["needed", "required", "necessary", "essential", "advised", "warranted", "recommended", "indicated", "needs", "best"]

    /// "Dose adjustment is needed in hepatic impairment", "Caution is advised in older adults": what
    /// a condition or a group calls for.
    func neededIn(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        // "Rhodiola is best avoided in bipolar disorder", "Levodopa is best taken away from meals": advice on a remedy.
        if t[i].lower == "best" {
            guard i >= 2, ["is", "are"].contains(t[i - 1].lower), let p = v.lower(i + 1), Self.endsWith(p.utf8, "ed".utf8) || ["taken", "given", "eaten"].contains(p),
                  (clauseStart(v, before: i - 1)..<(i - 1)).contains(where: { Self.isGiven(v, $0) }) else { return nil }
            return .init(reason: "gives a prescribing or safety instruction", span: (i - 1)...(i + 1))
        }
        guard i >= 2, ["is", "are"].contains(t[i - 1].lower) || t[i].lower == "needs" && !["who", "that"].contains(v.lower(i - 1) ?? ""),
              let p = v.lower(i + 1), ["in", "for", "with", "during", "before", "after"].contains(p) else { return nil }
        let s = clauseStart(v, before: i)
        guard s < i, !(s..<i).contains(where: { Self.learnerSubjects.contains(t[$0].lower) || t[$0].classes.contains(.courseNoun) || t[$0].classes.contains(.vignetteWord) }),
              // A condition or a group, not a course part ("needed for the next exercise").
              (i + 2..<min(t.count, i + 6)).contains(where: { (Self.isClinical(v, $0) || v.has(.people, at: $0)) && !t[$0].classes.contains(.label) })
        else { return nil }
        return .init(reason: "gives a recommendation", span: (i - 1)...(i + 1))
    }

    static let spans: Set<String> = ["minutes", "hours", "days", "weeks", "months"]
    static let shortSpans: Set<String> = ["seconds", "minutes", "hours"]
    static let singularSpans: Set<String> = ["minute", "hour", "day", "week", "month", "fortnight"]

    /// "develops within days", "works within weeks", "works in minutes": a timing without a number.
    func withinTime(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        // After "in", only the short spans ("in minutes"): "in weeks 1 to 4" is a schedule.
        let units = v.lower(i) == "in" ? Self.shortSpans : Self.spans
        // "within a week": one unit with its article.
        let singular = v.lower(i) == "within" && ["a", "an"].contains(v.lower(i + 1) ?? "") && Self.singularSpans.contains(v.lower(i + 2) ?? "")
        guard singular || units.contains(v.lower(i + 1) ?? ""), i >= 1,
              !v.context.isVignette,
              (0..<i).contains(where: { Self.isGiven(v, $0) || v.tokens[$0].classes.contains(.effectVerb) || v.lex.outcomeNouns.contains(v.tokens[$0].lower) })
        else { return nil }
        return .init(reason: "states a timing", span: i...(i + 1))
    }
}
