/// Sales copy names its product and says what it does to a body: "Our teething gel numbs sore gums",
/// "The knee sleeve takes pressure off the joint", "Each sachet replaces the fluid lost through
/// breastfeeding". The product is rarely a clinical word, so the subject is recognised by its
/// owner and its head noun, and the claim by a body, a symptom or an outcome in what follows.
extension StructureCues {
    static let productOwners: Set<String> = ["our", "this", "the", "each", "these", "my", "its", "their"]

    static let productNouns: Set<String> = [
        "gel", "gels", "spray", "sprays", "tablet", "tablets", "capsule", "capsules", "chew", "chews", "drink", "drinks",
        "mask", "sleeve", "tape", "ring", "sensor", "app", "drops", "cream", "creams", "serum", "supplement", "supplements",
        "formula", "blend", "gummies", "gummy", "powder", "tea", "coffee", "oil", "balm", "patch", "patches", "pillow",
        "device", "panel", "drip", "drips", "pellets", "sachet", "sachets", "lozenge", "lozenges", "shot", "shots",
        "shake", "shakes", "mattress", "lamp", "band", "tracker", "wearable", "kit", "plug-in", "collar", "insoles",
        "brace", "goggles", "lenses", "glasses", "toothpaste", "mouthwash", "shampoo", "lotion", "ointment", "probiotic",
        "probiotics", "multivitamin", "programme", "program", "plan", "protocol", "tincture", "elixir", "bar", "bars",
        "strip", "strips", "cap", "caps", "tonic", "juice", "cleanse", "detox", "oximeter", "monitor", "pen", "inhaler", "machine",
    ]

    /// What a product is, has or costs, rather than what it does.
    static let productFacts: Set<String> = [
        "contains", "contain", "comes", "come", "costs", "cost", "ships", "ship", "arrives", "arrive", "is", "are",
        "has", "have", "includes", "include", "tastes", "taste", "smells", "smell", "fits", "fit", "weighs", "weigh",
        "runs", "run", "charges", "charge", "connects", "connect", "syncs", "sync", "pairs", "pair", "folds", "fold",
        "looks", "look", "was", "were", "uses", "use", "lasts", "last", "sells", "sell", "holds", "hold", "needs", "need",
        // (the modals of `productModals` are stepped over before this list is read)
        "should", "must", "might", "would", "does", "do", "did", "and", "or", "by", "for",
        // what a device or a parcel does for its owner
        "sends", "send", "emails", "texts", "reminds", "remind", "logs", "log", "records", "record", "stores", "store",
        "delivers", "deliver", "dissolves", "dissolve", "sits", "sit",
    ]

    static let placeWords: Set<String> = ["around", "over", "onto", "under", "across", "through", "inside", "behind", "between", "along", "up", "down"]

    /// Parts of the body and everyday complaints, as sales copy names them ("sore gums", "the afternoon slump").
    static let bodyWords: Set<String> = [
        "gums", "teeth", "tooth", "mouth", "nose", "throat", "eyes", "eye", "ears", "ear", "scalp", "lips", "tongue",
        "jaw", "neck", "shoulders", "back", "spine", "hips", "hip", "knees", "knee", "ankles", "feet", "foot", "hands",
        "wrists", "fingers", "toes", "legs", "joint", "bone", "bowel", "bowels", "bladder", "blood", "veins", "belly",
        "tummy", "chest", "womb", "lines", "pores", "cellulite", "acne", "spots", "jitters", "slump", "crash", "bloating",
        "ache", "aches", "stiffness", "soreness", "itch", "itching", "snoring", "wind", "heartburn", "reflux",
        "constipation", "hangover", "puffiness", "redness", "dryness", "flare-ups", "body", "airways", "sinuses",
    ]

    /// Modals after a product: "Our aligners can close small gaps", "won't keep you awake".
    static let productModals: Set<String> = ["can", "will", "won't", "may", "could", "cannot", "can't"]

    /// Who sells or advises, rather than what is sold: "Our pharmacists check…", "Our team answers…".
    static let sellerNouns: Set<String> = [
        "team", "staff", "founder", "experts", "pharmacists", "nurses", "doctors", "clinicians", "coaches", "advisers",
        "advisors", "customers", "company", "shop", "store", "website", "service", "trainers", "tutors", "partners",
    ]

    /// "Our own-brand cough syrup loosens…", "Our pads lock away…": the head of a product phrase owned by
    /// "our", found by the verb that agrees with it, when the lexicon does not list the product.
    func ownedProductEffect(_ v: SentenceView, owner s: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard s == 0 || t[s - 1].kind == .punct || t[s - 1].classes.contains(.clauseBreak) else { return nil }
        var j = s + 2
        while j < min(t.count, s + 6), t[j].kind == .word, t[j - 1].kind == .word {
            let w = t[j].lower, head = t[j - 1].lower
            let agrees = Self.endsWith(w.utf8, "s".utf8) && !Self.endsWith(head.utf8, "s".utf8)
                || Self.endsWith(head.utf8, "s".utf8) && !Self.endsWith(w.utf8, "s".utf8) || Self.productModals.contains(w)
            // "Our continence pads are…": a word before a copula or a verb of having is the head, not a verb.
            let headAfter = j + 1 < t.count && (Self.copulas.contains(t[j + 1].lower) || Self.productFacts.contains(t[j + 1].lower))
            if agrees, !headAfter, !t[j - 1].classes.contains(.productNoun) {
                guard !v.has([.people, .courseNoun], at: j - 1), !Self.sellerNouns.contains(head) else { return nil }
                return productEffect(v, j - 1, bodyOnly: true)
            }
            j += 1
        }
        return nil
    }

    /// `bodyOnly`: a product the lexicon does not list must act on a body, a symptom or an outcome; a clinical
    /// word alone ("Our pharmacy fills prescriptions") is not enough.
    func productEffect(_ v: SentenceView, _ i: Int, bodyOnly: Bool = false) -> SentenceView.Cue? {
        let t = v.tokens
        // The head noun `i`, owned at the start of its clause: "Our teething gel", "The red-light face mask".
        let s = clauseStart(v, before: i)
        guard s < i, i - s <= 5, Self.productOwners.contains(t[s].lower), i + 1 < t.count else { return nil }
        var verb = i + 1
        while verb < t.count, t[verb].kind == .word, Self.endsWith(t[verb].lower.utf8, "ly".utf8), t[verb].lower.utf8.count > 4 { verb += 1 }
        // "can close", "won't keep": the verb after the modal, past "not".
        let modal = verb < t.count && Self.productModals.contains(t[verb].lower)
        if modal { verb += v.lower(verb + 1) == "not" ? 2 : 1 }
        guard verb < t.count, t[verb].kind == .word, !t[verb].quoted else { return nil }
        let w = t[verb].lower
        // A verb agrees with its head: "the gel numbs", "the chews take".
        let plural = Self.endsWith(t[i].lower.utf8, "s".utf8)
        guard !Self.productFacts.contains(w), !Self.prepositions.contains(w), t[verb].classes.isDisjoint(with: [.clauseBreak, .clinical]),
              modal || plural || Self.endsWith(w.utf8, "s".utf8), !Self.endsWith(w.utf8, "ed".utf8), !Self.endsWith(w.utf8, "ing".utf8) else { return nil }
        // "The brace wraps around the knee": where it sits, not what it does; "works for up to three days" is how long it acts.
        if let next = v.lower(verb + 1), Self.prepositions.contains(next) || Self.placeWords.contains(next) {
            guard w == "works" || w == "work", ["for", "within", "in"].contains(next), (verb + 2..<min(t.count, verb + 6)).contains(where: { v.has(.timeUnit, at: $0) }) else { return nil }
            return .init(reason: "states a timed effect", span: s...verb)
        }
        // What it does it does to a body: a clinical word, an outcome or a symptom in the rest of the clause.
        var k = verb + 1
        while k < t.count, k <= verb + 10, !(t[k].kind == .punct && [".", ";", ":"].contains(t[k].lower)) {
            if !bodyOnly && Self.isClinical(v, k) && !v.has(.people, at: k) || v.lex.outcomeNouns.contains(t[k].lower)
                || Self.bodyMeasures.contains(t[k].lower) || Self.bodyWords.contains(t[k].lower) || Self.symptomNouns.contains(t[k].lower) {
                return .init(reason: "asserts an effect", span: s...verb)
            }
            k += 1
        }
        return nil
    }
}
