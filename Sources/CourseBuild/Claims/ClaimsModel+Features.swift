/// How the learned layer reads a sentence: its words, their hashes and the keys of its features. This must
/// match scripts/train-claims-model's `tokens` and `features` exactly, or the weights mean something else;
/// a golden-file test (ClaimsModelTests) holds the two together.
extension ClaimsModel {
    struct Token {
        var hash: UInt64
        var span: Range<Int>
    }

    /// Each word (u:) and each pair of neighbouring words (b:, with the sentence's start and end as words),
    /// with the paragraph scalars and the tokens it covers, in order; repeats included.
    static func forEachWordFeature(_ sentence: Sentence, _ tokens: [Token], _ body: (UInt64, Range<Int>, ClosedRange<Int>) -> Void) {
        var previous = Token(hash: sentenceStart, span: sentence.bounds.lowerBound..<sentence.bounds.lowerBound)
        for (i, token) in tokens.enumerated() {
            body(unigramKey(token.hash), token.span, i...i)
            body(bigramKey(previous.hash, token.hash),
                 previous.span.isEmpty ? token.span : previous.span.lowerBound..<token.span.upperBound, max(0, i - 1)...i)
            previous = token
        }
        let last = max(0, tokens.count - 1)
        body(bigramKey(previous.hash, sentenceEnd), previous.span, last...last)
    }

    /// Words of ASCII letters (lower-cased, joined by an apostrophe or hyphen before a letter), NUM for a
    /// number (digits with inner '.' or ','), and '%'. Citations and code spans are gaps.
    static func tokens(_ sentence: Sentence) -> [Token] {
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
                var hash = fnv(FNV1a.offset, first)
                var j = k + 1
                while j < end {
                    if let l = letter(j) {
                        hash = fnv(hash, l)
                        j += 1
                    } else if let c = text.scalar(j), let joiner = joinerByte(c), let next = letter(j + 1) {
                        hash = fnv(fnv(fnv(hash, 0), joiner), next)
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

    /// One byte of a word into its hash.
    static func fnv(_ hash: UInt64, _ byte: UInt8) -> UInt64 { FNV1a.step(hash, UInt64(byte)) }

    /// An apostrophe (typed or typographic: "don’t" reads as "don't", as the script reads it) or a hyphen
    /// joining two letters of one word, as the byte that stands for it.
    static func joinerByte(_ c: Unicode.Scalar) -> UInt8? {
        switch c {
        case "'", "\u{2019}": return 0x27
        case "-": return 0x2D
        default: return nil
        }
    }

    /// A feature name's word hashed as the running text's is: letters as bytes, a joiner as a zero byte and
    /// its own, so that "don't" and "dont" differ. Nil for a character no word of the running text holds
    /// (any non-ASCII byte: the typographic apostrophe is read as "'" only in the running text).
    static func wordHash<S: Sequence<UInt8>>(_ utf8: S) -> UInt64? {
        var hash = FNV1a.offset
        for b in utf8 {
            guard b < 0x80 else { return nil }
            hash = joinerByte(Unicode.Scalar(b)).map { fnv(fnv(hash, 0), $0) } ?? fnv(hash, b)
        }
        return hash
    }

    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var x = (a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        return x
    }

    static let unigramTag: UInt64 = 1, bigramTag: UInt64 = 2, lengthTag: UInt64 = 3
    static let bias = mix(4, 0), questionMark = mix(5, 0), exclamationMark = mix(6, 0), quotationMark = mix(7, 0)
    static let number = wordHash("NUM".utf8)!, percent = wordHash("%".utf8)!
    static let sentenceStart = wordHash("<s>".utf8)!, sentenceEnd = wordHash("</s>".utf8)!

    static func lengthKey(_ bucket: Int) -> UInt64 { mix(lengthTag, UInt64(bucket)) }
    static func unigramKey(_ word: UInt64) -> UInt64 { mix(unigramTag, word) }
    static func bigramKey(_ first: UInt64, _ second: UInt64) -> UInt64 { mix(mix(bigramTag, first), second) }

    /// The key of a feature as the weights file names it (its UTF-8 bytes); nil for a name the file cannot hold.
    /// Read as bytes, words and pairs first: this runs once per line of the weights, while every worker that
    /// reaches the learned layer waits.
    static func key<Name: Collection<UInt8>>(of name: Name) -> UInt64? {
        if name.starts(with: "u:".utf8) { return wordHash(name.dropFirst(2)).map(unigramKey) }
        if name.starts(with: "b:".utf8) {
            let pair = name.dropFirst(2)
            guard let underscore = pair.firstIndex(of: UInt8(ascii: "_")),
                  let first = wordHash(pair[..<underscore]), let second = wordHash(pair[pair.index(after: underscore)...])
            else { return nil }
            return bigramKey(first, second)
        }
        let text = String(decoding: name, as: UTF8.self)
        switch text {
        case "BIAS": return bias
        case "QMARK": return questionMark
        case "BANG": return exclamationMark
        case "QUOTE": return quotationMark
        default: break
        }
        if text.hasPrefix("len:"), let bucket = Int(text.dropFirst(4)) { return lengthKey(bucket) }
        return nil
    }
}
