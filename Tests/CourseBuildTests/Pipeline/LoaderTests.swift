import Foundation
import Testing
@testable import CourseBuild

@Suite struct LoaderTests {
    @Test func anEmptyChapterIsEmptyNotBrokenFrontMatter() throws {
        let course = try TemporaryCourse(["course.yml": TemporaryCourse.minimalConfig, "chapters/01-empty.md": ""])
        let rules = try course.rules()
        #expect(rules.contains("structure.empty"))
        #expect(!rules.contains("frontmatter.invalid"))
    }

    @Test func invalidYAMLIsAnErrorAtItsLine() throws {
        let course = try TemporaryCourse(chapter: "Text.", config: "title: \"T\"\nobjectives: [\n  - id: x\n")
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .configInvalid })
        #expect(d.range.file == "course.yml")
        #expect(d.range.start.line >= 2)
        #expect(d.severity == .error)
    }

    @Test func unknownKeyIsAWarningWithItsLineAndANearMiss() throws {
        let course = try TemporaryCourse(chapter: "Text.", config: TemporaryCourse.minimalConfig + "subtitel: \"x\"\n")
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .configUnknownKey })
        #expect(d.range.start.line == 3)
        #expect(d.message.contains("subtitel"))
        #expect(d.hint == "did you mean 'subtitle'?")
    }

    @Test func wrongTypedFieldNamesTheExpectedType() throws {
        let course = try TemporaryCourse(chapter: "Text.", config: TemporaryCourse.minimalConfig + "allow-raw-html: [yes]\n")
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .configInvalid })
        #expect(d.message == "'allow-raw-html' must be true or false")
        #expect(d.range.start.line == 3)
    }

    @Test func missingAndDuplicateChaptersAreReported() throws {
        let config = TemporaryCourse.minimalConfig + "chapters:\n  - chapters/01-first.md\n  - chapters/01-first.md\n  - chapters/02-gone.md\n"
        let diagnostics = try TemporaryCourse(chapter: "Text.", config: config).lint().diagnostics
        #expect(diagnostics.contains { $0.message == "chapter 'chapters/01-first.md' is listed twice" && $0.range.start.line == 5 })
        #expect(diagnostics.contains { $0.message == "chapter file 'chapters/02-gone.md' does not exist" && $0.range.start.line == 6 })
    }

    @Test func nonUTF8ChapterIsAnErrorNotACrash() throws {
        let course = try TemporaryCourse(chapter: "Text.")
        try course.write("chapters/02-bad.md", Data([0x2D, 0x2D, 0xFF, 0xFE, 0x0A]))
        let d = try #require(try course.lint().diagnostics.first { $0.range.file == "chapters/02-bad.md" })
        #expect(d.message.contains("not valid UTF-8"))
    }

    @Test func frontMatterErrorsPointAtTheFileLine() throws {
        let course = try TemporaryCourse(["course.yml": TemporaryCourse.minimalConfig,
            "chapters/01-a.md": "---\ntitle: \"A\"\nobjectives: {bad\n---\nText.\n"])
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .frontmatterInvalid })
        #expect(d.range.start.line >= 3 && d.range.start.line <= 4)
    }

    @Test func aFolderWithoutCourseYmlIsRefused() throws {
        let course = try TemporaryCourse(["chapters/01-a.md": "Text."])
        #expect(throws: CourseError.self) { try course.lint() }
    }
}
