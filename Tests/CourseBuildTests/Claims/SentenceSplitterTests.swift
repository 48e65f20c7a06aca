import Testing
@testable import CourseBuild

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
    func texts(_ markdown: String) -> [String] { SentenceSplitter().split(prose(markdown)).map(\.text) }

    @Test func splitsOnFullStops() {
        #expect(texts("Magnesium is a metal. It is essential! Is it safe?") ==
                ["Magnesium is a metal.", "It is essential!", "Is it safe?"])
    }

    @Test func keepsAbbreviationsTogether() {
        let s = "Tarleton et al. found a benefit, e.g. in sleep, i.e. onset, vs. placebo. Dr. Smith agreed."
        #expect(texts(s) == ["Tarleton et al. found a benefit, e.g. in sleep, i.e. onset, vs. placebo.", "Dr. Smith agreed."])
        #expect(texts("See Fig. 2 and cf. approx. 30 cases in the U.S. since ca. 1990. Next.").count == 2)
        #expect(texts("St. John's wort was listed as no. 4 on the list. Next.").count == 2)
    }

    @Test func keepsDecimalsAndPValues() {
        #expect(texts("The effect was 0.75 points (p < .05) and p = 0.03 overall. Next.") ==
                ["The effect was 0.75 points (p < .05) and p = 0.03 overall.", "Next."])
    }

    @Test func keepsInitialsAndMidSentenceEllipsis() {
        #expect(texts("J. K. Rowland reported it. Next.") == ["J. K. Rowland reported it.", "Next."])
        #expect(texts("Some wait… and then improve. Others do not.") == ["Some wait… and then improve.", "Others do not."])
        #expect(texts("Vitamin D. Then magnesium.") == ["Vitamin D.", "Then magnesium."])
    }

    @Test func citationAfterFinalStopBelongsToLastSentence() {
        let s = SentenceSplitter().split(prose("Magnesium is common. Hypermagnesaemia is rare. [@jd2012]"))
        #expect(s.count == 2)
        #expect(s[0].citationKeys.isEmpty)
        #expect(s[1].citationKeys == ["jd2012"])
        #expect(s[1].range.end.column == 56)
    }

    @Test func citationBeforeStopBelongsToItsSentence() {
        let s = SentenceSplitter().split(prose("It is rare [@a]. It is common [@b; @c]."))
        #expect(s.map(\.citationKeys) == [["a"], ["b", "c"]])
    }

    @Test func closingQuotesAndBracketsStayWithTheSentence() {
        #expect(texts("He called it \"a miracle.\" Then he stopped.") == ["He called it \"a miracle.\"", "Then he stopped."])
        #expect(texts("(It is rare.) It is common.") == ["(It is rare.)", "It is common."])
    }

    @Test func listItemEndsASentenceWithoutAStop() {
        let p = prose("- Record baseline PHQ-9 scores")
        #expect(p.isListItem)
        let s = SentenceSplitter().split(p)
        #expect(s.count == 1)
        #expect(s[0].range.start.column == 3)
        #expect(s[0].range.end.column == 30)
    }

    @Test func rangesFollowLineBreaks() {
        let p = ProseParagraph(file: "ch.md", pieces: [
            .text("First line goes", start: .init(line: 4, column: 1)), .lineBreak,
            .text("on. Second.", start: .init(line: 5, column: 1)),
        ])
        let s = SentenceSplitter().split(p)
        #expect(s.map(\.text) == ["First line goes on.", "Second."])
        #expect(s[0].range.start == SourcePosition(line: 4, column: 1))
        #expect(s[0].range.end == SourcePosition(line: 5, column: 3))
        #expect(s[1].range.start == SourcePosition(line: 5, column: 5))
    }
}
