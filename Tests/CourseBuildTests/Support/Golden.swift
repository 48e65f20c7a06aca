import Foundation
import Testing

/// Compares `actual` with the golden file at `path` (relative to Fixtures/).
/// With RECORD_GOLDENS=1 the golden is rewritten instead, for review in the diff.
enum Golden {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static func check(_ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = fixtures.appendingPathComponent(path)
        if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "golden \(path) differs; run with RECORD_GOLDENS=1 and review the diff", sourceLocation: sourceLocation)
    }
}
