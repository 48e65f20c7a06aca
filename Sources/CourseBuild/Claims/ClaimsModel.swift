import Foundation

/// The claims checker's learned layer: a logistic regression over the words of
/// a sentence and its pairs of neighbouring words, trained by
/// scripts/train-claims-model on the development corpora and committed as data
/// (ClaimsModelWeights.swift). The checker asks it only about an uncited
/// sentence that no rule flagged, and a finding names the words that weighed
/// most, never a bare score. Reading a sentence here must match the script's
/// `tokens` and `features` exactly; a golden-file test holds the two together.
struct ClaimsModel: Sendable {
    static let standard = ClaimsModel(weightsText: weightsText, threshold: threshold)

    /// What the model says of a sentence it reads as a claim.
    struct Verdict {
        var probability: Double
        /// The words that pushed hardest towards "claim", strongest first, as scalar ranges of the paragraph.
        var cues: [Range<Int>]
    }

    /// Words that carry grammar rather than a claim's content, left out of the cues a finding names when the
    /// sentence has others. "most", "all", "no", "not", "only", "more" and "every" are not here: they often are the claim.
    private static let functionWords: Set<UInt64> = Set("""
        a an the this that these those it its they them their there here he she his her him we us our you your i me my \
        is are was were be been being am do does did has have had will would can could may might must shall should \
        of in on at by for with to from into onto over under about as than then and or but nor so if because while \
        when which who whom whose what also just very such both each other some any
        """.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\\" }).map { wordHash($0.unicodeScalars) })

    /// Shorter sentences are left to the rules (see `verdict`).
    static let fewestWords = 5

    private let weights: WeightTable
    let threshold: Double

    init(weightsText: String, threshold: Double) {
        var pairs: [(key: UInt64, weight: Double)] = []
        for line in weightsText.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let weight = Double(fields[1]), let key = Self.key(of: fields[0]) else { continue }
            pairs.append((key, weight))
        }
        weights = WeightTable(pairs)
        self.threshold = threshold
    }

    /// The probability that `sentence` is a claim, flag or vague or hype, as the training corpora label them.
    func probability(_ sentence: Sentence) -> Double { Self.sigmoid(score(sentence, Self.tokens(sentence))) }

    /// A verdict when the sentence reads as a claim, with at most three cues; nil otherwise.
    func verdict(_ sentence: Sentence) -> Verdict? {
        let tokens = Self.tokens(sentence)
        // The corpora it learned from hold sentences of six words or more: a bold label ("Renal impairment.") is not one.
        guard tokens.count >= Self.fewestWords else { return nil }
        let probability = Self.sigmoid(score(sentence, tokens))
        guard probability > threshold else { return nil }
        // The words that weighed most, strongest first; among equal weights the earlier, so the wording is the same
        // on every run. Worked out only for a sentence that is flagged.
        var found: [(key: UInt64, span: Range<Int>, weight: Double)] = []
        Self.forEachWordFeature(sentence, tokens) { key, span in found.append((key, span, weights[key])) }
        let order = found.indices.sorted { (-found[$0].weight, $0) < (-found[$1].weight, $1) }
        var cues: [Range<Int>] = []
        var used: [UInt64] = []
        // A cue an editor can act on holds a content word: 'calms' or 'most patients', not 'it' or 'that a'.
        let content = found.map { feature in
            tokens.contains { feature.span.contains($0.span.lowerBound) && !Self.functionWords.contains($0.hash) }
        }
        let candidates = content.contains(true) ? order.filter { content[$0] } : order
        for i in candidates where found[i].weight > 0 && !used.contains(found[i].key) {
            guard !cues.contains(where: { $0.overlaps(found[i].span) }) else { continue }
            cues.append(found[i].span)
            used.append(found[i].key)
            if cues.count == 3 { break }
        }
        return cues.isEmpty ? nil : Verdict(probability: probability, cues: cues)
    }

    // MARK: Reading a sentence

    private struct Token {
        var hash: UInt64
        var span: Range<Int>
    }

    /// The weighted sum of the sentence's features, each counted once as the script's feature set does.
    private func score(_ sentence: Sentence, _ tokens: [Token]) -> Double {
        var keys: [UInt64] = [Self.bias, Self.lengthKey(min(tokens.count / 8, 5))]
        keys.reserveCapacity(2 * tokens.count + 6)
        Self.forEachWordFeature(sentence, tokens) { key, _ in keys.append(key) }
        var marks: (question: Bool, bang: Bool, quote: Bool) = (false, false, false)
        for k in sentence.bounds {
            switch sentence.paragraph.scalar(k) {
            case "?": marks.question = true
            case "!": marks.bang = true
            case "\"", "\u{201C}", "\u{201D}": marks.quote = true
            default: break
            }
        }
        if marks.question { keys.append(Self.questionMark) }
        if marks.bang { keys.append(Self.exclamationMark) }
        if marks.quote { keys.append(Self.quotationMark) }
        keys.sort()
        var sum = 0.0
        for i in keys.indices where i == 0 || keys[i] != keys[i - 1] { sum += weights[keys[i]] }
        return sum
    }

    /// Each word (u:) and each pair of neighbouring words (b:, with the sentence's start and end as words),
    /// with the paragraph scalars it covers, in order; repeats included.
    private static func forEachWordFeature(_ sentence: Sentence, _ tokens: [Token], _ body: (UInt64, Range<Int>) -> Void) {
        var previous = Token(hash: sentenceStart, span: sentence.bounds.lowerBound..<sentence.bounds.lowerBound)
        for token in tokens {
            body(mix(unigramTag, token.hash), token.span)
            body(mix(mix(bigramTag, previous.hash), token.hash),
                 previous.span.isEmpty ? token.span : previous.span.lowerBound..<token.span.upperBound)
            previous = token
        }
        body(mix(mix(bigramTag, previous.hash), sentenceEnd), previous.span)
    }

    /// Words of ASCII letters (lower-cased, joined by an apostrophe or hyphen before a letter), NUM for a
    /// number (digits with inner '.' or ','), and '%'. Citations and code spans are gaps.
    private static func tokens(_ sentence: Sentence) -> [Token] {
        let text = sentence.paragraph
        let end = sentence.bounds.upperBound
        func letter(_ k: Int) -> UInt8? {
            guard k < end, let c = text.scalar(k), c.isASCII else { return nil }
            let v = UInt8(c.value)
            switch v {
            case 0x61...0x7A: return v
            case 0x41...0x5A: return v + 0x20
            default: return nil
            }
        }
        func digit(_ k: Int) -> Bool { k < end && text.scalar(k).map { $0.value >= 0x30 && $0.value <= 0x39 } == true }
        var tokens: [Token] = []
        var k = sentence.bounds.lowerBound
        while k < end {
            if let first = letter(k) {
                var hash = fnv(fnvOffset, first)
                var j = k + 1
                while j < end {
                    if let l = letter(j) {
                        hash = fnv(hash, l)
                        j += 1
                    } else if let c = text.scalar(j), c == "'" || c == "\u{2019}" || c == "-", let next = letter(j + 1) {
                        hash = fnv(fnv(fnv(hash, 0), UInt8(truncatingIfNeeded: c.value >> 8)), UInt8(truncatingIfNeeded: c.value))
                        hash = fnv(hash, next)
                        j += 2
                    } else {
                        break
                    }
                }
                tokens.append(Token(hash: hash, span: k..<j))
                k = j
            } else if digit(k) {
                var j = k + 1
                while j < end, digit(j) || ((text.scalar(j) == "." || text.scalar(j) == ",") && digit(j + 1)) { j += 1 }
                tokens.append(Token(hash: number, span: k..<j))
                k = j
            } else {
                if text.scalar(k) == "%" { tokens.append(Token(hash: percent, span: k..<(k + 1))) }
                k += 1
            }
        }
        return tokens
    }

    // MARK: Feature keys

    private static let fnvOffset: UInt64 = 0xCBF2_9CE4_8422_2325

    private static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// A word's hash: its letters, and a joining apostrophe or hyphen as a zero byte and its two low bytes,
    /// so that "don't" and "dont" differ and the hash of a feature name's word matches the running text's.
    private static func wordHash<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        scalars.reduce(fnvOffset) { hash, c in
            c.isASCII && c != "'" && c != "-" ? fnv(hash, UInt8(c.value))
                : fnv(fnv(fnv(hash, 0), UInt8(truncatingIfNeeded: c.value >> 8)), UInt8(truncatingIfNeeded: c.value))
        }
    }

    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = (a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        return x
    }

    private static let unigramTag: UInt64 = 1, bigramTag: UInt64 = 2, lengthTag: UInt64 = 3
    private static let bias = mix(4, 0), questionMark = mix(5, 0), exclamationMark = mix(6, 0), quotationMark = mix(7, 0)
    private static let number = wordHash("NUM".unicodeScalars), percent = wordHash("%".unicodeScalars)
    private static let sentenceStart = wordHash("<s>".unicodeScalars), sentenceEnd = wordHash("</s>".unicodeScalars)

    private static func lengthKey(_ bucket: Int) -> UInt64 { mix(lengthTag, UInt64(bucket)) }

    /// The key of a feature as the weights file names it.
    private static func key(of name: Substring) -> UInt64? {
        switch name {
        case "BIAS": return bias
        case "QMARK": return questionMark
        case "BANG": return exclamationMark
        case "QUOTE": return quotationMark
        default: break
        }
        if name.hasPrefix("len:"), let bucket = UInt64(name.dropFirst(4)) { return mix(lengthTag, bucket) }
        if name.hasPrefix("u:") { return mix(unigramTag, wordHash(name.dropFirst(2).unicodeScalars)) }
        if name.hasPrefix("b:") {
            let pair = name.dropFirst(2).split(separator: "_", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { return nil }
            return mix(mix(bigramTag, wordHash(pair[0].unicodeScalars)), wordHash(pair[1].unicodeScalars))
        }
        return nil
    }

    private static func sigmoid(_ z: Double) -> Double { 1 / (1 + exp(-max(-30, min(30, z)))) }
}

/// Open addressing over the feature keys, which `ClaimsModel.mix` has already spread: the top bits pick the slot.
/// A Dictionary hashed every key again, and that was most of the layer's cost.
private struct WeightTable: Sendable {
    private var keys: [UInt64]
    private var weights: [Double]
    private let shift: UInt64
    private let mask: Int

    init(_ pairs: [(key: UInt64, weight: Double)]) {
        var bits: UInt64 = 4
        while 1 << bits < 2 * pairs.count { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        keys = Array(repeating: 0, count: mask + 1)
        weights = Array(repeating: 0, count: mask + 1)
        for (key, weight) in pairs where key != 0 {
            var i = Int(key >> shift)
            while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
            keys[i] = key
            weights[i] = weight
        }
    }

    /// The weight of `key`; 0 for a feature the corpora never showed often enough.
    subscript(key: UInt64) -> Double {
        var i = Int(key >> shift)
        while true {
            let k = keys[i]
            if k == key { return weights[i] }
            if k == 0 { return 0 }
            i = (i + 1) & mask
        }
    }
}
