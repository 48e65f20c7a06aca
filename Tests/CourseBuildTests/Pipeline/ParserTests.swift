import Testing
@testable import CourseBuild

@Suite struct ParserTests {
    func parse(_ text: String) -> Chapter {
        ChapterParser.parse(path: "chapters/01-x.md", text: text, number: 1).0
    }

    @Test func frontMatterKeepsFileLineNumbers() throws {
        let chapter = parse("---\ntitle: \"X\"\n---\n\n## Heading\n\nSome *é* text.\n")
        #expect(chapter.title == "X")
        let heading = try #require(chapter.blocks.first)
        #expect(heading.range.start.line == 5)
        guard case .paragraph(let inlines) = chapter.blocks[1].kind else { Issue.record("no paragraph"); return }
        // Columns count Unicode scalars: "text." starts after "Some *é* ".
        let last = try #require(inlines.last)
        #expect(last.range.start == SourcePosition(line: 7, column: 9))
    }

    @Test func citationsAreFoundInTextButNotInCode() throws {
        let chapter = parse("A claim [see @a, p. 4; @b] and `[@c]`.\n")
        guard case .paragraph(let inlines) = chapter.blocks[0].kind else { Issue.record("no paragraph"); return }
        let citations = inlines.compactMap { inline -> [String]? in
            if case .citation(let items) = inline.kind { return items.map(\.key) }
            return nil
        }
        #expect(citations == [["a", "b"]])
        let citation = try #require(inlines.first { if case .citation = $0.kind { return true }; return false })
        #expect(citation.range.start.column == 9)
        #expect(citation.range.end.column == 26)
    }

    @Test func pipeTableBecomesATableWithInlineCells() throws {
        let chapter = parse("| Form | Mg |\n|:---|---:|\n| *oxide* | 60% [@k] |\n| a \\| b | x |\n")
        guard case .table(let table) = chapter.blocks[0].kind else { Issue.record("no table"); return }
        #expect(table.alignments == [.left, .right])
        #expect(table.rows.count == 2)
        #expect(table.rows[0][1].contains { if case .citation = $0.kind { return true }; return false })
        #expect(table.rows[1][0].plainText == "a | b")
    }

    @Test func alertBlockquoteBecomesACallout() throws {
        let chapter = parse("> [!WARNING]\n> Check renal function.\n")
        guard case .callout(let kind, let blocks) = chapter.blocks[0].kind else { Issue.record("no callout"); return }
        #expect(kind == .warning)
        #expect(blocks.count == 1)
    }

    @Test func quizWithoutCorrectChoiceIsInvalid() throws {
        let text = "```quiz\nobjective: basics\nquestion: \"Q?\"\nchoices:\n  - text: \"A\"\n    feedback: \"F\"\n```\n"
        let (_, diagnostics) = ChapterParser.parse(path: "c.md", text: text, number: 1)
        #expect(diagnostics.map(\.message) == ["quiz has no correct choice"])
    }
}
