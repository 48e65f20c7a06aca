import Foundation

/// Findings recorded on one day, so a team can adopt the linter on an
/// existing course and see only what is new. A finding is matched by rule,
/// file and message, not by line, so edits elsewhere in a file keep it matched.
public struct Baseline: Codable, Sendable {
    struct Entry: Codable, Sendable, Hashable {
        var rule: String
        var file: String
        var message: String
    }

    var version = 1
    var findings: [Entry]

    public init(_ diagnostics: [Diagnostic]) {
        findings = diagnostics.map { Entry(rule: $0.rule.rawValue, file: $0.range.file, message: $0.message) }
    }

    static func read(_ data: Data, path: String) throws -> Baseline {
        do {
            return try JSONDecoder().decode(Baseline.self, from: data)
        } catch {
            throw CourseError("\(path): not a coursebuild baseline file (\(error.localizedDescription))")
        }
    }

    /// The baseline file at `path` (outside the course: it is the editor's).
    public static func read(path: String) throws -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else { throw CourseError("cannot read baseline '\(path)'") }
        return try read(data, path: path)
    }

    public func write(path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: encoded()) else {
            throw CourseError("cannot write baseline '\(path)'")
        }
    }

    func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The diagnostics not in the baseline; each baseline entry absorbs one finding.
    func newFindings(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var remaining: [Entry: Int] = [:]
        for entry in findings { remaining[entry, default: 0] += 1 }
        return diagnostics.filter { d in
            let key = Entry(rule: d.rule.rawValue, file: d.range.file, message: d.message)
            guard let count = remaining[key], count > 0 else { return true }
            remaining[key] = count - 1
            return false
        }
    }
}
