import Foundation
import Testing
@testable import CourseBuild

/// The claims review quotes each citing quiz sentence as a reader would write it,
/// and the ebook's answer key keeps an answer apart from its feedback.
@Suite struct ReferencesPageTests {
    @Test func aRemovedCitationLeavesNoGapBeforePunctuation() {
        #expect(ChapterFacts.closingGaps("The limit is 350 mg .") == "The limit is 350 mg.")
        #expect(ChapterFacts.closingGaps("Low (in one trial ) , then high ;") == "Low (in one trial), then high;")
    }

    @Test func quizCitationsAreMarkedAndAnswersStandApart() throws {
        let quiz = "```quiz\nquestion: \"Is serum a good guide?\"\nchoices:\n  - text: \"No\"\n    correct: true\n"
            + "    feedback: \"Right: serum holds under 1% [@k].\"\n  - text: \"Yes\"\n    feedback: \"No.\"\n```"
        let course = try TemporaryCourse(chapter: "Serum holds under 1% of the body's store [@k].\n\n" + quiz,
                                         extra: ["references.bib": RuleExample.entryK])
        let out = course.root.appendingPathComponent("out")
        #expect(try Build.run(path: course.path, output: out.path, options: .init()).errorCount == 0)
        // The evidence map in the claims review quotes prose and quiz sentences under their source.
        let review = try String(contentsOf: out.appendingPathComponent("review/chapters/01-first.html"), encoding: .utf8)
        #expect(review.contains("Serum holds under 1% of the body&#39;s store [@k]."))
        #expect(review.contains("<a href=\"#main\">a self-check question</a> “Right: serum holds under 1%.”"))
        let chapter = try String(contentsOf: out.appendingPathComponent("epub/OEBPS/01-first.xhtml"), encoding: .utf8)
        #expect(chapter.contains("<p class=\"answer\"><strong>No</strong></p><p class=\"feedback\">Right: serum holds under 1%"))
    }

    @Test func aQuizChoiceHoldsNoLinkInsideItsSummary() throws {
        let quiz = "```quiz\nquestion: \"Q?\"\nchoices:\n  - text: \"The receptor, see [below](#a) [@k]\"\n    correct: true\n"
            + "    feedback: \"Yes.\"\n```\n\n## A\n\nThe receptor opens [@k]."
        let course = try TemporaryCourse(chapter: quiz, extra: [
            "references.bib": RuleExample.entryK, "glossary.yml": RuleExample.glossary])
        let out = course.root.appendingPathComponent("out")
        #expect(try Build.run(path: course.path, output: out.path, options: .init()).errorCount == 0)
        let page = try String(contentsOf: out.appendingPathComponent("site/chapters/01-first.html"), encoding: .utf8)
        let summary = try #require(page.range(of: "<summary>").flatMap { start in
            page.range(of: "</summary>", range: start.upperBound..<page.endIndex).map { String(page[start.upperBound..<$0.lowerBound]) } })
        #expect(!summary.contains("<a"), "nested interactive: \(summary)")
        #expect(summary.contains("<span class=\"citation\">"))
    }

    @Test func theSitemapListsEveryPageButTheErrorPage() throws {
        let config = TemporaryCourse.minimalConfig + "base-url: https://example.org/course\n"
        let course = try TemporaryCourse(chapter: "Serum holds under 1% [@k].", config: config,
                                         extra: ["references.bib": RuleExample.entryK])
        let out = course.root.appendingPathComponent("out")
        #expect(try Build.run(path: course.path, output: out.path, options: .init()).errorCount == 0)
        let sitemap = try String(contentsOf: out.appendingPathComponent("site/sitemap.xml"), encoding: .utf8)
        for page in ["index.html", "references.html", "chapters/01-first.html", "print.html"] {
            #expect(sitemap.contains("<loc>https://example.org/course/\(page)</loc>"), "\(page) missing")
        }
        #expect(!sitemap.contains("404.html"))
    }
}
