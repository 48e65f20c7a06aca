import Foundation
import Testing

/// The built `coursebuild` binary: exit codes and output as SPEC §2 gives them.
@Suite struct CLITests {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/coursebuild")

    func run(_ arguments: [String]) throws -> (code: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    @Test func versionAndHelp() throws {
        let version = try run(["--version"])
        #expect(version.code == 0 && version.out.hasPrefix("coursebuild 0.") && version.out.contains("(libcmark 0."))
        let help = try run(["--help"])
        #expect(help.code == 0 && help.out.contains("lint"))
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try run(["lint", "--format", "xml"]).code == 2)
        #expect(try run(["lint", "/nonexistent-course"]).code == 2)
        #expect(try run(["lint", "--rule", "no.such-rule", "."]).code == 2)
    }

    @Test func serveRefusesAFolderThatIsNotACourse() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("cb-no-course-\(UUID().uuidString)").path
        let result = try run(["serve", missing, "--port", "0"])
        #expect(result.code == 2)
        #expect(result.err.contains("is not a folder"))
    }

    @Test func lintExitsOneOnErrorsAndPrintsJSON() throws {
        let fixture = Golden.fixtures.appendingPathComponent("lint-findings").path
        let result = try run(["lint", fixture, "--format", "json"])
        #expect(result.code == 1)
        let items = try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [[String: Any]]
        #expect(items?.contains { $0["rule"] as? String == "cite.unknown-key" && $0["line"] as? Int == 16 } == true)
        let github = try run(["lint", fixture, "--format", "github", "--rule", "claims.hype"])
        #expect(github.out.hasPrefix("::warning file=chapters/01-problems.md,line=12,"))
    }

    @Test func strictTurnsWarningsIntoExitOne() throws {
        let fixture = Golden.fixtures.appendingPathComponent("small-course").path
        #expect(try run(["lint", fixture]).code == 0)
        #expect(try run(["lint", fixture, "--strict"]).code == 1)
    }

    @Test func rulesListsAndExplains() throws {
        let list = try run(["rules"])
        #expect(list.out.contains("claims.uncited") && list.out.contains("cite.duplicate-key"))
        let one = try run(["rules", "claims.hype"])
        #expect(one.code == 0 && one.out.contains("Reported:"))
    }
}

/// Rule ids that do not exist are errors with a near-miss hint.
@Suite struct UnknownRuleTests {
    let cli = CLITests()

    @Test func ruleFlagAloneOnAnEscapingPathFailsTheLint() throws {
        let course = try TemporaryCourse(chapter: "See [passwd](../../etc/passwd).")
        let result = try cli.run(["lint", course.path, "--rule", "links.outside-course"])
        #expect(result.code == 1)
        #expect(result.out.contains("points outside the course folder [links.outside-course]"))
    }

    @Test func anUnknownRuleFlagSuggestsTheNearestId() throws {
        let result = try cli.run(["lint", ".", "--rule", "hype"])
        #expect(result.code == 2)
        #expect(result.err.contains("unknown rule 'hype'; did you mean 'claims.hype'?"))
        #expect(try cli.run(["lint", ".", "--rule", "links.brokn"]).err.contains("did you mean 'links.broken'?"))
        let rules = try cli.run(["rules", "hype"])
        #expect(rules.code == 2 && rules.err.contains("did you mean 'claims.hype'?"))
    }

    @Test func anUnknownRuleInCourseYmlIsAConfigError() throws {
        let config = TemporaryCourse.minimalConfig + "lint:\n  rules:\n    claims.hyp: off\n"
        let course = try TemporaryCourse(chapter: "Text.", config: config)
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .configInvalid })
        #expect(d.severity == .error && d.message == "unknown rule 'claims.hyp' in lint.rules")
        #expect(d.hint == "did you mean 'claims.hype'?" && d.range.start.line == 5)
    }

    @Test func rulesExplainsWithCaretsUnderTheReportedPlaces() throws {
        let one = try cli.run(["rules", "links.broken"])
        #expect(one.code == 0)
        #expect(one.out.contains("    See [the test](99-missing.md) and [below](#no-such-heading).\n        ^"))
    }
}
