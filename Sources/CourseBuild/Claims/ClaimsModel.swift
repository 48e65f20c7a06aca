import Foundation

/// One head of the claims checker's learned layer: a logistic regression over
/// the words of a sentence and its pairs of neighbouring words, trained by
/// scripts/train-claims-model on the development corpora and committed as data
/// (ClaimsModelWeights.swift). Three heads share one reading of a sentence: a
/// claim of any kind, an unnamed source, hype. The checker asks them only about
/// an uncited sentence in which no rule found anything, and a finding names the
/// words that weighed most, never a bare score. The claim head also clears a
/// sentence that only claims.uncited flagged when it reads it as near-certainly
/// no claim (below `claimClearThreshold`). How a sentence is read is in
/// ClaimsModel+Features.
struct ClaimsModel: Sendable {
    static let claim = ClaimsModel(head: .claim, threshold: claimThreshold, clearing: claimClearThreshold)
    static let vague = ClaimsModel(head: .vague, threshold: vagueThreshold)
    static let hype = ClaimsModel(head: .hype, threshold: hypeThreshold)

    /// Which kind a head reads.
    enum Head: Sendable {
        case claim, vague, hype
    }

    /// The three heads' weights, in one table.
    private static let table = WeightTable([.claim: claimWeightsText, .vague: vagueWeightsText, .hype: hypeWeightsText])

    /// A sentence as every head reads it, worked out once: its words and each head's log-odds, summed over its
    /// features counted once (the script's feature set) in one pass that fetches a feature's three weights together.
    struct Reading {
        let sentence: Sentence
        let tokens: [Token]
        let logits: Weights
    }

    /// A feature's weight for each head, or a sentence's log-odds for each.
    struct Weights {
        var claim = 0.0, vague = 0.0, hype = 0.0

        subscript(head: Head) -> Double {
            get {
                switch head {
                case .claim: claim
                case .vague: vague
                case .hype: hype
                }
            }
            set {
                switch head {
                case .claim: claim = newValue
                case .vague: vague = newValue
                case .hype: hype = newValue
                }
            }
        }

        static func += (a: inout Weights, b: Weights) {
            a.claim += b.claim
            a.vague += b.vague
            a.hype += b.hype
        }
    }

    /// What a head says of a sentence it reads as its kind.
    struct Verdict {
        /// The words that pushed hardest towards that kind, strongest first, as scalar ranges of the paragraph.
        var cues: [Range<Int>]
    }

    /// Words that carry grammar rather than a claim's content, left out of the cues a finding names when the
    /// sentence has others. "most", "all", "no", "not", "only", "more" and "every" are not here: they often are the claim.
    private static let functionWords: Set<UInt64> = Set("""
        a an the this that these those it its they them their there here he she his her him we us our you your i me my \
        is are was were be been being am do does did has have had will would can could may might must shall should \
        of in on at by for with to from into onto over under about as than then and or but nor so if because while \
        when which who whom whose what also just very such both each other some any
        """.split(separator: " ").map { wordHash($0.utf8)! })

    /// Shorter sentences are left to the rules: the corpora it learned from hold sentences of six words or more,
    /// and a bold label ("Renal impairment.") is not one; five leaves a word's margin.
    static let fewestWords = 5

    private let head: Head
    /// Above this probability the head reads a sentence as its kind, kept as log-odds so a verdict needs no exponential.
    private let logitThreshold: Double

    /// Below this probability the head reads a sentence as near-certainly not its kind, kept as log-odds.
    private let clearingLogit: Double

    init(head: Head, threshold: Double, clearing: Double = 0) {
        self.head = head
        logitThreshold = log(threshold / (1 - threshold))
        clearingLogit = log(clearing / (1 - clearing))
    }

    /// Whether the head reads the sentence as near-certainly not its kind: below its clearing threshold, and long
    /// enough to be read at all.
    func clears(_ reading: Reading) -> Bool {
        reading.tokens.count >= Self.fewestWords && reading.logits[head] < clearingLogit
    }

    /// The log-odds this head gives the sentence. The checker asks `verdict`; this is for the test that holds
    /// the Swift reading to the script's, feature by feature.
    func logit(_ sentence: Sentence) -> Double { Self.reading(sentence).logits[head] }

    /// A verdict when the sentence reads as this head's kind, with at most three cues, none before paragraph
    /// scalar `assertedFrom` (after a label such as "Key point:", which is not itself asserted); nil otherwise.
    func verdict(_ reading: Reading, assertedFrom: Int = 0) -> Verdict? {
        let tokens = reading.tokens, sentence = reading.sentence
        guard tokens.count >= Self.fewestWords, reading.logits[head] > logitThreshold else { return nil }
        // The words that weighed most, strongest first; among equal weights the earlier, so the wording is the same
        // on every run. Worked out only for a sentence that is flagged.
        // A cue an editor can act on holds a content word: 'calms' or 'most patients', not 'it' or 'that a'.
        let contentToken = tokens.map { !Self.functionWords.contains($0.hash) }
        let table = Self.table
        var found: [(key: UInt64, span: Range<Int>, weight: Double, content: Bool)] = []
        found.reserveCapacity(2 * tokens.count + 1)
        Self.forEachWordFeature(sentence, tokens) { key, span, covered in
            found.append((key, span, table[key][head], covered.contains { contentToken[$0] }))
        }
        let order = found.indices.sorted { (-found[$0].weight, $0) < (-found[$1].weight, $1) }
        var cues: [Range<Int>] = []
        var used: [UInt64] = []
        let positive = order.filter { found[$0].weight > 0 && found[$0].span.lowerBound >= assertedFrom }
        let candidates = positive.contains { found[$0].content } ? positive.filter { found[$0].content } : positive
        for i in candidates where !used.contains(found[i].key) {
            guard !cues.contains(where: { $0.overlaps(found[i].span) }) else { continue }
            cues.append(found[i].span)
            used.append(found[i].key)
            if cues.count == 3 { break }
        }
        // No word pushed towards "claim" (the length or the punctuation did): nothing an editor could act on.
        return cues.isEmpty ? nil : Verdict(cues: cues)
    }

    // MARK: Reading a sentence

    /// The sentence's words and feature keys, for every head.
    static func reading(_ sentence: Sentence) -> Reading {
        let tokens = Self.tokens(sentence)
        var keys: [UInt64] = [Self.bias, Self.lengthKey(min(tokens.count / 8, 5))]
        keys.reserveCapacity(2 * tokens.count + 6)
        Self.forEachWordFeature(sentence, tokens) { key, _, _ in keys.append(key) }
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
        let table = Self.table
        var logits = Weights()
        for i in keys.indices where i == 0 || keys[i] != keys[i - 1] { logits += table[keys[i]] }
        return Reading(sentence: sentence, tokens: tokens, logits: logits)
    }
}

/// Open addressing over the feature keys, which `ClaimsModel.mix` has already spread: the top bits pick the slot.
/// A Dictionary hashed every key again, and that was most of the layer's cost; a slot holds all three heads'
/// weights, so a feature costs one memory fetch for the three, where a table per head cost one each.
private struct WeightTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var weights = ClaimsModel.Weights()
    }
    private var slots: [Slot]
    private let shift: UInt64
    private let mask: Int

    /// Each head's `feature<TAB>weight` lines, as scripts/train-claims-model writes them.
    init(_ texts: [ClaimsModel.Head: String]) {
        var entries: [(key: UInt64, head: ClaimsModel.Head, weight: Double)] = []
        for (head, text) in texts {
            // Scanned as bytes (the text is ASCII), a line and its fields as slices of the text's buffer: split as
            // Strings, by Characters, or into arrays of Substrings, this table was most of the learned layer's cost
            // on a short course, while every thread that reached the layer waited for it.
            text.withUTF8Bytes { bytes in
                for line in bytes.split(separator: UInt8(ascii: "\n")) {
                    // The text is generated by the training script: a line it could not have written is a broken build.
                    guard let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                          let weight = Self.weight(line[(tab + 1)...]),
                          let key = ClaimsModel.key(of: line[..<tab]) else {
                        preconditionFailure("ClaimsModelWeights: unreadable line '\(String(decoding: line, as: UTF8.self))'")
                    }
                    precondition(key != 0, "a feature key of 0 would read as an empty slot")
                    entries.append((key, head, weight))
                }
            }
        }
        for head in texts.keys {
            let keys = entries.filter { $0.head == head }.map(\.key)
            precondition(Set(keys).count == keys.count, "two feature names with one key")
        }
        // At most half full, so a probe always reaches an empty slot.
        let distinct = Set(entries.map(\.key)).count
        var bits: UInt64 = 4
        while 1 << bits < 2 * distinct { bits += 1 }
        shift = 64 - bits
        mask = (1 << Int(bits)) - 1
        slots = Array(repeating: Slot(), count: mask + 1)
        for (key, head, weight) in entries {
            var i = Int(key >> shift)
            while slots[i].key != 0 && slots[i].key != key { i = (i + 1) & mask }
            slots[i].key = key
            slots[i].weights[head] = weight
        }
    }

    /// A weight as the script writes it ("-0.1579"): its digits as an integer over a power of ten, both exact in a
    /// Double (fifteen digits at most), so the division's one rounding gives the Double nearest the decimal, as
    /// Double(String) does; another form goes to Double(String). That was most of what was left of building the table.
    private static func weight(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        let negative = text.first == UInt8(ascii: "-")
        var digits = 0, count = 0, scale = 1.0, point = false
        for b in text.dropFirst(negative ? 1 : 0) {
            if b == UInt8(ascii: "."), !point { point = true; continue }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9"), count < 15 else { return Double(String(decoding: text, as: UTF8.self)) }
            digits = 10 * digits + Int(b - UInt8(ascii: "0"))
            count += 1
            if point { scale *= 10 }
        }
        guard count > 0 else { return Double(String(decoding: text, as: UTF8.self)) }
        return negative ? -(Double(digits) / scale) : Double(digits) / scale
    }

    /// The weights the heads give `key`; 0 for a feature the corpora never showed often enough.
    subscript(key: UInt64) -> ClaimsModel.Weights {
        var i = Int(key >> shift)
        while true {
            let slot = slots[i]
            if slot.key == key { return slot.weights }
            if slot.key == 0 { return ClaimsModel.Weights() }
            i = (i + 1) & mask
        }
    }
}
