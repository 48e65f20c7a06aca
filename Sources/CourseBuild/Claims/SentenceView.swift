/// One sentence prepared for the rules: its tokens, the compiled lexicon, and
/// the facts about the sentence as a whole (question, instruction, vignette…)
/// that decide which rules apply. Built once per sentence and shared.
final class SentenceView {
    let sentence: Sentence
    let tokens: [ClaimToken]
    /// Every word list that some token of the sentence belongs to.
    let wordClasses: WordClasses
    let lex: CompiledLexicon
    /// Opens on the patient: the sentences after it in the paragraph are the same case.
    let opensVignette: Bool
    /// Follows a sentence that opened a case vignette.
    private let inVignette: Bool

    /// Worked out when a rule first reads it: a cited sentence is judged for hype alone, and most never
    /// get as far as asking, where working it out was the largest part of preparing every sentence.
    private(set) lazy var context: SentenceContext = {
        var c = SentenceContext(tokens, outcomeNouns: lex.outcomeNouns)
        if inVignette || opensVignette { c.isVignette = true; c.isCaseNarrative = true }
        return c
    }()

    init(_ sentence: Sentence, lexicon: CompiledLexicon, inVignette: Bool = false) {
        self.sentence = sentence
        var tokens = ClaimTokenizer.tokens(sentence.paragraph, in: sentence.bounds)
        var present: WordClasses = []
        // Through the buffer: reading and writing the array's tokens here copied each token out twice or more.
        tokens.withUnsafeMutableBufferPointer { tokens in
            for k in tokens.indices {
                tokens[k].word = lexicon.vocabulary.id(of: tokens[k].lower)
                tokens[k].classes = lexicon.vocabulary.classes[Int(tokens[k].word)]
                if tokens[k].kind == .word, !tokens[k].classes.contains(.clinical), lexicon.hasClinicalEnding(tokens[k].lower) {
                    tokens[k].classes.insert(.clinicalEnding)
                }
                present.formUnion(tokens[k].classes)
            }
        }
        // Reported speech ("'This is the breakthrough we waited for,' said the chief executive") uses its words;
        // a short quotation ("a 'miracle cure'") only mentions them.
        if Self.isDirectSpeech(tokens) { for k in tokens.indices { tokens[k].quoted = false } }
        self.tokens = tokens
        wordClasses = present
        lex = lexicon
        opensVignette = SentenceContext.opensVignette(tokens)
        self.inVignette = inVignette
    }

    /// A found reason: what kind of claim (or hype, or attribution) and the tokens that triggered it.
    struct Cue {
        var reason: String
        var span: ClosedRange<Int>
    }

    /// The source text of tokens `span`, exactly as written.
    func text(_ span: ClosedRange<Int>) -> String {
        sentence.paragraph.spelled(tokens[span.lowerBound].textStart...tokens[span.upperBound].textEnd)
    }

    func range(_ span: ClosedRange<Int>) -> SourceRange {
        SourceRange(file: sentence.range.file, start: sentence.paragraph.start(tokens[span.lowerBound].textStart),
                    end: sentence.paragraph.end(tokens[span.upperBound].textEnd))
    }

    /// "states a percentage ('40%')".
    func describe(_ cue: Cue) -> String { "\(cue.reason) ('\(text(cue.span))')" }

    func lower(_ i: Int) -> String? { i >= 0 && i < tokens.count ? tokens[i].lower : nil }
    /// Whether token `i` exists and belongs to one of `wordClasses`.
    func has(_ wordClasses: WordClasses, at i: Int) -> Bool {
        i >= 0 && i < tokens.count && !tokens[i].classes.isDisjoint(with: wordClasses)
    }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < tokens.count && tokens[i].kind == .word }

    static let speechVerbs: Set<String> = ["said", "says", "told", "added", "explained", "insisted", "announced", "declared"]

    /// A quotation of five words or more with a verb of saying just after it, or just before its colon or comma.
    static func isDirectSpeech(_ t: [ClaimToken]) -> Bool {
        guard let first = t.firstIndex(where: { $0.quoted }), let last = t.lastIndex(where: { $0.quoted }),
              t[first...last].lazy.filter({ $0.quoted && $0.kind == .word }).count >= 5 else { return false }
        let after = (last + 1)..<min(t.count, last + 8)
        let before = max(0, first - 6)..<first
        return after.contains(where: { speechVerbs.contains(t[$0].lower) })
            || before.contains(where: { speechVerbs.contains(t[$0].lower) }) && before.contains(where: { t[$0].lower == ":" || t[$0].lower == "," })
    }
}
