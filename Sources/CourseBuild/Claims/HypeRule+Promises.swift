/// Absolute promises by shape: everyone without exception, for good, never again, "ever".
extension HypeRule {
    static let quantifiers: Set<String> = ["every", "everyone", "everybody", "all", "anyone", "anybody"]
    /// Everyone without exception as the beneficiary: "works for absolutely everyone", "restores vision to anyone".
    static let everyone: Set<String> = ["everyone", "everybody", "anyone", "anybody"]
    static let promiseOpeners: Set<String> =
        quantifiers.union(eradicationVerbs).union(obliterationVerbs).union(perfectWords).union(remedyNouns).union(["there", "will", "you'll", "you’ll", "we'll", "we’ll", "it'll", "it’ll", "they'll", "they’ll", "never", "single",
                "zero", "goodbye", "world's", "world’s", "nobody", "nothing", "whatever", "whoever", "key", "obsolete"])
    /// Completion or permanence: with a universal they promise an outcome without exception.
    static let totality: Set<String> = ["always", "forever", "entirely", "completely", "totally", "overnight", "permanently", "instantly", "everywhere", "wherever"]
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
            if t[k].classes.contains(.effectVerb) { effect = true }
            // Only promise words open a promise, and once one has, the words that complete it ("for good", "always").
            guard universal != nil || t[k].classes.contains(.promiseCue) || t[k].lower == "no" else { continue }
            let w = t[k].lower
            // In course prose only a promise with "again" ("you will never get one wrong again").
            if Self.isWill(t[k]), let a = v.lower(k + 1), a == "always" || a == "never",
               k + 2 < t.count, t[k + 2].kind == .word, !["be", "have", "need"].contains(t[k + 2].lower) || a == "never",
               !v.context.isCourseProse || a == "never" && t[(k + 2)...].contains(where: { $0.lower == "again" }) {
                return .init(reason: "an absolute promise", span: k...(k + 1))
            }
            if w == "never", v.lower(k + 1) == "look" || v.lower(k + 1) == "looked", v.lower(k + 2) == "back" {
                return .init(reason: "an absolute promise", span: k...(k + 2))
            }
            if let cue = noOneAgain(v, k) ?? whateverYour(v, k) ?? everySaidAgain(v, k) ?? everyCase(v, k, afterEffect: effect)
                ?? doubleNegation(v, k) { return cue }
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
            // "Not everyone with diabetes needs…", "not all patients respond": a universal denied is no promise.
            if Self.quantifiers.contains(w), universal == nil, v.lower(k - 1) != "not",
               w != "all" || StructureCues.isClinical(v, k + 1) || v.has(.people, at: k + 1) {
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
