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
        #expect(try run(["--version"]).code == 0)
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
