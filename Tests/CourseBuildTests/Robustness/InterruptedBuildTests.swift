import Foundation
import Testing
@testable import CourseBuild

/// A build killed with SIGKILL at several points leaves the previous output
/// whole; the next build succeeds and leaves no temporary folder behind
/// (only the spare it keeps on purpose, `SpareOutput`).
@Suite(.serialized) struct InterruptedBuildTests {
    /// A generated course large enough that a build takes a noticeable time.
    static func largeCourse(chapters: Int = 150) throws -> TemporaryCourse {
        var files = ["course.yml": TemporaryCourse.minimalConfig]
        let paragraph = String(repeating: "Magnesium blocks the channel at rest and opens on depolarisation. ", count: 12)
        for i in 1...chapters {
            let name = String(format: "chapters/%03d-part.md", i)
            files[name] = "---\ntitle: \"Part \(i)\"\n---\n\n" + (1...6).map { "## Section \($0)\n\n\(paragraph)\n\n- one\n- two\n" }.joined(separator: "\n")
        }
        return try TemporaryCourse(files)
    }

    /// Every file under `folder` with its bytes.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for case let file as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
            let url = folder.appendingPathComponent(file)
            if !FileManager.default.isDirectory(url) { result[file] = FileManager.default.contents(atPath: url.path) }
        }
        return result
    }

    static func strays(beside output: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)) ?? []
        return names.filter { $0.hasPrefix(".\(output.lastPathComponent).") && $0 != ".\(output.lastPathComponent).spare" }
    }

    @Test func aKilledBuildKeepsThePreviousOutputAndTheNextBuildCleansUp() throws {
        let course = try Self.largeCourse()
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("cb-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let output = parent.appendingPathComponent("output")
        let arguments = ["build", course.path, "--output", output.path]
        // Passed to the child, not set here: other tests set and unset it in this process.
        let environment = ProcessInfo.processInfo.environment.merging(["SOURCE_DATE_EPOCH": "1700000000"]) { $1 }

        let started = Date()
        let first = try RobustnessCLI.run(arguments, environment: environment)
        let duration = Date().timeIntervalSince(started)
        #expect(first.code == 0, "\(first.err.prefix(300))")
        let previous = Self.snapshot(output)
        #expect(previous.count > 150)

        // Kill during the work before writing, then at several points of the
        // write stage (from when its staging folder appears).
        let points: [(fraction: Double, afterStaging: Double?)] =
            [(0.2, nil), (0.6, nil), (0, 0), (0, 0.002), (0, 0.01), (0, 0.03), (0, 0.1)]
        var killedWhileWriting = 0
        for point in points {
            let process = Process()
            process.executableURL = RobustnessCLI.binary
            process.arguments = arguments
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if let delay = point.afterStaging {
                let staging = parent.appendingPathComponent(".output.building-\(process.processIdentifier)")
                while process.isRunning, !FileManager.default.fileExists(atPath: staging.path) { usleep(200) }
                usleep(UInt32(delay * 1_000_000))
                if process.isRunning { killedWhileWriting += 1 }
            } else {
                usleep(UInt32(duration * point.fraction * 1_000_000))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // Whichever build won, output/ is a whole build: the same bytes.
            #expect(Self.snapshot(output) == previous, "output not whole after a kill at \(point)")
        }
        #expect(killedWhileWriting >= 2)

        let last = try RobustnessCLI.run(arguments, environment: environment)
        #expect(last.code == 0)
        #expect(Self.snapshot(output) == previous)
        #expect(Self.strays(beside: output).isEmpty, "\(Self.strays(beside: output))")
    }

    @Test func aPreviousOutputMovedAsideByADeadBuildIsPutBack() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("cb-aside-\(UUID().uuidString)")
        let output = parent.appendingPathComponent("output")
        // A pid that is not running: the highest possible one.
        let aside = parent.appendingPathComponent(".output.old-4194304")
        try FileManager.default.createDirectory(at: aside, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: aside.appendingPathComponent("index.html"))
        let staging = parent.appendingPathComponent(".output.building-4194304")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        OutputWriter.recoverFromDeadBuilds(of: output)
        #expect(FileManager.default.contents(atPath: output.appendingPathComponent("index.html").path) == Data("old".utf8))
        #expect(Self.strays(beside: output).isEmpty)
    }
}
