/// The words the claims rules look up, numbered once per checker. Each token is
/// hashed once, when its sentence is prepared; after that the phrase matchers
/// compare integers and the rules test class bits, instead of hashing the same
/// text again for every list (String hashing was the checker's largest cost).
struct Vocabulary: Sendable {
    /// A word's number; `unknown` for every word that no rule looks up.
    typealias WordID = Int32
    static let unknown: WordID = 0

    /// The classes of each word, indexed by its number.
    private(set) var classes: [WordClasses] = [[]]
    /// Word to number by open addressing over a byte hash, at most half full: every token of every sentence
    /// is looked up here, and Dictionary's SipHash made that lookup a tenth of the checker's time.
    private var slots = [Slot](repeating: Slot(), count: 1 << 10)

    private struct Slot {
        var hash: UInt64 = 0
        var word = ""
        var id = Vocabulary.unknown
    }

    var count: Int { classes.count }

    /// Numbers `word` if it is new, and adds it to `wordClasses`.
    @discardableResult
    mutating func add(_ word: String, as wordClasses: WordClasses = []) -> WordID {
        let hash = Self.hash(word)
        let at = slot(of: word, hash: hash)
        if slots[at].id != Self.unknown {
            classes[Int(slots[at].id)].formUnion(wordClasses)
            return slots[at].id
        }
        let id = WordID(classes.count)
        slots[at] = Slot(hash: hash, word: word, id: id)
        classes.append(wordClasses)
        if 2 * classes.count > slots.count { grow() }
        return id
    }

    mutating func add<Words: Sequence<String>>(_ words: Words, as wordClasses: WordClasses) {
        for w in words { add(w, as: wordClasses) }
    }

    func id(of word: String) -> WordID { slots[slot(of: word, hash: Self.hash(word))].id }

    /// The slot that holds `word`, or the empty slot where it would go.
    private func slot(of word: String, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].id != Self.unknown, slots[i].hash != hash || slots[i].word != word { i = (i + 1) & mask }
        return i
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: 2 * old.count)
        for s in old where s.id != Self.unknown { slots[slot(of: s.word, hash: s.hash)] = s }
    }

    /// FNV-1a over the UTF-8 bytes, then MurmurHash3's finaliser so the low bits that pick a slot are mixed.
    /// Over the buffer at once (`withUTF8Bytes`, a copy onto the stack for a short word): stepping String.UTF8View's
    /// iterator byte by byte cost several times the hashing, and this runs for every token.
    private static func hash(_ word: String) -> UInt64 {
        var h = word.withUTF8Bytes { $0.reduce(FNV1a.offset) { FNV1a.step($0, UInt64($1)) } }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return h
    }
}

/// Word lists that the rules probe for every token or number, as bits, so a
/// probe is a mask test. Lists probed only next to a cue stay sets of strings.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    /// `QuantityCues.numberWords`: "two", "dozen", "thousands".
    static let numberWord = WordClasses(rawValue: 1 << 0)
    /// `QuantityCues.fractions`: "half", "two-thirds", "majority".
    static let fraction = WordClasses(rawValue: 1 << 1)
    /// `WordingCues.ordinals`: "second", "first", "single".
    static let ordinal = WordClasses(rawValue: 1 << 2)
    /// `WordingCues.frequencyAdverbs`: "often", "rarely".
    static let frequencyAdverb = WordClasses(rawValue: 1 << 3)
    /// `SentenceContext.courseNouns`: "chapter", "quiz", "you".
    static let courseNoun = WordClasses(rawValue: 1 << 4)
    /// `SentenceContext.vignetteWords`: "she", "mr", "presents".
    static let vignetteWord = WordClasses(rawValue: 1 << 5)
    /// The lexicon's time units: "hours", "weeks".
    static let timeUnit = WordClasses(rawValue: 1 << 6)
    /// The lexicon's outcome verbs with their inflections: "reduces", "improved".
    static let outcomeVerb = WordClasses(rawValue: 1 << 7)
    /// The lexicon's unnamed sources: "studies", "experts".
    static let source = WordClasses(rawValue: 1 << 8)
    /// `VagueAttributionRule.passiveAuxiliaries`: "is", "were".
    static let passiveAuxiliary = WordClasses(rawValue: 1 << 16)
    /// Words that can open an absolute promise or a total victory (`HypeRule`): "every", "never",
    /// "eliminates", "perfect", "answer"; a sentence with none skips those checks.
    static let promiseCue = WordClasses(rawValue: 1 << 31)
    /// `QuantityCues.labels`: "chapter", "step", "type".
    static let label = WordClasses(rawValue: 1 << 17)
    /// `QuantityCues.months`: "march", "sept".
    static let month = WordClasses(rawValue: 1 << 18)
    /// `QuantityCues.people`: "patients", "adults".
    static let people = WordClasses(rawValue: 1 << 19)
    /// `QuantityCues.courseCounts`: "questions", "modules".
    static let courseCount = WordClasses(rawValue: 1 << 20)
    /// `QuantityCues.qualifiers`: "about", "nearly", "<".
    static let qualifier = WordClasses(rawValue: 1 << 21)
    /// The lexicon's dose units: "mg", "tablets".
    static let doseUnit = WordClasses(rawValue: 1 << 22)
    /// The lexicon's measurement units: "mmol/l", "points".
    static let measureUnit = WordClasses(rawValue: 1 << 23)

    /// The lexicon's clinical entities: "drug", "zinc", "patients".
    static let clinical = WordClasses(rawValue: 1 << 24)
    /// The lexicon's effect and outcome verbs with their inflections: "provokes", "crossed".
    static let effectVerb = WordClasses(rawValue: 1 << 25)
    /// The lexicon's instruction verbs: "give", "avoid".
    static let instructionVerb = WordClasses(rawValue: 1 << 26)
    /// The lexicon's frequency adjectives: "rare", "common".
    static let frequencyWord = WordClasses(rawValue: 1 << 27)
    static let opensAbsolute = WordClasses(rawValue: 1 << 28)
    /// `StructureCues.namedVerbs`: "reported", "advises", so a named source is looked for only before one.
    static let namedVerb = WordClasses(rawValue: 1 << 29)
    /// `StructureCues.clauseBreaks`: ",", "that", "because".
    static let clauseBreak = WordClasses(rawValue: 1 << 30)
    /// `WordingCues.comparatives`: "more", "safer".
    static let comparative = WordClasses(rawValue: 1 << 32)
    /// `StructureCues.accuracyWords`: "unreliable", "sensitive".
    static let accuracyWord = WordClasses(rawValue: 1 << 33)
    /// `StructureCues.routes` and `regimenWords`: "intravenously", "daily".
    static let regimenWord = WordClasses(rawValue: 1 << 34)
    /// `VagueAttributionRule.verdictNouns`: "consensus", "literature".
    static let verdictNoun = WordClasses(rawValue: 1 << 35)
    /// `SentenceContext.factiveVerbs`: "remember", "understand".
    static let factiveVerb = WordClasses(rawValue: 1 << 36)
    /// `StructureCues.readerModals`: "you'll".
    static let readerModal = WordClasses(rawValue: 1 << 37)
    /// Not a word list: set on a token whose ending names a drug or condition (`CompiledLexicon.hasClinicalEnding`).
    static let clinicalEnding = WordClasses(rawValue: 1 << 38)
    /// `StructureCues.hedgeOpeners`: "may", "can", "to" (in "tend to"), before a hedged claim.
    static let hedgeOpener = WordClasses(rawValue: 1 << 39)
    /// `StructureCues.comparedAdverbs`: "more", "longer", after what a group does.
    static let comparedAdverb = WordClasses(rawValue: 1 << 40)
    /// `StructureCues.needWords`: what a condition calls for ("needed", "advised").
    static let needWord = WordClasses(rawValue: 1 << 41)
    /// "within" and "in", before a timing in words ("within days", "in minutes").
    static let within = WordClasses(rawValue: 1 << 44)
    /// `StructureCues.firstPerson`: "my", "our", before a testimonial's symptom.
    static let firstPersonOwner = WordClasses(rawValue: 1 << 42)
    /// `VagueAttributionRule.everyMember`: "any", "every", "anyone", before a trade's shared knowledge.
    static let everyMember = WordClasses(rawValue: 1 << 43)
    /// `SentenceContext.advisingVerbs`: "advise", "reassure", before a that-clause handed on.
    static let advisingVerb = WordClasses(rawValue: 1 << 45)
    /// `HypeRule.healingVerbs`: "heals", "stops", "restores", whose universal object makes a promise.
    static let healingVerb = WordClasses(rawValue: 1 << 46)
    /// `StructureCues.inferenceVerbs`: "means", "rules", "points", reading a finding as a diagnosis.
    static let inferenceVerb = WordClasses(rawValue: 1 << 47)
    /// `StructureCues.productNouns`: "gel", "chews", "sleeve", the head of a product sold by its effect.
    static let productNoun = WordClasses(rawValue: 1 << 48)
    /// `VagueAttributionRule.sourceHeaps`: "body", "mountain", before "of studies".
    static let sourceHeap = WordClasses(rawValue: 1 << 49)
    /// `VagueAttributionRule.crowds`: "field" in "many in the field", "those" in "those who".
    static let unnamedCrowd = WordClasses(rawValue: 1 << 50)
    /// `StructureCues.riskNouns`: "risk", "chance", "odds", "rates", stated as a level.
    static let riskNoun = WordClasses(rawValue: 1 << 51)
    /// `QuantityCues.howManyWords`: "few", "lots", "plenty", how many in words.
    static let howManyWord = WordClasses(rawValue: 1 << 52)
    /// `SentenceContext.definitionCues`: "defined", "is", "works", where a definition's pattern can start.
    static let definitionCue = WordClasses(rawValue: 1 << 53)

    // First words of each phrase matcher's phrases, so a sentence without one skips the matcher.
    static let opensHype = WordClasses(rawValue: 1 << 9)
    static let opensAttribution = WordClasses(rawValue: 1 << 10)
    static let opensStudyNoun = WordClasses(rawValue: 1 << 11)
    static let opensComparison = WordClasses(rawValue: 1 << 12)
    static let opensSafety = WordClasses(rawValue: 1 << 13)
    static let opensAssociation = WordClasses(rawValue: 1 << 14)
    static let opensStatistic = WordClasses(rawValue: 1 << 15)
}
