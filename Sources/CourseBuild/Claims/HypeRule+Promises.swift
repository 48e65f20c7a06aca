/// Absolute promises by shape: everyone without exception, for good, never again, "ever".
extension HypeRule {
    static let quantifiers: Set<String> = ["every", "everyone", "everybody", "all", "anyone", "anybody"]
    static let curingVerbs: Set<String> = ["saves", "save", "saved", "cures", "cure", "cured", "heals", "heal", "fixes", "fix", "catches", "catch", "gives", "give", "makes", "make", "protects", "protect", "spares"]
    /// What "every" counts in a routine, not a promise: "every morning, every evening".
    static let routineWords: Set<String> = ["morning", "evening", "night", "day", "time", "hour", "week", "month", "year", "dose", "meal", "visit", "shift"]
    /// Everyone without exception as the beneficiary: "works for absolutely everyone", "restores vision to anyone".
    static let everyone: Set<String> = ["everyone", "everybody", "anyone", "anybody"]
    static let promiseOpeners: Set<String> =
        quantifiers.union(eradicationVerbs).union(obliterationVerbs).union(perfectWords).union(remedyNouns).union(["there", "you'll", "you’ll", "we'll", "will", "'ll", "never", "single", "zero", "goodbye", "world's", "world’s", "nobody", "whatever", "whoever", "key"])
    /// Completion or permanence: with a universal they promise an outcome without exception.
    static let totality: Set<String> = ["always", "forever", "entirely", "completely", "totally", "overnight", "permanently", "instantly"]
    static let easeWords: Set<String> = ["obvious", "easy", "effortless", "simple", "straightforward", "trivial", "painless"]

    /// What a reader is promised never to go through again: "Never feel tired again".
    static let sufferingVerbs: Set<String> = ["feel", "suffer", "worry", "struggle", "wake", "need", "lose", "crave", "go", "fear", "dread", "get", "catch", "have", "be"]

    /// "works in every child, every time", "every patient can come off insulin for good", "reverses the
    /// disease in everyone who…", "every diagnosis becomes obvious", "your patients will always…",
    /// "you will never … again".
    func universalPromise(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        var universal: Int?
        var effect = false
        for k in t.indices where t[k].kind == .word && !t[k].quoted {
            let w = t[k].lower
            if t[k].classes.contains(.effectVerb) { effect = true }
            // In course prose only a promise with "again" ("you will never get one wrong again").
            if w == "will" || w.hasSuffix("'ll") || w.hasSuffix("’ll"), let a = v.lower(k + 1), a == "always" || a == "never",
               k + 2 < t.count, t[k + 2].kind == .word, !["be", "have", "need"].contains(t[k + 2].lower) || a == "never",
               !v.context.isCourseProse || a == "never" && t[(k + 2)...].contains(where: { $0.lower == "again" }) {
                return .init(reason: "an absolute promise", span: k...(k + 1))
            }
            if w == "never", v.lower(k + 1) == "look" || v.lower(k + 1) == "looked", v.lower(k + 2) == "back" {
                return .init(reason: "an absolute promise", span: k...(k + 2))
            }
            // "nobody needs to fear a stroke again", "no one will go hungry again": an end for everyone.
            if w == "nobody" || w == "no" && v.lower(k + 1) == "one", t.last(where: { $0.kind == .word })?.lower == "again",
               t[k...].contains(where: { ["will", "'ll", "needs", "need", "has", "must", "should", "ever"].contains($0.lower) }) {
                return .init(reason: "an absolute promise", span: k...(w == "no" ? k + 1 : k))
            }
            // "Whatever your age, this plan works": a promise without exception.
            if w == "whatever" || w == "whoever", ["your", "you"].contains(v.lower(k + 1) ?? ""), !v.context.isCourseProse,
               t[k...].contains(where: { ["works", "work", "helps", "help", "will", "'ll"].contains($0.lower) || $0.classes.contains(.effectVerb) }) {
                return .init(reason: "an absolute promise", span: k...(k + 1))
            }
            // "for every body, every age, every condition": "every" said again, after a comma.
            if w == "every", k >= 3, t[k - 1].lower == ",", t[k - 3].lower == "every", !v.context.isCourseProse,
               !Self.routineWords.contains(v.lower(k + 1) ?? ""), !Self.routineWords.contains(t[k - 2].lower) {
                return .init(reason: "an absolute promise", span: k...min(t.count - 1, k + 1))
            }
            // "saves every septic patient", "gives every deaf child normal hearing": everyone, as the object of a cure.
            if w == "every", k >= 1, Self.curingVerbs.contains(t[k - 1].lower), !v.context.isCourseProse,
               v.has(.people, at: k + 1) || v.has(.people, at: k + 2) || StructureCues.isClinical(v, k + 1) || StructureCues.isClinical(v, k + 2)
                || ["patient", "child", "baby", "infant", "person", "death", "human", "woman", "man", "case"].contains(v.lower(k + 1) ?? "") || ["patient", "child", "baby", "infant", "person", "human"].contains(v.lower(k + 2) ?? "") {
                return .init(reason: "an absolute promise", span: (k - 1)...k)
            }
            // "catches every cancer", "prevents every migraine": an effect without exception.
            if w == "every", effect, !v.has([.ordinal, .numberWord], at: k + 1), v.tokens.indices.contains(k + 1), t[k + 1].kind != .number, StructureCues.isClinical(v, k + 1) || StructureCues.isClinical(v, k + 2),
               !v.context.isCourseProse, !t[..<k].contains(where: { StructureCues.hedges.contains($0.lower) }) {
                return .init(reason: "an absolute promise", span: k...(StructureCues.isClinical(v, k + 1) ? k + 1 : k + 2))
            }
            // "There is no medical problem that a good history cannot solve", "There is simply no skin our mask won't perfect".
            if k <= 3, w == "no", t[..<k].contains(where: { $0.lower == "there" }), !v.context.isCourseProse,
               !["evidence", "proof", "data", "reason", "need", "doubt", "way", "point", "sign", "suggestion", "indication", "study", "trial"].contains(v.lower(k + 1) ?? ""),
               t[(k + 1)...].contains(where: { ["cannot", "can't", "won't", "wont"].contains($0.lower) }) {
                return .init(reason: "an absolute promise", span: k...(k + 1 < t.count ? k + 1 : k))
            }
            // "Never feel tired again": an imperative promise that something ends for good.
            if w == "never", k == 0 || v.lower(k - 1) == ",", Self.sufferingVerbs.contains(v.lower(k + 1) ?? ""),
               t.last(where: { $0.kind == .word })?.lower == "again" {
                return .init(reason: "an absolute promise", span: k...(k + 1 < t.count ? k + 1 : k))
            }
            if let u = universal, !v.context.isCourseProse {
                let timeUniversal = (w == "every" || w == "each") && (v.lower(k + 1) == "time" || v.lower(k + 1) == "single")
                let forGood = w == "for" && v.lower(k + 1) == "good"
                if timeUniversal || forGood || Self.totality.contains(w) || (Self.easeWords.contains(w) || Self.perfectWords.contains(w)) && k > u + 1 {
                    return .init(reason: "an absolute promise", span: u...(forGood || timeUniversal ? k + 1 : k))
                }
                if effect, ["everyone", "everybody"].contains(t[u].lower) {
                    return .init(reason: "an absolute promise", span: u...u)
                }
            }
            if Self.quantifiers.contains(w), universal == nil, w != "all" || StructureCues.isClinical(v, k + 1) || v.has(.people, at: k + 1) {
                universal = k
                var p = k - 1
                if v.lower(p) == "absolutely" || v.lower(p) == "just" { p -= 1 }
                // Not a population ("raising doses in anyone who takes a PPI").
                if effect, Self.everyone.contains(w), let before = v.lower(p), ["in", "for", "to"].contains(before),
                   !["who", "with", "taking", "on", "whose"].contains(v.lower(k + 1) ?? "") {
                    return .init(reason: "an absolute promise", span: p...k)
                }
            }
        }
        return nil
    }

    /// "no patient will ever…", "the safest tablet ever made", "the only treatment you will ever need";
    /// not a history ("no trial has ever shown", "if you have ever…").
    func everPromise(_ v: SentenceView) -> SentenceView.Cue? {
        let t = v.tokens
        guard let e = t.firstIndex(where: { $0.lower == "ever" }), e > 0 else { return nil }
        if ["has", "have", "had", "if", "whether", "than", "hardly", "barely", "rarely"].contains(t[e - 1].lower) { return nil }
        var k = e - 1
        while k >= 0, k >= e - 10 {
            let w = t[k].lower
            if [";", ":", "."].contains(w) { return nil }
            // "not one of your residents will ever fall again".
            if Self.universals.contains(w) || w == "one" && v.lower(k - 1) == "not" || w.hasSuffix("est") && w.count > 5 && t[k].kind == .word {
                return .init(reason: "an absolute or superlative promise", span: k...e)
            }
            k -= 1
        }
        return nil
    }
}
