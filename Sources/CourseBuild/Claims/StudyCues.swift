/// Studies, named authors and authorities standing behind a finding: "a 2023
/// longitudinal study", "the Magpie trial", "Tarleton and colleagues found",
/// "the FDA has warned". A study word in an instruction or a question is not a
/// claim; a bare plural ("studies show") is the vague-attribution rule's.
struct StudyCues {
    static let determiners: Set<String> = [
        "a", "an", "the", "one", "this", "that", "these", "those", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "another", "each", "their", "its", "our", "his", "her",
    ]
    /// Words that end a noun phrase when walking left from the noun.
    static let phraseBreaks: Set<String> = [
        "in", "of", "on", "at", "by", "for", "with", "from", "to", "that", "and", "or", "but", "since", "after",
        "before", "during", "as", "than", "when", "while", "which", "who", "was", "were", "is", "are", "has",
        "have", "had", "found", "reported", "whether", "if", "about",
    ]
    static let authorTails: [[String]] = [["and", "colleagues"], ["and", "co-workers"], ["and", "coworkers"],
                                          ["et", "al"], ["and", "his", "colleagues"], ["and", "her", "colleagues"],
                                          ["and", "team"], ["'s", "group"]]
    static let authorities: Set<String> = [
        "fda", "ema", "who", "nice", "cdc", "nih", "mhra", "efsa", "iom", "ahrq", "acog", "rcog", "apa", "aha",
        "uspstf", "nhs", "cochrane", "bnf",
    ]

    /// A present-tense verb right after the study noun ("combines", "uses", "allocates") in a sentence with no number.
    static func definesKind(_ v: SentenceView, after phraseEnd: Int) -> Bool {
        // "A case-control study compares…": past the noun the phrase ends on.
        let e = ["study", "trial", "design", "review", "analysis"].contains(v.lower(phraseEnd + 1) ?? "") ? phraseEnd + 1 : phraseEnd
        guard let w = v.lower(e + 1), w.utf8.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("ous"),
              !["shows", "suggests", "finds", "reports", "indicates", "confirms", "demonstrates", "proves", "links", "concludes", "was", "has", "is"].contains(w)
        else { return false }
        return !v.tokens.contains { $0.kind == .number || $0.classes.contains(.numberWord) && $0.lower != "one" }
    }

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        let c = v.context
        if c.isQuestion || c.isCourseProse || c.isConversion || c.imperativeVerb != nil { return [] }
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        for span in v.lex.studyNouns.matches(in: v) where !t[span].contains(where: { $0.quoted }) {
            let start = phraseStart(v, span.lowerBound)
            let phrase = start..<span.lowerBound
            // A verb, not a study: "the GP reviews whether…", "a time to review…".
            if let next = v.lower(span.upperBound + 1), Self.clauseOpeners.contains(next) { continue }
            if start == span.lowerBound, v.lower(start - 1) == "to" { continue }
            let found = findingAfter(v, span.upperBound)
            // A plan ("will be rewritten for the 2027 cohort", "a trial will test…"), not a finding.
            if !found, t.contains(where: { $0.lower == "will" }) { continue }
            // "his last review", "at her review", "Leo's review": an appointment, not the literature.
            if phrase.contains(where: { Self.possessives.contains(t[$0].lower) }) { continue }
            // "needs senior review", "an urgent medical review": a clinician's assessment, not the literature.
            if t[span.upperBound].lower == "review", phrase.contains(where: { Self.careReviewers.contains(t[$0].lower) }) { continue }
            if !found, phrase.contains(where: { t[$0].lower.hasSuffix("'s") || t[$0].lower.hasSuffix("’s") }) { continue }
            let named = phrase.contains { k in
                t[k].kind == .number || t[k].isCapitalised && k > 0 && !Self.determiners.contains(t[k].lower)
            }
            // "[Depression: What the Trials Show]": a title-cased heading, not a named trial.
            if t[span.lowerBound].isCapitalised, span.lowerBound > 0, !named { continue }
            let det = phrase.isEmpty ? nil : t[start].lower
            // "A cohort study follows a group of people…": a kind of study defined, at the sentence's start, by a
            // verb in the present; not a study that found something.
            if start == 0, det == "a" || det == "an", !found, !named, Self.definesKind(v, after: span.upperBound) { continue }
            let specific: Bool
            if let d = det, Self.determiners.contains(d), !Self.definite.contains(d) {
                // "a study" is specific, unless only a setting: "using a marker in a study".
                let setting = (d == "a" || d == "an") && Self.settingPrepositions.contains(v.lower(start - 1) ?? "")
                specific = !setting || named || found
            } else {
                // "the trial", "these studies", bare "cohorts": an anaphor or a topic, unless named, dated or reporting.
                specific = named || found
            }
            if specific {
                out.append(.init(reason: "names a study", span: start...span.upperBound))
            }
        }
        out += authorCues(v)
        return out
    }

    static let definite: Set<String> = ["the", "this", "that", "these", "those", "each"]
    static let possessives: Set<String> = ["his", "her", "their", "its", "our", "my", "your"]
    /// Who or what reviews a patient: "senior review", "specialist review", "an urgent medical review".
    static let careReviewers: Set<String> = ["senior", "specialist", "medical", "urgent", "consultant", "clinical", "nurse", "gp", "same-day", "follow-up", "annual", "routine", "medication", "medicines"]
    static let clauseOpeners: Set<String> = ["whether", "if", "how", "what", "why", "when"]
    static let settingPrepositions: Set<String> = ["in", "as", "for", "from", "into", "within", "than", "like", "to"]
    /// Present-tense reporting that, with finding verbs, says a study found something.
    static let reportsNow: Set<String> = [
        "shows", "show", "finds", "find", "reports", "report", "suggests", "suggest", "concludes", "conclude",
        "demonstrates", "demonstrate", "confirms", "confirm", "indicates", "indicate",
    ]

    /// A finding verb in the study's own clause ("the review concluded", "trials in migraine found"), not a
    /// participle further on ("cohorts with serum magnesium measured").
    private func findingAfter(_ v: SentenceView, _ end: Int) -> Bool {
        let t = v.tokens
        var j = end + 1
        while j < t.count, j <= end + 8 {
            let w = t[j].lower
            if t[j].kind == .punct, w == ";" || w == ":" || w == "." { return false }
            if ["with", "but", "so", "because", "while"].contains(w) { return false }
            if QuantityCues.findingVerbs.contains(w) || Self.reportsNow.contains(w) {
                // "cannot show", "would test": what a design could do, not what a study found.
                return !["cannot", "can", "could", "may", "might", "would", "will", "not", "to", "never"].contains(v.lower(j - 1) ?? "")
            }
            j += 1
        }
        return false
    }

    private func phraseStart(_ v: SentenceView, _ i: Int) -> Int {
        var s = i
        while s > 0, i - s < 5, v.tokens[s - 1].kind == .word || v.tokens[s - 1].kind == .number {
            let w = v.tokens[s - 1].lower
            if Self.phraseBreaks.contains(w) { break }
            s -= 1
            if Self.determiners.contains(w) { break }
        }
        return s
    }

    /// "Tarleton and colleagues", "Smith et al.", "Eby and Eby described", "Smith (2019)", "the FDA has warned".
    private func authorCues(_ v: SentenceView) -> [SentenceView.Cue] {
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        for i in t.indices where t[i].kind == .word && t[i].isCapitalised && !t[i].quoted
            && !(i == 0 && WordingCues.populations.contains(t[i].lower)) {   // "Patients and colleagues will meet…"
            for tail in Self.authorTails where i + tail.count < t.count || i + tail.count == t.count {
                if tail.indices.allSatisfy({ i + 1 + $0 < t.count && t[i + 1 + $0].lower == tail[$0] }) {
                    out.append(.init(reason: "reports a finding by named authors", span: i...(i + tail.count)))
                }
            }
            if i + 3 < t.count, t[i + 1].lower == "and", t[i + 2].isCapitalised, t[i + 2].kind == .word,
               QuantityCues.findingVerbs.contains(t[i + 3].lower) {
                out.append(.init(reason: "reports a finding by named authors", span: i...(i + 2)))
            }
            if i + 3 < t.count, t[i + 1].lower == "(", t[i + 2].kind == .number, t[i + 3].lower == ")" {
                out.append(.init(reason: "reports a finding by named authors", span: i...(i + 3)))
            }
            if Self.authorities.contains(t[i].lower), v.text(i...i) == v.text(i...i).uppercased() || t[i].lower == "cochrane" {
                let window = t[(i + 1)..<min(t.count, i + 4)]
                if window.contains(where: { v.lex.reportingVerbs.contains($0.lower) || QuantityCues.findingVerbs.contains($0.lower) || $0.lower.hasPrefix("advis") || $0.lower.hasPrefix("recommend") }) {
                    let s = i > 0 && t[i - 1].lower == "the" ? i - 1 : i
                    out.append(.init(reason: "cites an authority", span: s...i))
                }
            }
        }
        return out
    }
}
