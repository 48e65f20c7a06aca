import Foundation
import Testing
@testable import CourseBuild

/// A chapter's body is rendered once and written out for each output: the
/// site's chapter pages, the print edition and the EPUB each get the links
/// that work from where they stand.
@Suite struct ChapterBodyTests {
    static let glossary = """
        - term: NMDA receptor
          definition: "A glutamate-gated ion channel."

        """

    static func course(first: String) throws -> TemporaryCourse {
        try TemporaryCourse([
            "course.yml": TemporaryCourse.minimalConfig,
            "glossary.yml": glossary,
            "chapters/01-first.md": "---\ntitle: \"First\"\n---\n\n" + first + "\n",
            "chapters/02-second.md": "---\ntitle: \"Second\"\n---\n\n## The dose\n\nText.\n",
            "assets/figure.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ])
    }

    /// Builds the course and reads the first chapter's site page, its EPUB page and the print edition.
    static func pages(_ course: TemporaryCourse) throws -> (site: String, epub: String, print: String) {
        let out = course.root.appendingPathComponent("out")
        _ = try Build.run(path: course.path, output: out.path, options: .init())
        let read = { (path: String) in try String(contentsOf: out.appendingPathComponent(path), encoding: .utf8) }
        return (try read("site/chapters/01-first.html"), try read("epub/OEBPS/01-first.xhtml"), try read("site/print.html"))
    }

    @Test func oneBodyLinksFromEachOutputsPages() throws {
        let course = try Self.course(first: """
            The NMDA receptor sets [the dose](02-second.md#the-dose).

            ![A figure](../assets/figure.svg)
            """)
        let (site, epub, print) = try Self.pages(course)
        #expect(site.contains("<a href=\"02-second.html#the-dose\">the dose</a>"))
        #expect(site.contains("<a class=\"term\" href=\"../glossary.html#term-nmda-receptor\""))
        #expect(site.contains("<img src=\"../assets/figure.svg\""))
        #expect(epub.contains("<a href=\"02-second.xhtml#the-dose\">the dose</a>"))
        #expect(epub.contains("<a class=\"term\" href=\"glossary.xhtml#term-nmda-receptor\""))
        #expect(epub.contains("<img src=\"assets/figure.svg\""))
        // The print edition's links within its one page show as text; its images are addressed from the site's root.
        #expect(print.contains("sets the dose."))
        #expect(print.contains("<img src=\"assets/figure.svg\""))
    }

    @Test func aTermFirstNamedInAQuizChoiceIsLinkedThereOnlyInTheEPUB() throws {
        // The site's choices sit in a <summary>, which can hold no link: its first use is the paragraph after.
        let course = try Self.course(first: """
            ```quiz
            question: "Which channel does magnesium block?"
            choices:
              - text: "The NMDA receptor"
                correct: true
                feedback: "Yes."
            ```

            The NMDA receptor again.
            """)
        let (site, epub, _) = try Self.pages(course)
        let siteLink = "<a class=\"term\" href=\"../glossary.html#term-nmda-receptor\" title=\"A glutamate-gated ion channel.\">NMDA receptor</a>"
        #expect(site.contains("<summary>The NMDA receptor</summary>"))
        #expect(site.contains("<p>The \(siteLink) again.</p>"))
        // The definition on hover is the site's only.
        let epubLink = "<a class=\"term\" href=\"glossary.xhtml#term-nmda-receptor\">NMDA receptor</a>"
        #expect(epub.contains("<li>The \(epubLink)</li>"))
        #expect(epub.contains("<p>The NMDA receptor again.</p>"))
    }
}
