/// A `ClaimsLexicon` turned into lookups once, when the checker is made: every
/// entry word is expanded to its inflections ("reduce" → reduces, reduced,
/// reducing) and numbered in the vocabulary, so matching a sentence costs one
/// dictionary probe per token and no per-sentence regex or string surgery.
/// A class: every `SentenceView` holds it, and as a struct its twenty-odd sets,
/// matchers and tables were each retained and released with every view.
final class CompiledLexicon: Sendable {
    let vocabulary: Vocabulary
    let hype: PhraseMatcher
    let attribution: PhraseMatcher
    let reportingVerbs: Set<String>
    let studyNouns: PhraseMatcher
    let outcomeNouns: Set<String>
    let comparisons: PhraseMatcher
    let safety: PhraseMatcher
    let associations: PhraseMatcher
    let doseVerbs: Set<String>
    let doseWords: Set<String>
    let statistics: PhraseMatcher
    let absolutes: PhraseMatcher
    /// Clinical word endings as bytes, keyed by their last two bytes, so a word is tested against a handful.
    let clinicalSuffixes: [UInt16: [[UInt8]]]
    /// One bit per two-byte key of `clinicalSuffixes`: most words end in a pair no ending has, and testing a bit
    /// spares them the Dictionary's hashing (which was most of `hasClinicalEnding`, run for every word).
    private let clinicalSuffixKeys: [UInt64]
    let frequencyWords: Set<String>

    init(_ l: ClaimsLexicon) {
        var v = Vocabulary()
        let classes: [(words: [String], as: WordClasses)] = [
            (Array(QuantityCues.numberWords), .numberWord), (Array(QuantityCues.fractions), .fraction),
            (Array(WordingCues.ordinals), .ordinal), (Array(WordingCues.frequencyAdverbs), .frequencyAdverb),
            (Array(SentenceContext.courseNouns), .courseNoun), (Array(SentenceContext.vignetteWords), .vignetteWord),
            (l.timeUnits, .timeUnit), (Array(Self.inflected(l.outcomeVerbs)), .outcomeVerb), (l.attributionSources, .source),
            (Array(VagueAttributionRule.passiveAuxiliaries), .passiveAuxiliary), (Array(QuantityCues.labels), .label),
            (Array(QuantityCues.months), .month), (Array(QuantityCues.people), .people),
            (Array(QuantityCues.courseCounts), .courseCount), (Array(QuantityCues.qualifiers), .qualifier),
            (l.doseUnits, .doseUnit), (l.measureUnits, .measureUnit),
            (Self.withPlurals(l.clinicalEntities + ClinicalWords.words), .clinical), (Array(Self.inflected(l.effectVerbs + l.outcomeVerbs)), .effectVerb),
            (l.instructionVerbs, .instructionVerb), (l.frequencyWords, .frequencyWord),
            (Array(StructureCues.namedVerbs), .namedVerb), (Array(StructureCues.clauseBreaks), .clauseBreak),
            (Array(HypeRule.promiseOpeners), .promiseCue),
            (Array(WordingCues.comparatives), .comparative), (Array(StructureCues.accuracyWords), .accuracyWord),
            (Array(StructureCues.routes.union(StructureCues.regimenWords)), .regimenWord),
            (Array(VagueAttributionRule.verdictNouns), .verdictNoun), (Array(SentenceContext.factiveVerbs), .factiveVerb),
            (Array(StructureCues.readerModals), .readerModal),
            (Array(StructureCues.hedgeOpeners), .hedgeOpener), (Array(StructureCues.comparedAdverbs), .comparedAdverb),
            (Array(StructureCues.needWords), .needWord), (["within", "in"], .within), (Array(StructureCues.firstPerson), .firstPersonOwner),
            (Array(VagueAttributionRule.everyMember), .everyMember), (Array(SentenceContext.advisingVerbs), .advisingVerb),
            (Array(HypeRule.healingVerbs), .healingVerb), (Array(StructureCues.inferenceVerbs), .inferenceVerb),
            (Array(StructureCues.productNouns), .productNoun),
            (Array(VagueAttributionRule.sourceHeaps), .sourceHeap), (Array(VagueAttributionRule.crowds), .unnamedCrowd),
            (Array(StructureCues.riskNouns), .riskNoun), (Array(QuantityCues.howManyWords), .howManyWord),
            (Array(SentenceContext.definitionCues), .definitionCue),
        ]
        for (words, wordClass) in classes { v.add(words, as: wordClass) }
        hype = PhraseMatcher(l.hype, opener: .opensHype, numberingIn: &v)
        attribution = PhraseMatcher(l.attribution, opener: .opensAttribution, numberingIn: &v)
        studyNouns = PhraseMatcher(l.studyNouns, opener: .opensStudyNoun, numberingIn: &v)
        comparisons = PhraseMatcher(l.comparisons, opener: .opensComparison, numberingIn: &v)
        safety = PhraseMatcher(l.safety, opener: .opensSafety, numberingIn: &v)
        associations = PhraseMatcher(l.associations, opener: .opensAssociation, numberingIn: &v)
        statistics = PhraseMatcher(l.statistics, opener: .opensStatistic, numberingIn: &v)
        absolutes = PhraseMatcher(l.absolutes, opener: .opensAbsolute, numberingIn: &v)
        var bySuffix: [UInt16: [[UInt8]]] = [:]
        for s in l.clinicalSuffixes {
            let b = Array(s.utf8)
            guard b.count >= 2 else { continue }
            bySuffix[UInt16(b[b.count - 2]) << 8 | UInt16(b[b.count - 1]), default: []].append(b)
        }
        clinicalSuffixes = bySuffix
        var keys = [UInt64](repeating: 0, count: (1 << 16) / 64)
        for key in bySuffix.keys { keys[Int(key) >> 6] |= 1 << (key & 63) }
        clinicalSuffixKeys = keys
        frequencyWords = Set(l.frequencyWords)
        vocabulary = v
        reportingVerbs = Self.inflected(l.reportingVerbs)
        outcomeNouns = Set(l.outcomeNouns.compactMap { $0.split(separator: " ").last.map(String.init) })
        doseVerbs = Set(l.doseVerbs)
        doseWords = Set(l.doseWords)
    }

    /// Each noun and its regular plural ("migraine", "migraines", "neuropathy", "neuropathies"); words
    /// ending in s, x, z or a sibilant are left as they are (their plurals are irregular or already listed).
    static func withPlurals(_ nouns: [String]) -> [String] {
        nouns.flatMap { w -> [String] in
            guard w.count > 3, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }),
                  !["s", "x", "z"].contains(w.last ?? "s"), !w.hasSuffix("sh"), !w.hasSuffix("ch") else { return [w] }
            if w.hasSuffix("y") { return "aeiou".contains(w.dropLast().last ?? "a") ? [w, w + "s"] : [w, String(w.dropLast()) + "ies"] }
            return [w, w + "s"]
        }
    }

    static func inflected(_ words: [String]) -> Set<String> {
        var s = Set<String>()
        for w in words { s.formUnion(forms(of: w)) }
        return s
    }

    /// Regular inflections of a base word; irregular ones are listed in the lexicon.
    static func forms(of w: String) -> [String] {
        guard w.count > 2, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return [w] }
        var out = [w, w + "s", w + "es", w + "ed", w + "ing", w + "d"]
        if w.hasSuffix("e") { out += [String(w.dropLast()) + "ing"] }
        if w.hasSuffix("y") { out += [String(w.dropLast()) + "ies", String(w.dropLast()) + "ied"] }
        if w.hasSuffix("sis") { out += [String(w.dropLast(3)) + "ses"] }
        if let last = w.last, "tpgnm".contains(last), w.count <= 4 { out += [w + String(last) + "ed", w + String(last) + "ing"] }
        return out
    }
}

/// Finds lexicon phrases in a sentence. Each phrase word matches its
/// inflections; `*` matches any one word. Words are compared by their number
/// in the vocabulary, and the words that open a phrase carry the matcher's
/// `opener` class.
///
/// The phrases are stored flat, as ranges into three arrays, so trying the phrases
/// a token opens reads a few adjacent runs of integers: as nested arrays each phrase
/// and each of its words was a separate heap block to fetch, and the matchers were
/// the largest single cost of the claims stage.
final class PhraseMatcher: Sendable {
    /// The phrases a word can open, indexed by the word's number, as a range of `phrases`.
    private let byFirst: [Range<Int32>]
    /// Each phrase as the range of `words` that holds its words after the first.
    private let phrases: [Range<Int32>]
    /// Each of those words: the numbers it may take; none for `*`.
    private let words: [Word]
    private let forms: [Vocabulary.WordID]

    private struct Word {
        /// Where its numbers are in `forms`.
        var forms: Range<Int32>
        /// Bit `n % 64` set for each of its numbers `n`: most tokens fail this one test instead of a scan
        /// of the word's inflections, which was most of the matchers' time.
        var sieve: UInt64

        init(_ forms: Range<Int32>, numbers: [Vocabulary.WordID]) {
            self.forms = forms
            sieve = numbers.reduce(0) { $0 | Self.bit($1) }
        }

        static func bit(_ n: Vocabulary.WordID) -> UInt64 { 1 << UInt64(n & 63) }
    }
    private let opener: WordClasses

    init(_ phrases: [String], opener: WordClasses, numberingIn vocabulary: inout Vocabulary) {
        self.opener = opener
        // Each phrase's words as the numbers each may take, gathered by the numbers of its first word.
        var opening: [[[[Vocabulary.WordID]]]] = []
        for p in phrases {
            let words = ClaimTokenizer.words(of: p)
            guard let first = words.first, first != "*" else { continue }
            let compiled = words.enumerated().map { k, word in
                word == "*" ? [] : Set(CompiledLexicon.forms(of: word)).map { vocabulary.add($0, as: k == 0 ? opener : []) }
            }
            opening += Array(repeating: [], count: max(0, vocabulary.count - opening.count))
            for f in compiled[0] { opening[Int(f)].append(Array(compiled.dropFirst())) }
        }
        var byFirst: [Range<Int32>] = [], flatPhrases: [Range<Int32>] = [], words: [Word] = [], forms: [Vocabulary.WordID] = []
        for opened in opening {
            let start = flatPhrases.count
            for rest in opened {
                let firstWord = words.count
                for allowed in rest {
                    words.append(Word(Int32(forms.count)..<Int32(forms.count + allowed.count), numbers: allowed))
                    forms += allowed
                }
                flatPhrases.append(Int32(firstWord)..<Int32(words.count))
            }
            byFirst.append(Int32(start)..<Int32(flatPhrases.count))
        }
        self.byFirst = byFirst
        self.phrases = flatPhrases
        self.words = words
        self.forms = forms
    }

    /// The longest phrase starting at token `i`, as the index of its last token.
    private func match(_ tokens: [ClaimToken], at i: Int) -> Int? {
        guard tokens[i].classes.contains(opener) else { return nil }
        var best: Int?
        for p in byFirst[Int(tokens[i].word)] {
            let phrase = phrases[Int(p)]
            guard i + phrase.count < tokens.count else { continue }
            // Word k of the phrase (after the first) against token i + 1 + k.
            let fits = phrase.enumerated().allSatisfy { k, w in
                let word = words[Int(w)], token = tokens[i + 1 + k].word
                guard !word.forms.isEmpty else { return true }
                return word.sieve & Word.bit(token) != 0 && forms[Int(word.forms.lowerBound)..<Int(word.forms.upperBound)].contains(token)
            }
            if fits, best.map({ i + phrase.count > $0 }) ?? true { best = i + phrase.count }
        }
        return best
    }

    /// Every match in the sentence's tokens, left to right, not overlapping.
    func matches(in v: SentenceView) -> [ClosedRange<Int>] {
        guard v.wordClasses.contains(opener) else { return [] }
        let tokens = v.tokens
        var out: [ClosedRange<Int>] = []
        var i = 0
        while i < tokens.count {
            if let e = match(tokens, at: i) { out.append(i...e); i = e + 1 } else { i += 1 }
        }
        return out
    }
}

extension ClaimTokenizer {
    /// Lower-cased token texts of a plain string, for compiling lexicon phrases the
    /// same way sentences are tokenized ("100% safe" → 100, %, safe).
    static func words(of phrase: String) -> [String] {
        let text = ProseText([.text(phrase, start: SourcePosition(line: 1, column: 1))])
        return tokens(text, in: 0..<text.count).map { $0.lower }
    }
}

extension CompiledLexicon {
    /// Ends like a drug, nutrient or condition ("sertraline", "hypokalaemia"), or is the plural of one
    /// ("thiazides", "aminoglycosides"). Byte-wise: `hasSuffix` compares by Unicode equivalence, far slower.
    func hasClinicalEnding(_ word: String) -> Bool {
        word.withUTF8Bytes { bytes in
            guard bytes.count >= 6 else { return false }
            return endsClinically(bytes[...]) || bytes.count > 6 && bytes.last == UInt8(ascii: "s") && endsClinically(bytes.dropLast())
        }
    }

    private func endsClinically(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        let key = UInt16(bytes[bytes.endIndex - 2]) << 8 | UInt16(bytes[bytes.endIndex - 1])
        guard clinicalSuffixKeys[Int(key) >> 6] & (1 << (key & 63)) != 0, let candidates = clinicalSuffixes[key] else { return false }
        return candidates.contains { s in s.count <= bytes.count && bytes[(bytes.endIndex - s.count)...].elementsEqual(s) }
    }
}
