/// claims.vague-attribution: a claim credited to unnamed sources ("studies
/// show", "experts agree", "it is well known"). Recognised by shape rather
/// than by a fixed phrase list: an unnamed source noun opening a clause,
/// optionally quantified ("many doctors", "a growing body of evidence"),
/// followed by a reporting verb; "according to" an unnamed source; or an
/// agentless "it is known/has been shown that".
struct VagueAttributionRule {
    /// Words allowed before the source noun without naming it.
    static let prefixes: Set<String> = [
        "a", "the", "many", "numerous", "several", "some", "most", "multiple", "countless", "various", "recent",
        "new", "newer", "emerging", "current", "existing", "available", "clinical", "scientific", "medical",
        "growing", "mounting", "accumulating", "strong", "good", "robust", "considerable", "substantial",
        "modern", "more", "other", "independent", "large", "body", "of", "lots", "plenty", "number", "wealth",
        "increasing", "published", "previous", "prior", "leading", "top", "experienced", "much", "extensive",
        "recent", "past", "further", "nutritional", "psychiatric", "animal", "human", "observational",
        "latest", "most", "all", "conventional", "received", "popular", "expert", "decades", "years", "broad", "general",
        "wide", "widespread", "clear", "senior", "junior", "local", "frontline", "seasoned", "veteran", "practising", "practicing",
    ]
    /// Where a clause (and so a subject) can begin.
    static let clauseStarts: Set<String> = [
        ",", ";", ":", "(", "—", "–", "that", "and", "but", "while", "although", "though", "because", "since",
        "as", "however", "yet", "so", "now", "indeed", "moreover", "also", "furthermore", "today", "from",
    ]
    static let fillers: Set<String> = [
        "have", "has", "had", "do", "does", "did", "can", "may", "might", "could", "would", "will", "now", "long",
        "also", "still", "all", "even", "already", "to", "continue", "continues", "seem", "seems", "appear",
        "appears", "tend", "tends", "increasingly", "generally", "widely", "consistently", "repeatedly",
        "often", "clearly", "strongly", "largely", "broadly", "conclusively", "firmly", "been", "keep", "keeps",
        "kept", "over", "again", "are", "is", "were", "everywhere", "today", "nowadays",
    ]
    /// "the" names a specific study or team; it leaves the source unnamed only for these.
    static let theAllowed: Set<String> = [
        "literature", "evidence", "research", "science", "data", "consensus", "community", "establishment", "profession",
        "textbooks", "experts", "guidelines",
    ]
    static let singularStudies: Set<String> = ["study", "expert"]
    /// Verbs before a hearsay participle ("is believed", "were thought").
    static let passiveAuxiliaries: Set<String> = ["is", "are", "was", "were"]
    static let agentless: Set<String> = [
        "known", "shown", "established", "accepted", "believed", "thought", "reported", "suggested",
        "demonstrated", "proven", "proved", "recognised", "recognized", "claimed", "said", "documented",
        "understood", "agreed", "assumed", "argued", "held", "observed", "noted", "found", "appreciated",
    ]
    /// Plain words that turn agentless only with "now", "widely" or "increasingly": "It is now clear that".
    static let agentlessWithTime: Set<String> = ["clear", "evident", "apparent", "obvious"]

    /// "It is reported in mmol/mol, or as a percentage": how a measurement is expressed, not who reported a finding.
    static func reportedInUnits(_ v: SentenceView, after end: Int) -> Bool {
        guard ["reported", "expressed", "measured", "given"].contains(v.lower(end) ?? ""),
              let preposition = v.lower(end + 1), preposition == "in" || preposition == "as" else { return false }
        let unit = end + 2 + (v.lower(end + 2) == "a" ? 1 : 0)
        guard let word = v.lower(unit) else { return false }
        return v.has([.measureUnit, .doseUnit], at: unit) || word.contains("/") || v.lower(unit + 1) == "/"
            || ["percentage", "percentages", "units"].contains(word)
    }

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        if v.context.isQuestion { return [] }
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        let firstWord = t.firstIndex { $0.kind == .word } ?? 0
        for span in v.lex.attribution.matches(in: v) where !t[span].contains(where: { $0.quoted }) {
            out.append(.init(reason: "attributes a claim to unnamed sources", span: span))
        }
        for i in t.indices where t[i].kind == .word && !t[i].quoted {
            if Self.isSource(t[i], first: i == firstWord), let cue = sourceCue(v, noun: i) { out.append(cue) }
            // "a large body of work indicates": whatever the body is made of, it is unnamed; so is "a mountain
            // of studies", when what it is made of is a source.
            else if t[i].classes.contains(.sourceHeap), v.lower(i + 1) == "of", i + 2 < t.count, t[i + 2].kind == .word,
                    t[i].lower == "body" || Self.isSource(t[i + 2]), let verb = reportingVerb(v, after: i + 2) {
                out.append(.init(reason: "attributes a claim to unnamed sources", span: i...verb))
            }
            else if Self.isGroup(v, i, first: i == firstWord), let cue = sourceCue(v, noun: i, opinionOnly: true) { out.append(cue) }
            // "Many in the field say…": a share of a trade, unnamed; "Those who have been through it will tell you that…".
            if t[i].classes.contains(.unnamedCrowd), let cue = shareOfTrade(v, field: i) ?? thoseWhoTell(v, at: i) { out.append(cue) }
            if let cue = unnamedExpert(v, at: i) { out.append(cue) }
            if t[i].classes.contains(.everyMember), let cue = sharedExperience(v, at: i) { out.append(cue) }
            if t[i].classes.contains(.verdictNoun), let cue = verdictCue(v, noun: i) { out.append(cue) }
            if let cue = repeatedSource(v, at: i) { out.append(cue) }
            // The first byte first: a set probe (a string hash) on every token was measurable.
            if t[i].lower.utf8.first == UInt8(ascii: "i"), Self.its.contains(t[i].lower), let cue = agentlessCue(v, at: i) { out.append(cue) }
            if t[i].lower == "we", let cue = collectiveKnowledge(v, at: i) { out.append(cue) }
            if t[i].classes.contains(.passiveAuxiliary), i > 0, t[i - 1].lower != "it", let cue = passiveCue(v, at: i) { out.append(cue) }
        }
        return out.sorted { $0.span.lowerBound < $1.span.lowerBound }
    }

    /// An unnamed source noun: from the lexicon, or a plural profession ("pharmacists", "geriatricians").
    /// A capitalised word is a name ("Rogers"), except as the sentence's first word ("Dermatologists agree…").
    static func isSource(_ t: ClaimToken, first: Bool = false) -> Bool {
        if t.classes.contains(.source) { return true }
        let w = t.lower.utf8
        return w.count > 6 && w.last == UInt8(ascii: "s") && (!t.isCapitalised || first)
            && (StructureCues.endsWith(w, "ists".utf8) || StructureCues.endsWith(w, "ians".utf8))
    }

    /// Plural agent nouns that are not clinical entities: "educators", "officials", "campaigners",
    /// "teachers", "consultants". As a source they need an opinion verb ("agree", "believe", "hold that").
    static let groupEndings: [String.UTF8View] = ["ers".utf8, "ors".utf8, "als".utf8, "ants".utf8, "ents".utf8, "paths".utf8]
    static let notGroups: Set<String> = [
        "numbers", "disorders", "markers", "biomarkers", "factors", "answers", "letters", "orders", "chapters",
        "layers", "centers", "centres", "levels", "totals", "intervals", "vitals", "meals", "trials", "journals",
        "hospitals", "animals", "minerals", "chemicals", "signals", "individuals", "nutrients", "variants",
        "antioxidants", "stimulants", "supplements", "inhibitors", "blockers", "receptors", "others", "members",
        "ingredients", "components", "elements", "treatments", "payments", "segments", "events", "moments",
    ]
    /// Bodies that hold views, unnamed: "Professional bodies agree that…" (with an opinion verb only).
    static let institutions: Set<String> = ["bodies", "organisations", "organizations", "societies", "colleges", "agencies", "authorities"]
    /// Results with no source given: "independent lab tests confirm that…".
    static let unnamedResults: Set<String> = ["tests", "results", "measurements", "checks", "assessments"]
    static func isGroup(_ v: SentenceView, _ i: Int, first: Bool) -> Bool {
        let t = v.tokens[i]
        let w = t.lower.utf8
        guard w.count > 4, w.last == UInt8(ascii: "s"), !t.isCapitalised || first else { return false }
        if Self.unnamedResults.contains(t.lower) || Self.institutions.contains(t.lower) { return true }
        // "Senior colleagues will tell you…", not "Tarleton and colleagues found…" or "her colleagues".
        if t.lower == "colleagues" { return !["and", "&", "his", "her", "their", "our", "my", "your"].contains(v.lower(i - 1) ?? "") }
        guard groupEndings.contains(where: { StructureCues.endsWith(w, $0) }) else { return false }
        return !notGroups.contains(t.lower) && !StructureCues.isClinical(v, i)
    }
    /// Verbs of opinion: with an agent noun they attribute a view ("officials believe", "teachers have long held that").
    static let opinionVerbs: Set<String> = [
        "agree", "agrees", "agreed", "believe", "believes", "believed", "think", "thinks", "thought", "hold",
        "holds", "held", "claim", "claims", "claimed", "say", "says", "said", "recommend", "recommends",
        "recommending", "recommended", "warn", "warns", "warned", "argue", "argues", "argued", "insist", "insists",
        "feel", "feels", "felt", "suspect", "suspects", "tell", "telling", "told", "urge", "urging", "advise",
        "advising", "maintain", "maintains", "swear", "report", "reports", "reported", "confirm", "confirms",
        "confirmed", "consider", "considers", "accept", "accepts", "fear", "fears", "feared", "worry", "worries",
        "praise", "praises", "praising", "hail", "hails", "hailing", "champion", "champions", "championing",
        "calling", "call", "calls",
    ]
    static let eminence: Set<String> = ["leading", "top", "senior", "prominent", "renowned", "respected", "well-known", "eminent", "veteran", "experienced", "famous", "celebrated", "independent"]

    /// "one leading psychiatrist told us", "a top kidney doctor says": a quoted expert left unnamed.
    private func unnamedExpert(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        // Compared one by one: this runs on every token, and a word list would be built at each call.
        let w = t[i].lower
        guard w == "a" || w == "an" || w == "one", i + 2 < t.count, Self.eminence.contains(t[i + 1].lower) else { return nil }
        // The expert noun, after at most two words saying what kind ("kidney", "sleep medicine").
        for e in (i + 2)..<min(t.count, i + 5) {
            guard t[e].kind == .word, !t[e].isCapitalised else { return nil }
            let n = t[e].lower
            if n.hasSuffix("ist") || n.hasSuffix("ian") || ["expert", "doctor", "scientist", "researcher", "professor", "consultant", "clinician", "insider", "physician", "specialist"].contains(n) {
                return .init(reason: "attributes a claim to an unnamed expert", span: i...e)
            }
        }
        return nil
    }

    static let everyMember: Set<String> = ["every", "any", "anyone", "anybody", "everyone", "everybody"]
    static let learningVerbs: Set<String> = ["learns", "discovers", "finds", "knows"]
    /// What staff do in one patient's story: they saw it there, they are not a source.
    static let witnessVerbs: Set<String> = ["noticed", "observed", "saw", "found", "reported", "said", "told", "noted"]
    static let tellingModals: Set<String> = ["will", "can", "would", "'ll"]

    /// "will tell you", "can tell us": a modal at `k` vouching for what follows.
    static func tellsYou(_ v: SentenceView, modalAt k: Int) -> Bool {
        tellingModals.contains(v.lower(k) ?? "") && v.lower(k + 1) == "tell" && ["you", "us"].contains(v.lower(k + 2) ?? "")
    }
    static let trades: Set<String> = ["doctor", "nurse", "paramedic", "midwife", "clinician", "gp", "surgeon", "coach", "trainer", "expert", "researcher",
                                      "registrar", "resident", "intern", "consultant", "houseman", "junior", "physio", "vet", "sister", "matron"]

    /// "As any pharmacist will tell you", "Every paramedic who has done a few years on the road knows that":
    /// what everyone in a trade is said to know, with no one named.
    private func sharedExperience(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard !v.context.isCourseProse else { return nil }
        let member = ["every", "any"].contains(t[i].lower)
        // "any pharmacist", "every paramedic": a trade, not "any patient"; "anyone who has worked nights".
        if member, !(i + 1 < t.count && (t[i + 1].lower.hasSuffix("ist") || t[i + 1].lower.hasSuffix("ian")
                                            || Self.trades.contains(t[i + 1].lower))) { return nil }
        var k = i + 1
        while k < t.count, k <= i + 14 {
            let w = t[k].lower
            if w == "knows" || w == "know", v.lower(k + 1) == "that" { return .init(reason: "attributes a claim to unnamed sources", span: i...k) }
            // "As every registrar learns sooner or later, …".
            if Self.learningVerbs.contains(w), t[0].lower == "as", i <= 2 { return .init(reason: "attributes a claim to unnamed sources", span: i...k) }
            if Self.tellsYou(v, modalAt: k) {
                return .init(reason: "attributes a claim to unnamed sources", span: i...(k + 2))
            }
            k += 1
        }
        return nil
    }

    /// Nouns for a collective verdict that names no one: "the consensus", "medical opinion", "the literature".
    static let verdictNouns: Set<String> = ["consensus", "opinion", "literature", "wisdom", "view", "thinking", "feeling", "sense", "word", "belief", "orthodoxy", "science", "teaching", "experience", "verdict"]
    /// What a verdict noun does when it speaks for no one: "Expert opinion holds that", "Current thinking attributes".
    static let verdictVerbs: Set<String> = ["holds", "held", "favours", "favors", "attributes", "tells", "says", "suggests", "dictates", "regards"]
    /// What the verdict is said to be: "is that", "is clear that", "has shifted towards".
    static let verdicts: Set<String> = ["clear", "unanimous", "consistent", "settled", "agreed", "overwhelming", "united"]
    static let verdictShifts: Set<String> = ["shifted", "moved", "turned", "swung", "changed"]

    /// "The consensus among geriatricians is that…", "The literature is fairly clear that…",
    /// "Medical opinion has shifted towards…": a verdict with no one named to check.
    private func verdictCue(_ v: SentenceView, noun i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        // Not "in my view", "the view of the NICE committee", "a view that is disputed".
        if let p = v.lower(i - 1), ["my", "our", "his", "her", "their", "this", "that", "a", "one"].contains(p) { return nil }
        // Who holds it or what it is about, unnamed: "among geriatricians", "of most psychiatrists", "in the
        // field", "on the wards", "on detox teas"; then the verb.
        var k = i + 1
        if let p = v.lower(k), ["among", "of", "in", "within", "on"].contains(p) {
            k += 1
            while k < t.count, k <= i + 7, t[k].kind == .word, !t[k].isCapitalised || Self.isPluralAcronym(v, k),
                  !Self.verdictVerbs.contains(t[k].lower), !["is", "has", "was", "have", "had"].contains(t[k].lower) { k += 1 }
        }
        // "Expert opinion holds that", "Current thinking attributes …", "experience tells us".
        if let w = v.lower(k), Self.verdictVerbs.contains(w),
           ["that", "us"].contains(v.lower(k + 1) ?? "") || t[i].lower == "opinion" || t[i].lower == "thinking" {
            return .init(reason: "attributes a claim to unnamed sources", span: i...k)
        }
        guard let verb = v.lower(k), ["is", "was", "has", "had", "'s"].contains(verb) else { return nil }
        k += 1
        while k < t.count, t[k].kind == .word, t[k].lower.hasSuffix("ly") || ["now", "still", "long", "been", "quite"].contains(t[k].lower) { k += 1 }
        guard let w = v.lower(k) else { return nil }
        // "The science is clear: …", "…is consistent in showing that"; a shift only of a verdict itself
        // ("Medical opinion has shifted towards…", not "Teaching in medical schools has changed").
        let inShowing = v.lower(k + 1) == "in" && ["showing", "suggesting", "finding"].contains(v.lower(k + 2) ?? "")
        let shifts = Self.verdictShifts.contains(w) && ["consensus", "opinion", "thinking"].contains(t[i].lower)
        if w == "that" || Self.verdicts.contains(w) && ([":", "that"].contains(v.lower(k + 1) ?? "") || inShowing) || shifts {
            return .init(reason: "attributes a claim to unnamed sources", span: i...k)
        }
        return nil
    }

    /// "GPs", "SHOs": a group, not a name.
    static func isPluralAcronym(_ v: SentenceView, _ k: Int) -> Bool {
        let text = v.text(k...k)
        return text.count >= 3 && text.hasSuffix("s") && text.dropLast().allSatisfy { $0.isUppercase }
    }

    /// "study after study", "trial after trial": sources counted, never named.
    private func repeatedSource(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        guard i + 2 < v.tokens.count, v.tokens[i + 1].lower == "after" || v.tokens[i + 1].lower == "upon",
              v.tokens[i + 2].lower == v.tokens[i].lower, v.lex.studyNouns.matches(in: v).contains(where: { $0.contains(i) }) || Self.isSource(v.tokens[i]) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: i...(i + 2))
    }

    /// "[many] doctors [now] believe", "according to recent research", "there is growing evidence".
    private func sourceCue(_ v: SentenceView, noun i: Int, opinionOnly: Bool = false) -> SentenceView.Cue? {
        let t = v.tokens
        // One patient's story: "Nurses noticed that his breathing had slowed" reports what happened to him.
        if v.context.isCaseNarrative { return nil }
        var j = i
        while j > 0, t[j - 1].kind == .word, Self.prefixes.contains(t[j - 1].lower) { j -= 1 }
        // One or two noun modifiers at the clause start: "sleep scientists have discovered",
        // "Public health officials believe".
        for width in 1...2 where j == i {
            let m = j - width
            guard m >= 0, (m..<j).allSatisfy({ t[$0].kind == .word && (!t[$0].isCapitalised || $0 == 0)
                && !StudyCues.determiners.contains(t[$0].lower) && !StudyCues.possessives.contains(t[$0].lower)
                && !Self.notModifiers.contains(t[$0].lower) && !Self.clauseStarts.contains(t[$0].lower) }),
                  m == 0 || Self.clauseStarts.contains(t[m - 1].lower) || Self.prefixes.contains(t[m - 1].lower) else { continue }
            j = m
            while j > 0, t[j - 1].kind == .word, Self.prefixes.contains(t[j - 1].lower) { j -= 1 }
        }
        // "regarded by most geriatricians as", "in the view of most psychiatrists".
        if j >= 1, t[j - 1].lower == "by", j >= 2, ["regarded", "considered", "seen", "viewed", "thought", "believed", "accepted", "recommended", "endorsed", "held", "told", "advised", "warned"].contains(t[j - 2].lower),
           j < i || ["told", "advised", "warned"].contains(t[j - 2].lower) {
            return .init(reason: "attributes a claim to unnamed sources", span: (j - 2)...i)
        }
        if let of = (max(0, j - 1)..<i).last(where: { t[$0].lower == "of" }), of >= 2,
           ["view", "opinion", "eyes", "words", "judgement", "judgment"].contains(t[of - 1].lower), of + 1 < i || t[of - 2].lower != "the" {
            return .init(reason: "attributes a claim to unnamed sources", span: (of - 2)...i)
        }
        let noun = t[i].lower
        if j < i {
            let first = t[j].lower
            if first == "the", !Self.theAllowed.contains(noun) { return nil }
            if first == "a" || first == "the", Self.singularStudies.contains(noun) { return nil }
        }
        if Self.singularStudies.contains(noun) { return nil }
        if noun == "data", i > 0, t[i - 1].isCapitalised, i - 1 > 0 { return nil }
        // "according to [recent] research"
        if j >= 2, t[j - 2].lower == "according", t[j - 1].lower == "to" {
            return .init(reason: "attributes a claim to unnamed sources", span: (j - 2)...i)
        }
        // "there is [growing] evidence that"
        if j >= 2, t[j - 2].lower == "there", ["is", "are", "'s"].contains(t[j - 1].lower), ["evidence", "data", "research", "consensus", "agreement"].contains(noun) {
            return .init(reason: "attributes a claim to unnamed sources", span: (j - 2)...i)
        }
        guard j == 0 || Self.clauseStarts.contains(t[j - 1].lower) else { return nil }
        var k = i + 1
        // A post-modified source: "data from thousands of our customers show", "surveys of junior doctors
        // repeatedly show", "evidence gathered over decades indicates".
        // …or one met by the writer: "dietitians we have worked with say", "physiotherapists I spoke to say".
        if k < t.count, Self.postModifiers.contains(t[k].lower) || t[k].kind == .word && Self.isParticiple(t[k].lower)
            || Self.writers.contains(t[k].lower) {
            var m = k + 1
            while m < t.count, m <= k + 6, t[m].kind == .word || t[m].kind == .number, !v.lex.reportingVerbs.contains(t[m].lower) { m += 1 }
            // "…in an adult with suspected iron deficiency": a participle after "with" describes, it does not report.
            if m < t.count, v.lex.reportingVerbs.contains(t[m].lower), v.lower(m - 1) != "with" || !t[m].lower.hasSuffix("ed") { k = m }
        }
        while k < t.count, t[k].kind == .word, Self.fillers.contains(t[k].lower) || t[k].lower.hasSuffix("ly") && !v.lex.reportingVerbs.contains(t[k].lower) { k += 1 }
        if v.lower(k) == "in", v.lower(k + 1) == "agreement" { k += 1 }   // "is broadly in agreement that"
        guard k < t.count, t[k].kind == .word else { return nil }
        let verb = t[k].lower
        // "Experts are calling for a ban", not "Doctors call this the honeymoon phase".
        if verb.hasPrefix("call"), v.lower(k + 1) != "for" { return nil }
        let complement = v.lower(k + 1) == "that"
        if opinionOnly || verb == "feel" || verb == "feels" {
            guard Self.opinionVerbs.contains(verb) || complement && v.lex.reportingVerbs.contains(verb) else { return nil }
            if (verb == "feel" || verb == "feels" || verb == "felt"), !complement { return nil }
        } else {
            guard v.lex.reportingVerbs.contains(verb) else { return nil }
        }
        // "Nurses noticed that his breathing had slowed": what staff saw in one patient, not a source.
        if v.context.isVignette, Self.witnessVerbs.contains(verb) { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: j...k)
    }

    /// A body of sources and its quantities: "a body of work", "a mountain of studies", "a wave of research".
    static let sourceHeaps: Set<String> = ["body", "mountain", "wave", "wealth", "raft", "host", "slew", "flood", "pile", "stack", "heap", "avalanche", "tide", "weight"]
    /// A field whose members are left unnamed ("many in the field"), and "those" in "those who…".
    static let crowds: Set<String> = ["field", "profession", "community", "specialty", "speciality", "trade", "industry", "those"]

    /// "Many in the field say", "most in the profession now accept": `field` is the field's noun.
    private func shareOfTrade(_ v: SentenceView, field i: Int) -> SentenceView.Cue? {
        guard i >= 3, v.lower(i - 1) == "the", v.lower(i - 2) == "in",
              ["many", "most", "some", "those", "others", "few"].contains(v.lower(i - 3) ?? ""), let verb = reportingVerb(v, after: i) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: (i - 3)...verb)
    }

    /// "Those who have been through it will tell you that…": people left unnamed, vouching for a claim.
    private func thoseWhoTell(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        guard v.lower(i) == "those", v.lower(i + 1) == "who",
              let modal = (i + 2..<min(v.tokens.count, i + 11)).first(where: { Self.tellsYou(v, modalAt: $0) }) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: i...(modal + 2))
    }

    /// The reporting verb after a source noun, past fillers: "work [now strongly] suggests".
    private func reportingVerb(_ v: SentenceView, after i: Int) -> Int? {
        var k = i + 1
        while k < v.tokens.count, v.tokens[k].kind == .word, Self.fillers.contains(v.tokens[k].lower) || v.tokens[k].lower.hasSuffix("ly") && !v.lex.reportingVerbs.contains(v.tokens[k].lower) { k += 1 }
        return k < v.tokens.count && v.lex.reportingVerbs.contains(v.tokens[k].lower) ? k : nil
    }

    /// Function words that never modify a source noun.
    static let notModifiers: Set<String> = ["to", "according", "of", "for", "by", "with", "in", "on", "at", "from", "than", "and", "or"]
    static let postModifiers: Set<String> = ["from", "across", "of", "in", "among", "on", "with", "by", "over", "elsewhere", "up", "around", "throughout", "inside", "within"]
    /// The writer, opening a contact clause after a source: "experts we spoke to".
    static let writers: Set<String> = ["we", "i", "we've", "i've", "we’ve", "i’ve"]
    static func isParticiple(_ w: String) -> Bool {
        // "evidence gathered over decades", "dermatologists working in the tropics".
        w.utf8.count > 4 && (StructureCues.endsWith(w.utf8, "ed".utf8) || StructureCues.endsWith(w.utf8, "ing".utf8))
            && !["indeed", "need", "during", "including", "according", "regarding", "following", "nothing", "something", "everything"].contains(w)
            || ["seen", "given", "taken", "drawn", "written", "known"].contains(w)
    }

    /// "Magnesium is widely believed to…", "…are generally thought to…": hearsay with the source left out.
    private func passiveCue(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        var k = i + 1
        while k < t.count, t[k].kind == .word, t[k].lower.hasSuffix("ly") || t[k].lower == "well" { k += 1 }
        guard k + 1 < t.count, t[k + 1].lower == "to" || t[k + 1].lower == "as" else { return nil }
        let always: Set<String> = ["believed", "thought", "said", "claimed", "rumoured", "rumored", "reputed", "alleged"]
        let withAdverb: Set<String> = ["known", "recognised", "recognized", "accepted", "reported", "regarded", "considered"]
        guard always.contains(t[k].lower) || k > i + 1 && withAdverb.contains(t[k].lower) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: i...k)
    }

    static let its: Set<String> = ["it", "it's", "it’s"]

    /// "We now know that…", "we have long known that": knowledge held by no one named.
    private func collectiveKnowledge(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard ["now", "long", "all"].contains(v.lower(i + 1) ?? "") || v.lower(i + 1) == "have" && v.lower(i + 2) == "long",
              !v.context.isCourseProse,
              let kn = (i + 2..<min(t.count, i + 4)).first(where: { ["know", "known"].contains(t[$0].lower) }),
              v.lower(kn + 1) == "that" else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: i...kn)
    }

    /// "It is well known that…", "It has been shown that…".
    private func agentlessCue(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        var k = i + 1
        if t[i].lower == "it" {
            guard k < t.count, ["is", "was", "has", "had", "'s", "’s"].contains(t[k].lower) else { return nil }
            k += 1
        }
        while k < t.count, t[k].kind == .word, t[k].lower == "been" || Self.fillers.contains(t[k].lower) || t[k].lower.hasSuffix("ly") || t[k].lower == "well" { k += 1 }
        let timed = (i + 1..<k).contains { ["now", "widely", "increasingly", "generally"].contains(t[$0].lower) }
        guard k < t.count, Self.agentless.contains(t[k].lower) || timed && Self.agentlessWithTime.contains(t[k].lower) && v.lower(k + 1) == "that",
              !Self.reportedInUnits(v, after: k) else { return nil }
        return .init(reason: "attributes a claim to unnamed sources", span: i...k)
    }
}
