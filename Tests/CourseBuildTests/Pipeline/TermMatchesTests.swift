import Foundation
import Testing
@testable import CourseBuild

/// Glossary terms are matched once, in the resolve stage; the renderer links from those matches.
@Suite struct TermMatchesTests {
    @Test func theRendererLinksTheTermsMatchedInTheResolveStage() throws {
        var course = try ChapterRendering.course()
        course.chapters = [ChapterParser.parse(path: "chapters/01-first.md", text: "The NMDA receptor is blocked.", number: 1).0]
        course.glossary = [
            GlossaryTerm(
                id: "nmda-receptor", term: "NMDA receptor", aliases: [], definition: "A channel.", see: [],
                range: SourceRange(file: "glossary.yml"))
        ]
        let index = CourseIndex(course)
        let html = { (facts: ChapterFacts) in
            HTMLRenderer(index: index, chapterIndex: 0, facts: facts).render().written(for: .siteChapter)
        }
        #expect(html(ChapterFacts(index: index, chapter: 0)).contains(">NMDA receptor</a>"))
        // Facts resolved against another glossary: the renderer links what they matched, and matches nothing itself.
        var aliased = course
        aliased.glossary[0].aliases = ["blocked"]
        aliased.glossary[0].term = "unused"
        let linked = html(ChapterFacts(index: CourseIndex(aliased), chapter: 0))
        #expect(linked.contains("The NMDA receptor is <a class=\"term\" href=\"../glossary.html#term-nmda-receptor\" title=\"A channel.\">blocked</a>."))
    }
}
