/// Numbers that make a sentence checkable: percentages, proportions in words,
/// doses and measured values, counts of people, effect sizes, dated findings.
/// Numbers that only label something (chapter 3, step 2, type 2 diabetes, all
/// 12 objectives, 14 March 2025) are not claims.
struct QuantityCues {
    static let numberWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
        "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "dozen",
        "hundreds", "thousands", "millions", "dozens",
    ]
    static let fractions: Set<String> = [
        "half", "halves", "halved", "halve", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
        "one-third", "two-thirds", "one-quarter", "three-quarters", "one-half", "tenth", "majority", "minority",
    ]
    static let qualifiers: Set<String> = [
        "about", "around", "roughly", "approximately", "approx", "nearly", "almost",
        "under", "below", "above", "exceeding", "beyond", "estimated", "~", "≈", "<", ">", "≤", "≥",
        "some", "only", "just", "over", "ca", "=",
    ]
    /// Words before a number that make it a label, not a quantity.
    static let labels: Set<String> = [
        "chapter", "module", "lesson", "step", "table", "figure", "fig", "page", "pages", "p", "pp", "section",
        "part", "unit", "question", "objective", "item", "exercise", "appendix", "box", "equation", "slide",
        "activity", "session", "type", "grade", "stage", "class", "phase", "level", "version", "number", "no",
        "week", "day", "case", "patient", "vol", "issue", "tier", "category", "schedule", "line", "round",
        "visit", "wave", "cycle", "room", "bed", "ward", "covid", "tables", "figures", "chapters", "steps", "station", "bay",
        "episode", "series", "season",
    ]
    /// Things a course counts (5 questions, 12 chapters, 3 case studies).
    static let courseCounts: Set<String> = [
        "chapter", "chapters", "question", "questions", "objective", "objectives", "module", "modules", "lesson",
        "lessons", "page", "pages", "step", "steps", "exercise", "exercises", "section", "sections", "quiz",
        "quizzes", "item", "items", "task", "tasks", "slide", "slides", "activities", "units", "parts",
        "case", "cases", "videos", "readings", "marks", "credits", "places", "seats", "spots", "spaces",
    ]
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// "a few", "lots of", "plenty of": how many, in words.
    static let howManyWords: Set<String> = ["few", "lots", "plenty"]
    static let people: Set<String> = [
        "women", "men", "patients", "participants", "adults", "people", "children", "subjects", "volunteers",
        "individuals", "residents", "deaths", "countries", "centres", "centers", "hospitals", "infants",
        "adolescents", "pregnancies", "births", "mothers", "users", "cases", "admissions", "responders",
        "americans", "inpatients", "outpatients", "veterans", "athletes", "students", "elderly", "persons",
        "customers", "clients", "buyers", "members", "reviewers",
        "kids", "teenagers", "teens", "babies", "toddlers", "newborns", "pupils", "smokers", "drinkers", "runners",
        "travellers", "travelers", "passengers", "donors", "recipients", "commuters", "lives",
        "workers", "employees", "survivors", "carers", "seniors", "girls", "boys", "victims", "casualties", "sufferers",
    ]
    /// One person, as a recommendation's or a cure's object names them ("every newborn", "every septic patient").
    static let persons: Set<String> = ["patient", "child", "baby", "infant", "person", "human", "woman", "man", "newborn", "adult", "toddler"]
    static let findingVerbs: Set<String> = [
        "found", "reported", "showed", "shown", "described", "warned", "concluded", "demonstrated", "discovered",
        "published", "approved", "observed", "identified", "recommended", "noted", "established", "confirmed",
        "suggested", "revealed", "enrolled", "randomised", "randomized", "recruited", "followed", "measured",
    ]

    func cues(in v: SentenceView) -> [SentenceView.Cue] {
        let c = v.context
        if c.isQuestion || c.isCourseProse || c.isConversion { return [] }
        let t = v.tokens
        var out: [SentenceView.Cue] = []
        var i = 0
        while i < t.count {
            if let cue = fractionCue(v, at: i) { out.append(cue); i = cue.span.upperBound + 1; continue }
            if let cue = numberCue(v, at: i) { out.append(cue); i = cue.span.upperBound + 1; continue }
            i += 1
        }
        if c.isCaseNarrative && c.imperativeVerb == nil { return [] }   // one patient's own medicines and values
        // A learner's task ("Work out how many milligrams…") counts nothing, unless it doses.
        if let verb = c.imperativeVerb, SentenceContext.learnerVerbs.contains(t[verb].lower),
           !SentenceContext.clinicalVerbs.contains(t[verb].lower) {
            // …but what it points at may report one ("Learn the protocol that lowered scores by 44%").
            return out.filter { $0.reason == "states a percentage" }
        }
        if c.imperativeVerb != nil || c.isVignette {
            // Instructions and one patient's values only count for what they say about dosing.
            out = out.filter { $0.reason == "gives a dose" }
        }
        return out
    }

    private func isNumeral(_ v: SentenceView, _ i: Int) -> Bool {
        guard i >= 0, i < v.tokens.count else { return false }
        return v.tokens[i].kind == .number || v.tokens[i].classes.contains(.numberWord)
    }

    /// "nearly half", "two thirds", "one in three", "the majority of".
    private func fractionCue(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard t[i].kind == .word else { return nil }
        let w = t[i].lower
        if t[i].classes.contains(.fraction) {
            if (w == "third" || w == "fifth" || w == "tenth" || w == "quarter"),
               !(isNumeral(v, i - 1) || v.lower(i - 1) == "a" || v.lower(i + 1) == "of") { return nil }
            if let next = v.lower(i + 1), v.has(.timeUnit, at: i + 1) || next == "an" || next == "a" && v.has(.timeUnit, at: i + 2) { return nil }
            // "a third factor": an ordinal before a noun, not a fraction.
            if w != "half", v.lower(i - 1) == "a", i + 1 < t.count, t[i + 1].kind == .word,
               !Self.afterFraction.contains(t[i + 1].lower) { return nil }
            let s = qualifiedStart(v, i - (isNumeral(v, i - 1) || v.lower(i - 1) == "a" ? 1 : 0))
            return .init(reason: "states a proportion", span: s...i)
        }
        if isNumeral(v, i), v.lower(i + 1) == "in", isNumeral(v, i + 2) {
            return .init(reason: "states a proportion", span: qualifiedStart(v, i)...(i + 2))
        }
        // "one woman in seven", "one adult in three".
        if isNumeral(v, i), v.has(.people, at: i + 1) || Self.persons.contains(v.lower(i + 1) ?? ""), v.lower(i + 2) == "in" {
            let n = v.lower(i + 3) == "every" ? i + 4 : i + 3
            if isNumeral(v, n), (t[n].value ?? 0) < 1000 { return .init(reason: "states a proportion", span: qualifiedStart(v, i)...n) }
        }
        // "A few women notice spotting", "Lots of people feel achy": how many, in words.
        if t[i].classes.contains(.howManyWord), w == "few" && v.lower(i - 1) == "a" || w != "few" && v.lower(i + 1) == "of",
           !v.has(.timeUnit, at: i + 1), v.has(.people, at: i + 1) || v.has(.people, at: i + 2),
           (i + 2..<t.count).contains(where: { StructureCues.isClinical(v, $0) && !v.has(.people, at: $0) || v.lex.outcomeNouns.contains(t[$0].lower) || StructureCues.bodyWords.contains(t[$0].lower) }) {
            return .init(reason: "states a proportion", span: (w == "few" ? i - 1 : i)...(i + (v.has(.people, at: i + 1) ? 1 : 2)))
        }
        // "most patients", "most eligible patients", "most older adults".
        if w == "most", v.has(.people, at: i + 1) || i + 2 < t.count && t[i + 1].kind == .word && v.has(.people, at: i + 2) {
            return .init(reason: "states a proportion", span: i...(v.has(.people, at: i + 1) ? i + 1 : i + 2))
        }
        if w == "percent" || w == "per" && v.lower(i + 1) == "cent" {
            // "fifteen percent off": a discount.
            if v.lower(w == "per" ? i + 2 : i + 1) == "off" { return nil }
            let s = isNumeral(v, i - 1) ? qualifiedStart(v, i - 1) : i
            return .init(reason: "states a percentage", span: s...(w == "per" ? i + 1 : i))
        }
        return nil
    }

    /// Words that may follow a fraction ("a third of", "by a third in"); any other word makes it an ordinal.
    static let afterFraction: Set<String> = [
        "of", "in", "at", "by", "from", "to", "with", "and", "or", "but", "than", "less", "more", "fewer", "lower",
        "higher", "over", "after", "within", "among", "across", "for", "when", "while",
    ]

    static let pairQualifiers: Set<String> = [
        "up to", "more than", "less than", "fewer than", "at least", "at most", "as many", "as few", "an estimated",
        "no more", "greater than", "higher than", "lower than", "as much", "well over", "just over", "just under",
    ]

    /// Extends a span left over "about", "up to", "more than", "an estimated".
    private func qualifiedStart(_ v: SentenceView, _ i: Int) -> Int {
        if i >= 2, let a = v.lower(i - 2), let b = v.lower(i - 1), Self.pairQualifiers.contains(a + " " + b) { return i - 2 }
        if i >= 1, v.has(.qualifier, at: i - 1) { return i - 1 }
        return i
    }

    private func numberCue(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard isNumeral(v, i) else { return nil }
        let digits = t[i].kind == .number
        if v.has([.label, .month], at: i - 1) || v.has(.month, at: i + 1) { return nil }
        // A price: "£4.99 a month", "$30".
        if let p = v.lower(i - 1), p == "£" || p == "$" || p == "€" { return nil }
        // A code on a tablet: "marked AT 10", "imprinted GX 25"; not a score ("NEWS 5 or more").
        if i >= 2, Self.markingVerbs.contains(t[i - 2].lower) || i >= 3 && Self.markingVerbs.contains(t[i - 3].lower),
           t[i - 1].kind == .word, t[i - 1].isCapitalised { return nil }
        // The end of a labelled range: "Tables 12.1 to 12.4", "steps 2–5".
        if i >= 3, ["to", "–", "-", "and"].contains(v.lower(i - 1) ?? ""), isNumeral(v, i - 2), v.has(.label, at: i - 3) { return nil }
        // An age that only says who ("adults under 65", "children aged 9 to 13") is not the claim.
        let start = qualifiedStart(v, i)
        if let before = v.lower(start - 1), before == "aged" || before == "age" || before == "ages" || start < i && v.has(.people, at: start - 1) { return nil }
        if courseCount(v, i) || isClockTime(v, i) || readOffALabel(v, i) || packCount(v, i) { return nil }
        if digits, t[i].lower.count == 4, let value = t[i].value, value >= 1800, value <= 2099 { return yearCue(v, at: i) }
        // A range "7–11", "0.70 to 1.05", "9 to 13".
        var e = i
        if let sep = v.lower(i + 1), ["–", "-", "to", "and"].contains(sep), isNumeral(v, i + 2) { e = i + 2 }
        // "about 30", or a threshold after the number: "5 or more", "65 or over".
        let qualified = start < i || v.lower(e + 1) == "or" && Self.thresholdWords.contains(v.lower(e + 2) ?? "")
        let approximate = qualified && v.tokens[start].lower != "over"
        guard let unit = v.lower(e + 1) else { return digits && qualified ? .init(reason: "states a quantity", span: start...e) : nil }
        if ["pm", "am", "p.m", "a.m", "gmt", "bst", "utc"].contains(unit) { return nil }   // a time of day
        if ["a", "p"].contains(unit), v.lower(e + 2) == ".", v.lower(e + 3) == "m" { return nil }   // "10.40 a.m."
        // "three times as likely", "2.5 times more common": a ratio.
        if unit == "times", let next = v.lower(e + 2), ["as", "more", "less", "higher", "lower", "greater", "the"].contains(next) {
            return .init(reason: "reports a statistic", span: start...(e + 2))
        }
        // "20% off your first box": a discount.
        if unit == "%", v.lower(e + 2) == "off" { return nil }
        if unit == "%" { return .init(reason: "states a percentage", span: start...(e + 1)) }
        // "price per 100 mg": a unit of comparison, not a dose.
        if v.lower(start - 1) == "per", v.has(.doseUnit, at: e + 1) { return nil }
        if v.has([.doseUnit, .measureUnit], at: e + 1) || unit.hasPrefix("-fold") {
            var u = e + 1
            if v.lower(u + 1) == "/", u + 2 < t.count { u += 2 }
            // A size or a weight of a thing ("The panel is 60 cm tall") says something only in a clinical sentence.
            if u == e + 1, !qualified || v.lower(start) == "up", Self.everydayUnits.contains(unit), v.wordClasses.isDisjoint(with: [.clinical, .clinicalEnding, .people]) { return nil }
            if u > e + 1 || v.has(.measureUnit, at: e + 1) { return .init(reason: "states a value", span: start...u) }
            return .init(reason: "gives a dose", span: start...u)
        }
        if v.has(.timeUnit, at: e + 1) {
            let before = v.lower(start - 1)
            let after = v.lower(e + 2)
            // "within 2 weeks", "2 hours apart", "take two to four weeks to work".
            // "take two to four weeks to work", "recovery can take two to three years".
            let takes = ["take", "takes", "took", "taking"].contains(before ?? "")
                && (after == "to" || StructureCues.hedges.contains(v.lower(start - 2) ?? ""))
                && !v.wordClasses.isDisjoint(with: [.clinical, .clinicalEnding])   // not "It takes two weeks to mark the essays"
            let clinical = !v.wordClasses.isDisjoint(with: [.clinical, .clinicalEnding, .people])
            // "Returns are accepted within 30 days" counts days for a shop, not for a body.
            if (before == "by" || before == "within") && (clinical || v.wordClasses.contains(.effectVerb))
                || ["before", "after", "apart", "earlier", "later"].contains(after ?? "") || approximate && clinical || takes {
                return .init(reason: "states a timed effect", span: (before == "by" || before == "within" ? start - 1 : start)...(e + 1))
            }
            return nil
        }
        // "2,000 women", "thousands of patients", "thousands of our customers".
        if v.has(.people, at: e + 1) || v.has(.people, at: e + 2) || v.lower(e + 1) == "of" && v.has(.people, at: e + 3) {
            return .init(reason: "states a count", span: start...e)
        }
        // A bare count of things ("Ward 7 has 28 beds", "Each pouch holds 30 sachets") is a claim only in a
        // sentence about something clinical.
        if digits, qualified || !v.wordClasses.isDisjoint(with: [.clinical, .clinicalEnding]) {
            return .init(reason: "states a quantity", span: start...e)
        }
        return nil
    }

    static let containers: Set<String> = ["pack", "packs", "box", "boxes", "bottle", "bottles", "tub", "tubs", "jar", "jars", "pouch", "pouches", "packet", "packets", "tin", "tins", "carton", "blister"]

    /// "Each pack holds 30 capsules", "The drops come in a 10 ml bottle": what a container holds, or its size, not a dose.
    private func packCount(_ v: SentenceView, _ i: Int) -> Bool {
        if i >= 2, ["holds", "contains", "has"].contains(v.lower(i - 1) ?? ""), Self.containers.contains(v.lower(i - 2) ?? "") { return true }
        return Self.containers.contains(v.lower(i + 2) ?? "") && v.lower(i - 1) == "a"
    }

    static let thresholdWords: Set<String> = ["more", "less", "over", "above", "higher", "lower", "fewer", "greater", "under", "below"]
    static let markingVerbs: Set<String> = ["marked", "imprinted", "engraved", "printed", "stamped", "embossed", "debossed"]
    /// Units of size and weight that, without a clinical word, measure a thing, not a body.
    static let everydayUnits: Set<String> = ["cm", "mm", "kg", "g"]

    static let labelVerbs: Set<String> = ["reads", "read", "says", "said", "states", "labelled", "labeled", "marked", "printed", "stamped"]

    /// A number quoted off a pack or a screen: `the front label reads "Magnesium glycinate 1,000 mg"`.
    private func readOffALabel(_ v: SentenceView, _ i: Int) -> Bool {
        guard v.tokens[i].quoted else { return false }
        // Back to the quotation's start (its opening mark is quoted too), past a ":" or "," before it.
        var k = i
        while k > 0, v.tokens[k - 1].quoted { k -= 1 }
        if k > 0, [":", ","].contains(v.tokens[k - 1].lower) { k -= 1 }
        return (max(0, k - 2)..<k).contains { Self.labelVerbs.contains(v.tokens[$0].lower) }
    }

    /// "12:00", "10:30–11:00": either half of a time of day.
    private func isClockTime(_ v: SentenceView, _ i: Int) -> Bool {
        let t = v.tokens
        func digitsAt(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].kind == .number }
        return v.lower(i + 1) == ":" && digitsAt(i + 2) || v.lower(i - 1) == ":" && digitsAt(i - 2)
    }

    /// "12 chapters", "40 self-assessment questions", "3 case studies": counting the course.
    private func courseCount(_ v: SentenceView, _ i: Int) -> Bool {
        for k in 1...3 {
            guard let w = v.lower(i + k) else { return false }
            if v.tokens[i + k].classes.contains(.courseCount) {
                if w == "case" || w == "cases" { return ["studies", "study", "vignettes", "discussions"].contains(v.lower(i + k + 1) ?? "") }
                return true
            }
            if w == "or" || w == "and" { return false }   // "2 or more places the patient at risk"
            if v.tokens[i + k].kind != .word { return false }
        }
        return false
    }

    /// A year dates a finding only alongside a study or a finding verb ("since 2011 the FDA has warned").
    private func yearCue(_ v: SentenceView, at i: Int) -> SentenceView.Cue? {
        // "replaces the 2015 version": a document's edition, not a finding's date.
        if let next = v.lower(i + 1), ["version", "edition", "update", "revision", "guideline", "guidance"].contains(next) { return nil }
        let hasFinding = v.tokens.contains { Self.findingVerbs.contains($0.lower) } || !v.lex.studyNouns.matches(in: v).isEmpty
        guard hasFinding, !v.tokens.contains(where: { $0.lower == "will" }) else { return nil }   // a plan, not a finding
        let s = ["in", "since", "by", "from", "until", "before", "after"].contains(v.lower(i - 1) ?? "") ? i - 1 : i
        return .init(reason: "reports a dated finding", span: s...i)
    }
}
