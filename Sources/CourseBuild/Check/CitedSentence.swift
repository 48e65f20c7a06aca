/// A cited sentence with the study designs of its sources, for the evidence rules.
struct CitedSentence {
    var analysis: SentenceAnalysis
    /// Each source with its design; nil when a source names no (known) design,
    /// since such a sentence is not judged.
    var designs: [DesignedSource]?
    /// The sentence's words, read once for both evidence rules, and only where
    /// they may judge it (every source's design is weak for causal wording;
    /// preclinical designs are among those): reading words is the costly part.
    var wording: EvidenceWording?

    /// Where `word` stands in the source: exact when the sentence is one line
    /// written as its text reads up to the word, else the sentence's start.
    func range(of word: EvidenceWording.Word) -> SourceRange {
        let r = analysis.range
        let before = String(analysis.text.unicodeScalars.prefix(word.offset))
        guard r.start.line == r.end.line, !before.contains("["), !before.contains("`") else { return r }
        let start = SourcePosition(line: r.start.line, column: r.start.column + word.offset)
        return SourceRange(file: r.file, start: start, end: SourcePosition(line: start.line, column: start.column + word.lower.unicodeScalars.count - 1))
    }
}

struct DesignedSource {
    var key: String
    var design: StudyDesign

    /// "only cohort evidence: kieboom2017", "only animal and in-vitro evidence: a, b".
    static func describe(_ sources: [DesignedSource]) -> String {
        var designs: [String] = []
        for s in sources where !designs.contains(s.design.rawValue) { designs.append(s.design.rawValue) }
        return "only \(designs.joined(separator: " and ")) evidence: \(sources.map(\.key).joined(separator: ", "))"
    }
}

extension ResolvedCourse {
    /// Cited sentences of chapter `i` whose sources all have designs with `property`,
    /// holding the word `wording` picks and no statement of their own scope ("In mice, …").
    func unscopedSentences(
        of i: Int, resting property: (StudyDesign) -> Bool, on wording: (EvidenceWording) -> EvidenceWording.Word?
    ) -> [(CitedSentence, [DesignedSource], EvidenceWording.Word)] {
        // No claims were analysed when no claims or evidence rule runs.
        guard citedSentences.indices.contains(i) else { return [] }
        return citedSentences[i].compactMap { sentence in
            guard let designs = sentence.designs, designs.allSatisfy({ property($0.design) }), let words = sentence.wording,
                  let word = wording(words), !words.statesScope
            else { return nil }
            return (sentence, designs, word)
        }
    }
}

extension CitedSentence {
    /// Per chapter, every cited sentence the claims stage kept, with its sources' designs:
    /// found once for both evidence rules.
    /// `memo` (in `serve`): a chapter's cited sentences found before from its unchanged text, reused.
    static func all(in claims: [[SentenceAnalysis]], index: CourseIndex, memo: RebuildMemo? = nil) -> [[CitedSentence]] {
        let designOf = memo.reuse("designs", inputs: { $0.course }) {
            index.entries.compactMapValues { $0.evidence.flatMap(StudyDesign.init(written:)) }
        }
        return claims.indices.concurrentMap { i in
            memo.reuse("cited/\(i)", inputs: { PageInputs.ownChapter(i, $0) }) {
                claims[i].filter(\.isCited).map { analysis in
                    let designs = analysis.citationKeys.map { key in designOf[key].map { DesignedSource(key: key, design: $0) } }
                    let known = designs.contains { $0 == nil } ? nil : designs.compactMap { $0 }
                    let judged = known?.allSatisfy(\.design.isWeakForCausalWording) ?? false
                    return CitedSentence(analysis: analysis, designs: known, wording: judged ? EvidenceWording(analysis.text) : nil)
                }
            }
        }
    }
}
