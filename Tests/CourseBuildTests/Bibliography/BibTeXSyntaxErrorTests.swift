import Testing
@testable import CourseBuild

@Suite("BibTeX syntax errors")
struct BibTeXSyntaxErrorTests {
    func parse(_ text: String) -> (entries: [BibEntry], diagnostics: [Diagnostic]) {
        BibTeXParser.parse(text, file: "references.bib")
    }

    @Test func missingEqualsNamesTheFieldAndRecovers() throws {
        let text = """
            @article{good1, title = {Fine}, year = 2001}

            @article{bad,
              author = {Doe, Jane},
              title {Missing equals},
              year = {2002}
            }
            @article{good2, title = {Also fine}}
            """
        let (entries, diagnostics) = parse(text)
        #expect(entries.map(\.key) == ["good1", "good2"])
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.rule == .citeSyntax)
        #expect(d.severity == .error)
        #expect(d.message == "expected '=' after field name 'title'")
        #expect(d.range.file == "references.bib")
        #expect(d.range.start == SourcePosition(line: 5, column: 9))
    }

    @Test func unclosedBraceIsReportedAtItsOpeningAndTheNextEntryLoads() throws {
        let text = """
            @article{bad,
              title = {Never {closed},
              year = {2002}
            }
            @book{after, title = {Loaded}}
            """
        let (entries, diagnostics) = parse(text)
        #expect(entries.map(\.key) == ["after"])
        let d = try #require(diagnostics.first)
        #expect(d.message == "unclosed '{' in the value of field 'title': expected '}'")
        #expect(d.range.start == SourcePosition(line: 2, column: 11))
    }

    @Test func quotedValueThatSwallowsTheNextFieldIsBlamed() throws {
        let text = "@article{bad,\n  title = \"Open quote,\n  year = {2002}\"\n  journal = {J}\n}\n@misc{ok, title={OK}}"
        let (entries, diagnostics) = parse(text)
        #expect(entries.map(\.key) == ["ok"])
        #expect(diagnostics.map(\.message) == ["unclosed '\"' in the value of field 'title': expected '\"'"])
        #expect(diagnostics.first?.range.start == SourcePosition(line: 2, column: 11))
    }

    @Test func missingCommaBetweenFields() throws {
        let text = "@article{x,\n  title = {T}\n  year = {2000}\n}\n@misc{y, title={Y}}"
        let (entries, diagnostics) = parse(text)
        #expect(entries.map(\.key) == ["y"])
        #expect(diagnostics.map(\.message) == ["expected ',' after the value of field 'title'"])
        #expect(diagnostics.first?.range.start == SourcePosition(line: 3, column: 3))
    }

    @Test func unknownMacroAndUnclosedEntry() {
        let text = """
            @article{x, journal = nosuchmacro}
            @article{y, title = {Unclosed entry},
            @article{z, title = {Z}}
            """
        let (entries, diagnostics) = parse(text)
        #expect(entries.map(\.key) == ["z"])
        #expect(diagnostics.map(\.message) == [
            "unknown @string macro 'nosuchmacro' in field 'journal'",
            "expected '}' to close entry 'y' before the next entry",
        ])
        #expect(diagnostics.map(\.range.start.line) == [1, 3])
        #expect(diagnostics.first?.range.start.column == 23)
    }

    @Test func columnsCountUnicodeScalars() {
        let text = "@article{x, title = {Ünïcödé} year = 1}"
        #expect(parse(text).diagnostics.first?.range.start == SourcePosition(line: 1, column: 31))
    }

    @Test func unterminatedFileEnds() {
        let (entries, diagnostics) = parse("@article{x, title = {T}")
        #expect(entries.isEmpty)
        #expect(diagnostics.map(\.message) == ["expected '}' to close entry 'x' before the end of the file"])
    }
}
