import Foundation
import Testing
@testable import CourseBuild

/// Errors a new author meets (issue #14, "Clear errors"): each says what to do,
/// the root cause comes first, and what follows only from an unreadable file is
/// not reported on top of it.
@Suite struct ClearErrorsTests {
    static let chapter = "---\ntitle: A\nobjectives: [explain-ions]\n---\n\nText [@smith2020] and [@jones2019].\n"
    static let bib = """
        @article{smith2020
          title = {Hello},
          author = {Smith, J.},
          year = {2020},
          journal = {J}
        }
        @article{jones2019,
          title = {Hello}, author = {Jones, J.}, year = {2019}, journal = {J}
        }

        """

    func lint(_ files: [String: String]) throws -> [Diagnostic] {
        try TemporaryCourse(files).lint().diagnostics
    }

    // MARK: YAML

    @Test func aValueHoldingColonSpaceSaysQuoteTheValue() throws {
        let found = try lint([
            "course.yml": "title: Ions\ndescription: Ions: how they move\n",
            "chapters/01-a.md": "Text.\n",
        ])
        let error = try #require(found.first)
        #expect(error.rule == .configInvalid)
        #expect(error.range.start.line == 2)
        #expect(error.hint == "quote the value: description: \"Ions: how they move\"")
    }

    @Test func aTabInIndentationSaysIndentWithSpaces() throws {
        let found = try lint([
            "course.yml": "title: T\nobjectives:\n\t- id: a\n",
            "chapters/01-a.md": "Text.\n",
        ])
        let error = try #require(found.first)
        #expect(error.range.start.line == 3)
        #expect(error.hint?.contains("indent with spaces") == true)
        let inMapping = try lint([
            "course.yml": "title: T\nobjectives:\n  - id: a\n\ttext: b\n",
            "chapters/01-a.md": "Text.\n",
        ])
        #expect(inMapping.first?.hint?.contains("indent with spaces") == true)
    }

    @Test func frontMatterErrorsGiveTheSameHints() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "---\ntitle: Ions: a primer\n---\n\nText.\n",
        ])
        let error = try #require(found.first { $0.rule == .frontmatterInvalid })
        #expect(error.range.start.line == 2)
        #expect(error.hint == "quote the value: title: \"Ions: a primer\"")
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() throws {
        let found = try lint(["course.yml": "title: T\ndescription: \"Ions\nlanguage: en\n", "chapters/01-a.md": "Text.\n"])
        let error = try #require(found.first)
        #expect(error.range.start.line == 2)
        #expect(error.range.start.column == 14)
        #expect(error.message.contains("never closed"))
    }

    /// One bad line in course.yml: the syntax error alone, not the unknown
    /// objectives and unlisted chapters that follow from it.
    @Test func anUnreadableCourseFileDoesNotCascade() throws {
        let found = try lint([
            "course.yml": "title: T\ndescription: Ions: how they move\nchapters:\n  - chapters/01-a.md\n"
                + "objectives:\n  - id: explain-ions\n    text: Explain ions.\n",
            "chapters/01-a.md": Self.chapter,
            "chapters/02-b.md": "---\ntitle: B\nobjectives: [explain-ions]\n---\n\n```quiz\nquestion: Q?\nobjective: explain-ions\nchoices:\n  - text: A\n    correct: true\n    feedback: F\n```\n",
            "references.bib": "@article{smith2020, title={T}, author={Smith, J.}, year={2020}, journal={J}}\n",
        ])
        #expect(found.map(\.rule) == [.configInvalid], "\(found.map(\.message))")
        #expect(found.first?.notes.isEmpty == false)
    }

    @Test func otherFilesSyntaxErrorsAreStillReportedWhenCourseYmlIsBroken() throws {
        let found = try lint([
            "course.yml": "title: T\ndescription: Ions: how\n",
            "chapters/01-a.md": "---\ntitle: A: b\n---\n\nText.\n",
        ])
        #expect(Set(found.map(\.rule)) == [.configInvalid, .frontmatterInvalid])
    }

    /// A chapter whose front matter is not YAML: the objective it names is not
    /// reported as uncovered, nor the one its broken quiz assesses as unassessed.
    @Test func aBrokenFrontMatterOrQuizDoesNotLeaveItsObjectivesUncovered() throws {
        let config = "title: T\nobjectives:\n  - id: explain-ions\n    text: A.\n  - id: forgotten\n    text: B.\n"
        let found = try lint([
            "course.yml": config,
            "chapters/01-a.md": "---\ntitle: A: b\nobjectives: [explain-ions]\n---\n\n```quiz\nquestion: Q: why?\nobjective: explain-ions\nchoices:\n  - text: A\n    correct: true\n    feedback: F\n```\n",
        ])
        let objectives = found.filter { [.objectivesUncovered, .objectivesUnassessed].contains($0.rule) }
        #expect(objectives.count == 2, "\(objectives.map(\.message))")
        #expect(objectives.allSatisfy { $0.message.contains("forgotten") })
    }

    // MARK: BibTeX

    /// A missing comma after the key: one error at the key's line, first,
    /// and no unknown-key error for the citation of that key.
    @Test func aBrokenBibTeXEntryIsReportedFirstAndItsKeyIsNotUnknown() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "Text [@smith2020] and [@jones2019] and [@smith2020].\n",
            "references.bib": Self.bib,
        ])
        let first = try #require(found.first)
        #expect(first.rule == .citeSyntax)
        #expect(first.range.file == "references.bib")
        #expect(first.range.start.line == 1)
        #expect(first.range.start.column == 19)
        #expect(!found.contains { $0.rule == .citeUnknownKey }, "\(found.map(\.message))")
    }

    @Test func aKeyNoEntryDefinesIsStillUnknownBesideABrokenEntry() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "Text [@smith2020] and [@nosuch].\n",
            "references.bib": Self.bib,
        ])
        #expect(found.filter { $0.rule == .citeUnknownKey }.map(\.message) == ["the bibliography has no entry 'nosuch'"])
    }

    @Test func anUnreadableCSLJSONFileIsOneError() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "Text [@a] and [@b].\n",
            "references.json": "[{\"id\": \"a\",}\n",
        ])
        #expect(found.first?.rule == .citeSyntax)
        #expect(!found.contains { $0.rule == .citeUnknownKey })
    }

    @Test func anUnreadableGlossaryDoesNotMakeEveryTermLinkUnknown() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "The [receptor](term:receptor) opens.\n",
            "glossary.yml": "- term: Receptor\n  definition: A protein: it binds.\n",
        ])
        #expect(found.map(\.rule) == [.configInvalid], "\(found.map(\.message))")
    }

    // MARK: Silent acceptance

    @Test func aChapterFileCourseYmlDoesNotListIsAWarning() throws {
        let found = try lint([
            "course.yml": "title: T\nchapters:\n  - chapters/01-a.md\n",
            "chapters/01-a.md": "Text.\n",
            "chapters/02-b.md": "Forgotten.\n",
        ])
        let warning = try #require(found.first { $0.rule == .configUnlistedChapter })
        #expect(warning.severity == .warning)
        #expect(warning.range.file == "chapters/02-b.md")
    }

    @Test func aMissingChapterSuggestsAnUnlistedFile() throws {
        let found = try lint([
            "course.yml": "title: T\nchapters:\n  - chapters/01-a.md\n  - chapters/02-ions.md\n",
            "chapters/01-a.md": "Text.\n",
            "chapters/02-Ions.markdown.md": "More.\n",
            "chapters/2-ions.md": "More.\n",
        ])
        let error = try #require(found.first { $0.message.contains("does not exist") })
        #expect(error.hint == "did you mean 'chapters/2-ions.md'?")
    }

    @Test func aGlossarySeeNamingNoTermIsAWarning() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "The receptor and the channel.\n",
            "glossary.yml": "- term: Receptor\n  definition: A protein.\n  see: [Chanel, Channel]\n- term: Channel\n  definition: A pore.\n",
        ])
        let warnings = found.filter { $0.rule == .glossaryUnknownSee }
        #expect(warnings.count == 1)
        #expect(warnings.first?.hint == "did you mean 'Channel'?")
        #expect(warnings.first?.range.start.line == 3)
    }

    @Test func anAliasListSplitAtACommaIsAWarning() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "Calcitriol acts, as does the channel.\n",
            "glossary.yml": "- term: Calcitriol\n  aliases: [1,25-dihydroxyvitamin D, active vitamin D]\n  definition: D.\n"
                + "- term: Channel\n  aliases: [pore, gate]\n  definition: A pore.\n",
        ])
        let warnings = found.filter { $0.rule == .glossarySplitAlias }
        #expect(warnings.count == 1, "\(found.map(\.message))")
        #expect(warnings.first?.hint?.contains("\"1,25-dihydroxyvitamin D\"") == true)
    }

    // MARK: Messages as sentences

    @Test func brokenLinkAndImageMessagesReadAsSentences() throws {
        let found = try lint([
            "course.yml": "title: T\n",
            "chapters/01-a.md": "See [there](nowhere.md) and ![a plot](plot.png).\n",
        ])
        let messages = found.filter { [.linksBroken, .imagesMissing].contains($0.rule) }.map(\.message)
        #expect(messages.contains("'nowhere.md' is not a chapter or file of the course"), "\(messages)")
        #expect(messages.contains("image 'plot.png' is not a file of the course"), "\(messages)")
    }
}
