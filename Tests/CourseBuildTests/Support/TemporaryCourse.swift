import Foundation
@testable import CourseBuild

/// A course written into a fresh temporary folder from inline files, for
/// tests that exercise the pipeline end to end through its public API.
struct TemporaryCourse {
    let root: URL

    static let minimalConfig = """
        title: "Test course"
        language: en

        """

    init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("cb-test-\(UUID().uuidString)")
        for (path, text) in files {
            try write(path, Data(text.utf8))
        }
    }

    /// A course with course.yml and one chapter holding `body`.
    init(chapter body: String, config: String = minimalConfig, extra: [String: String] = [:]) throws {
        var files = ["course.yml": config, "chapters/01-first.md": "---\ntitle: \"First\"\n---\n\n" + body + "\n"]
        files.merge(extra) { _, new in new }
        try self.init(files)
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var path: String { root.path }

    func lint(_ options: LintOptions = .init()) throws -> LintResult {
        try Build.check(path: path, options: options).1
    }

    func rules(_ options: LintOptions = .init()) throws -> [String] {
        try lint(options).diagnostics.map(\.rule.rawValue)
    }

    func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }
}
