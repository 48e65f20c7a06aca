import Foundation
import Testing
@testable import CourseBuild

/// Broken and hostile input (issue #14): each gives a diagnostic naming the
/// file and line, with errors stopping the build, or builds correctly. Never a
/// crash, a hang or a half-written output.
@Suite struct HostileInputTests {
    struct Outcome {
        var result: LintResult
        var out: URL
        var errors: [Diagnostic] { result.diagnostics.filter { $0.severity == .error } }

        func page(_ path: String = "site/chapters/01-first.html") -> String? {
            try? String(contentsOf: out.appendingPathComponent(path), encoding: .utf8)
        }

        /// True when nothing was written: the build stopped on its errors.
        var wroteNothing: Bool { !FileManager.default.fileExists(atPath: out.path) }
    }

    func build(_ course: TemporaryCourse) throws -> Outcome {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-hostile-\(UUID().uuidString)")
        let result = try Build.run(path: course.path, output: out.path, options: .init())
        return Outcome(result: result, out: out)
    }

    /// A course whose one chapter's file holds exactly `bytes`.
    func course(chapterBytes bytes: [UInt8]) throws -> TemporaryCourse {
        let course = try TemporaryCourse(["course.yml": TemporaryCourse.minimalConfig])
        try course.write("chapters/01-first.md", Data(bytes))
        return course
    }

    static let front = Array("---\ntitle: \"First\"\n---\n\n".utf8)

    // MARK: Encodings and line ends

    @Test func invalidUTF8IsAnErrorAtItsLine() throws {
        let outcome = try build(try course(chapterBytes: Self.front + Array("Fine.\n\nBad \u{0}".utf8).dropLast() + [0xC3, 0x28, 0x0A]))
        let error = try #require(outcome.errors.first)
        #expect(error.range.file == "chapters/01-first.md")
        #expect(error.range.start.line == 7)
        #expect(error.message.hasSuffix("character 5 of line 7"))
        #expect(error.message.contains("UTF-8"))
        #expect(outcome.wroteNothing)
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let outcome = try build(try course(chapterBytes: [0xEF, 0xBB, 0xBF] + Self.front + Array("Text.\n".utf8)))
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        let page = try #require(outcome.page())
        #expect(page.contains("<h1") && page.contains("First"))
        #expect(!page.contains("\u{FEFF}"))
    }

    @Test func crlfAndLoneCRLineEndsBuild() throws {
        let crlf = try build(try course(chapterBytes: Array("---\r\ntitle: \"First\"\r\n---\r\n\r\n## Part\r\n\r\nText.\r\n".utf8)))
        #expect(crlf.errors.isEmpty, "\(crlf.errors)")
        #expect(crlf.page()?.contains("<p>Text.</p>") == true)
        let cr = try build(try course(chapterBytes: Array("---\rtitle: \"First\"\r---\r\r## Part\r\rText.\r".utf8)))
        #expect(cr.errors.isEmpty, "\(cr.errors)")
        #expect(cr.page()?.contains("<p>Text.</p>") == true)
        #expect(cr.page()?.contains("First") == true)
    }

    @Test func nulBytesAreReplaced() throws {
        let outcome = try build(try course(chapterBytes: Self.front + Array("A\u{0}B\n".utf8)))
        #expect(outcome.errors.isEmpty)
        let page = try #require(outcome.page())
        #expect(page.contains("A\u{FFFD}B"))
        #expect(!page.contains("\u{0}"))
    }

    @Test func anEmptyChapterFileIsReported() throws {
        let outcome = try build(try course(chapterBytes: []))
        #expect(!outcome.result.diagnostics.isEmpty)
        #expect(outcome.result.diagnostics.allSatisfy { $0.range.file == "chapters/01-first.md" })
    }

    @Test func aHundredThousandCharacterLineAndHeading() throws {
        let long = String(repeating: "word ", count: 20_000)
        let outcome = try build(try TemporaryCourse(chapter: "## " + long + "\n\n" + long + "\n"))
        #expect(outcome.errors.isEmpty)
        #expect(outcome.page()?.contains(long.trimmingCharacters(in: .whitespaces)) == true)
    }

    // MARK: Front matter, YAML, BibTeX

    @Test func frontMatterThatNeverClosesIsAnError() throws {
        let outcome = try build(try course(chapterBytes: Array("---\ntitle: \"First\"\n\nText.\n".utf8)))
        let error = try #require(outcome.errors.first)
        #expect(error.range.file == "chapters/01-first.md" && error.range.start.line == 1)
        #expect(outcome.wroteNothing)
    }

    @Test(.timeLimit(.minutes(1))) func yamlAliasBombsAreRefused() throws {
        let bomb = """
            a: &a ["x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]

            """
        let config = try build(try TemporaryCourse(chapter: "Text.", config: TemporaryCourse.minimalConfig + bomb))
        #expect(!config.result.diagnostics.isEmpty)
        #expect(config.result.diagnostics.allSatisfy { $0.range.file == "course.yml" })
        let front = try build(try course(chapterBytes: Array(("---\ntitle: \"First\"\n" + bomb + "---\n\nText.\n").utf8)))
        #expect(!front.result.diagnostics.isEmpty)
        let glossary = try build(try TemporaryCourse(chapter: "Text.", extra: ["glossary.yml": bomb]))
        #expect(glossary.result.diagnostics.contains { $0.range.file == "glossary.yml" })
    }

    @Test func unbalancedBibTeXBracesAreAnErrorAtTheirLine() throws {
        let bib = "@article{a,\n  title = {Open {brace},\n  year = 2020\n}\n\n@book{b,\n  title = {Fine},\n  year = 2021\n}\n"
        let outcome = try build(try TemporaryCourse(chapter: "A claim [@b].", extra: ["references.bib": bib]))
        let error = try #require(outcome.result.diagnostics.first { $0.range.file == "references.bib" })
        #expect(error.range.start.line >= 1)
    }

    // MARK: The file system

    @Test func aSymlinkPointingOutsideIsNotRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("cb-secret-\(UUID().uuidString).md")
        try Data("---\ntitle: \"Secret\"\n---\n\nTOP SECRET\n".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let course = try TemporaryCourse(chapter: "Text. ![x](../assets/leak.png)")
        try FileManager.default.createSymbolicLink(
            at: course.root.appendingPathComponent("chapters/02-leak.md"), withDestinationURL: secret)
        try FileManager.default.createDirectory(at: course.root.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: course.root.appendingPathComponent("assets/leak.png"), withDestinationURL: secret)
        let outcome = try build(course)
        #expect(!outcome.result.diagnostics.isEmpty)
        let written = FileManager.default.enumerator(atPath: outcome.out.path)?.compactMap { $0 as? String } ?? []
        for file in written {
            let data = FileManager.default.contents(atPath: outcome.out.appendingPathComponent(file).path) ?? Data()
            #expect(!String(decoding: data, as: UTF8.self).contains("TOP SECRET"), "\(file) holds the outside file")
        }
        let listed = try TemporaryCourse(chapter: "Text.", config: TemporaryCourse.minimalConfig + "chapters:\n  - chapters/02-leak.md\n")
        try FileManager.default.createSymbolicLink(
            at: listed.root.appendingPathComponent("chapters/02-leak.md"), withDestinationURL: secret)
        let refused = try build(listed)
        let error = try #require(refused.errors.first)
        #expect(error.range.file == "course.yml" && error.range.start.line == 4)
    }

    @Test func aListedChapterThatIsAFolderIsAnError() throws {
        let course = try TemporaryCourse(chapter: "Text.", config: TemporaryCourse.minimalConfig + "chapters:\n  - chapters/01-first.md\n  - chapters/part.md\n")
        try FileManager.default.createDirectory(at: course.root.appendingPathComponent("chapters/part.md"), withIntermediateDirectories: true)
        let outcome = try build(course)
        let error = try #require(outcome.errors.first)
        #expect(error.range.file == "course.yml" && error.range.start.line == 5)
        #expect(outcome.wroteNothing)
    }

    @Test func theOutputFolderCannotBeOrHoldTheCourse() throws {
        let course = try TemporaryCourse(chapter: "Text.")
        #expect(throws: CourseError.self) { try Build.run(path: course.path, output: course.path, options: .init()) }
        #expect(throws: CourseError.self) {
            try Build.run(path: course.path, output: course.root.deletingLastPathComponent().path, options: .init())
        }
        #expect(FileManager.default.fileExists(atPath: course.root.appendingPathComponent("chapters/01-first.md").path))
    }

    // MARK: Markup and script in text

    static let script = "<script>alert(1)</script>"

    @Test func markupInTitlesDefinitionsAndReferencesIsEscapedEverywhere() throws {
        let config = """
            title: "Course \(Self.script)"
            language: en
            objectives:
              - id: one
                text: "Do \(Self.script)"

            """
        let glossary = "- term: \"Widget\"\n  definition: \"A \(Self.script) thing.\"\n"
        let bib = "@article{k,\n  author = {Doe, Jane},\n  title = {On \(Self.script)},\n  journal = {J},\n  year = 2020\n}\n"
        let course = try TemporaryCourse(["course.yml": config, "glossary.yml": glossary, "references.bib": bib,
            "chapters/01-first.md": "---\ntitle: \"Ch \(Self.script)\"\nobjectives: [one]\n---\n\nA Widget is cited [@k].\n\n[Objective](objective:one)\n"])
        let outcome = try build(course)
        #expect(outcome.errors.isEmpty, "\(outcome.errors)")
        let files = FileManager.default.enumerator(atPath: outcome.out.path)?.compactMap { $0 as? String } ?? []
        var checked = 0
        for file in files where [".html", ".xhtml", ".opf", ".json", ".ncx"].contains(where: file.hasSuffix) {
            let text = String(decoding: FileManager.default.contents(atPath: outcome.out.appendingPathComponent(file).path) ?? Data(), as: UTF8.self)
            #expect(!text.contains("<script>alert"), "\(file) holds unescaped script")
            checked += 1
        }
        #expect(checked > 10)
        // SARIF carries a finding that quotes markup as JSON text, unchanged when read back.
        let sarif = SARIFFormat.render([Diagnostic(.warning, rule: .claimsHype, Self.script, at: SourceRange(file: "x.md"))])
        let decoded = try JSONSerialization.jsonObject(with: Data(sarif.utf8))
        #expect(String(describing: decoded).contains(Self.script))
    }

    @Test func dangerousURLsAreDropped() throws {
        let outcome = try build(try TemporaryCourse(chapter: """
            [a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](vbscript:x) [d](data:text/html,x) ![e](javascript:x)
            <javascript:alert(1)>
            """))
        let page = try #require(outcome.page()).lowercased()
        for attribute in ["href=\"", "src=\""] {
            for scheme in ["javascript:", "vbscript:", "data:text"] {
                #expect(!page.contains(attribute + scheme), "\(attribute)\(scheme)")
            }
        }
    }

    @Test func mustacheInChapterTextIsLiteral() throws {
        let outcome = try build(try TemporaryCourse(chapter: "Write {{title}} and {{{content}}} and {{#chapters}}x{{/chapters}}.\n\n`{{> partial}}`\n"))
        let page = try #require(outcome.page())
        #expect(page.contains("Write {{title}} and {{{content}}} and {{#chapters}}x{{/chapters}}."))
        #expect(page.contains("<code>{{&gt; partial}}</code>"))
    }
}
