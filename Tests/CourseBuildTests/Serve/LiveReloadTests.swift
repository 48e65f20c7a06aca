import Foundation
import Testing
@testable import CourseBuild
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `serve`'s live preview end to end, in process: a page's reload channel
/// hears each rebuild, a lint error reaches it as a message, and the terminal
/// shows only what changed.
@Suite(.serialized) struct LiveReloadTests {
    final class Log: @unchecked Sendable {
        private let lock = NSLock()
        private var text = ""
        func append(_ more: String) { lock.withLock { text += more } }
        /// What was written since the last call.
        func take() -> String { lock.withLock { defer { text = "" }; return text } }
    }

    func get(_ port: UInt16, _ path: String) async throws -> (status: Int, body: Data) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        return (try #require(response as? HTTPURLResponse).statusCode, data)
    }

    func chapter(_ title: String, _ body: String) -> String { "---\ntitle: \"\(title)\"\n---\n\n\(body)\n" }

    @Test func aPageHearsEachRebuildAndEachLintError() async throws {
        let course = try TemporaryCourse([
            "course.yml": TemporaryCourse.minimalConfig,
            "chapters/01-a.md": chapter("A", "First text."),
            "chapters/02-b.md": chapter("B", "Second text, see [A](01-a.md)."),
        ])
        let log = Log()
        let session = ServeSession(path: course.path, port: 0, printsTimings: false) { text, _ in log.append(text) }
        let port = try session.start()
        defer { session.stop() }
        #expect(log.take().contains("rebuilt in"))
        let origin = "http://127.0.0.1:\(port)"
        let page = try RawClient(port: port)
        #expect(try page.openWebSocket(PreviewServer.channelPath, host: "127.0.0.1:\(port)", origin: origin).hasPrefix("HTTP/1.1 101"))

        // An edit: the page hears "reload", and the page it then fetches has the new text.
        try course.write("chapters/01-a.md", Data(chapter("A", "Edited text.").utf8))
        #expect(session.rebuildIfChanged(waiting: 5000))
        #expect(try page.receiveText() == #"{"type":"reload"}"#)
        let edited = String(decoding: try await get(port, "/site/chapters/01-a.html").body, as: UTF8.self)
        #expect(edited.contains("Edited text."))
        #expect(edited.contains("<script src=\"/_coursebuild/reload.js\"></script>"))
        #expect(!log.take().contains(": error:"))

        // A lint error: the channel carries the report, the previous pages stay.
        try course.write("chapters/02-b.md", Data(chapter("B", "A [broken](missing.md) link.").utf8))
        #expect(session.rebuildIfChanged(waiting: 5000))
        let message = try #require(try page.receiveText())
        let errors = try #require(try JSONSerialization.jsonObject(with: Data(message.utf8)) as? [String: String])
        #expect(errors["type"] == "errors")
        #expect(errors["text"]?.contains("chapters/02-b.md:5:3: error: 'missing.md' is not a chapter or file of the course [links.broken]") == true)
        #expect(String(decoding: try await get(port, "/site/chapters/02-b.html").body, as: UTF8.self).contains("Second text"))
        #expect(log.take().contains("missing.md"))
        // A page opened meanwhile hears the errors at once; a save that keeps them prints nothing new.
        let later = try RawClient(port: port)
        _ = try later.openWebSocket(PreviewServer.channelPath, host: "localhost:\(port)", origin: "http://localhost:\(port)")
        #expect(try later.receiveText()?.contains("missing.md") == true)
        try course.write("chapters/01-a.md", Data(chapter("A", "Edited again.").utf8))
        #expect(session.rebuildIfChanged(waiting: 5000))
        #expect(try page.receiveText()?.contains("missing.md") == true)
        #expect(try later.receiveText()?.contains("missing.md") == true)
        let unchanged = log.take()
        #expect(!unchanged.contains("missing.md'"))
        #expect(unchanged.contains("not rebuilt"))

        // The fix: a reload, and the terminal names what was fixed.
        try course.write("chapters/02-b.md", Data(chapter("B", "Fixed text.").utf8))
        #expect(session.rebuildIfChanged(waiting: 5000))
        #expect(try page.receiveText() == #"{"type":"reload"}"#)
        #expect(try later.receiveText() == #"{"type":"reload"}"#)
        #expect(String(decoding: try await get(port, "/site/chapters/02-b.html").body, as: UTF8.self).contains("Fixed text."))
        #expect(log.take().contains("fixed: chapters/02-b.md:5: error: 'missing.md' is not a chapter or file of the course [links.broken]"))

        // Nothing changed: no rebuild.
        #expect(!session.rebuildIfChanged(waiting: 100))
    }

    @Test func theEbookDownloadWorksAndOnlyLocalPagesHearTheChannel() async throws {
        let course = try TemporaryCourse(chapter: "Some text.")
        let session = ServeSession(path: course.path, port: 0, printsTimings: false) { _, _ in }
        let port = try session.start()
        defer { session.stop() }
        let home = String(decoding: try await get(port, "/site/index.html").body, as: UTF8.self)
        #expect(home.contains("href=\"test-course.epub\""))
        let epub = try await get(port, "/site/test-course.epub")
        #expect(epub.status == 200)
        #expect(epub.body.starts(with: Array("PK".utf8)))

        let foreign = try RawClient(port: port)
        #expect(try foreign.openWebSocket(PreviewServer.channelPath, host: "127.0.0.1:\(port)", origin: "https://evil.example")
            .hasPrefix("HTTP/1.1 403"))
        let rebound = try RawClient(port: port)
        #expect(try rebound.openWebSocket(PreviewServer.channelPath, host: "evil.example", origin: "http://evil.example")
            .hasPrefix("HTTP/1.1 403"))
    }

    @Test func theTerminalShowsOnlyNewAndFixedFindings() {
        func finding(_ line: Int, _ message: String) -> Diagnostic {
            let position = SourcePosition(line: line, column: 1)
            return Diagnostic(.warning, rule: .linksBroken, message, at: SourceRange(file: "chapters/a.md", start: position, end: position))
        }
        let diff = FindingsDiff(from: [finding(3, "one"), finding(9, "two"), finding(12, "two")], to: [finding(5, "one"), finding(9, "three")])
        #expect(diff.new.map(\.message) == ["three"])  // "one" moved down two lines: the same finding
        #expect(diff.fixed.map(\.message) == ["two"])
        #expect(diff.fixedLines == "fixed: chapters/a.md:9: warning: two [links.broken]\n")
        #expect(FindingsDiff(from: [], to: [finding(1, "one")]).new.count == 1)
    }
}
