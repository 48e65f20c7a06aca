import Foundation
import Testing
@testable import CourseBuild

/// The known defects of issue #14, one test each.
@Suite struct MarkdownDefectTests {
    // MARK: Deep nesting

    @Test func tenThousandNestedBlockQuotesRenderFlatWithAWarning() throws {
        let text = "Intro.\n\n" + String(repeating: ">", count: 10_000) + " deep text\n"
        let (html, diagnostics) = try ChapterRendering.html(text)
        #expect(html.contains("deep text"))
        #expect(html.components(separatedBy: "<blockquote>").count - 1 == CommonMarkParser.maxDepth)
        let warning = try #require(diagnostics.first)
        #expect(warning.range.file == "chapters/01-first.md" && warning.range.start.line == 3)
        #expect(warning.message.contains("nested more than"))
    }

    @Test func thousandsOfNestedListsKeepEveryItem() throws {
        let text = (0..<3000).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined()
        let (html, diagnostics) = try ChapterRendering.html(text)
        #expect(html.contains("item 0") && html.contains("item 1500") && html.contains("item 2999"))
        #expect(diagnostics.count == 1)
        let numbered = try ChapterRendering.html(String(repeating: "1. ", count: 10_000) + "x\n")
        #expect(numbered.html.contains("x"))
    }

    @Test func deeplyNestedInlinesKeepTheirText() throws {
        let emphasis = String(repeating: "*", count: 10_000) + "x" + String(repeating: "*", count: 10_000)
        #expect(try ChapterRendering.html(emphasis).html.contains("x"))
        let links = String(repeating: "[", count: 5_000) + "a" + String(repeating: "](u)", count: 5_000)
        #expect(try ChapterRendering.html(links).html.contains("a"))
        let images = String(repeating: "![", count: 3_000) + "pic" + String(repeating: "](y.png)", count: 3_000)
        let (html, diagnostics) = try ChapterRendering.html(images)
        #expect(html.contains("pic"))
        #expect(diagnostics.count == 1)
    }

    /// The whole pipeline in a subprocess, so a stack overflow fails this test
    /// rather than killing the test runner.
    @Test func aBuildOfDeeplyNestedChaptersExitsNormally() throws {
        let body = String(repeating: "> ", count: 10_000) + "quoted\n\n"
            + (0..<2000).map { String(repeating: "  ", count: $0) + "- item \($0)\n" }.joined() + "\n"
            + String(repeating: "*", count: 10_000) + "x" + String(repeating: "*", count: 10_000) + "\n"
        let course = try TemporaryCourse(chapter: body)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-deep-\(UUID().uuidString)")
        let result = try RobustnessCLI.run(["build", course.path, "--output", out.path])
        #expect(result.code == 0, "\(result.err.prefix(500))")
        #expect(result.err.contains("chapters/01-first.md:5:"))
        let page = try String(contentsOf: out.appendingPathComponent("site/chapters/01-first.html"), encoding: .utf8)
        #expect(page.contains("quoted") && page.contains("item 1999"))
    }

    // MARK: Tables

    @Test func tablesWithoutLeadingPipesKeepEveryCell() throws {
        let (html, _) = try ChapterRendering.html("Name | Value\n--- | ---\nx | 1\n")
        #expect(html.contains("<th scope=\"col\">Name</th><th scope=\"col\">Value</th>"))
        #expect(html.contains("<td>x</td><td>1</td>"))
        let short = try ChapterRendering.html("Use a|b here\n-|-\n").html
        #expect(short.contains("Use a") && short.contains("b here"))
    }

    @Test func aParagraphThatIsNotATableStaysAParagraph() throws {
        // The delimiter row has fewer cells than the header: not a table (GFM).
        let (html, _) = try ChapterRendering.html("a | b | c\n--- | ---\nx\n")
        #expect(html.hasPrefix("<p>a | b | c"))
        #expect(!html.contains("<table>"))
    }

    @Test func excessCellsAreKeptInTheLastCell() throws {
        let (html, _) = try ChapterRendering.html("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n")
        #expect(html.contains("<td>1</td><td>2 | 3</td>"))
    }

    @Test func tablesInsideBlockQuotesAndLists() throws {
        let quoted = try ChapterRendering.html("> Name | Value\n> --- | ---\n> x | 1\n").html
        #expect(quoted.contains("<td>x</td><td>1</td>"))
        let listed = try ChapterRendering.html("- | a | b |\n  |---|---|\n  | 1 | 2 |\n").html
        #expect(listed.contains("<td>1</td><td>2</td>"))
    }

    // MARK: URLs, alt text, info strings

    @Test func destinationsArePercentEncodedAsCmarkDoes() throws {
        let (html, _) = try ChapterRendering.html(
            "[a](<https://x.org/a b\\\\`[]\"\u{A0}é>) ![i](<https://x.org/p q.png>)\n")
        #expect(html.contains("href=\"https://x.org/a%20b%5C%60%5B%5D%22%C2%A0%C3%A9\""))
        #expect(html.contains("src=\"https://x.org/p%20q.png\""))
        // Existing escapes are kept, not encoded twice.
        #expect(try ChapterRendering.html("[a](https://x.org/a%20b)").html.contains("href=\"https://x.org/a%20b\""))
    }

    @Test func assetPathsWithSpacesAreEncoded() throws {
        let course = try TemporaryCourse(chapter: "![A chart](../assets/my%20chart.svg)", extra: ["assets/my chart.svg": "<svg/>"])
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-asset-\(UUID().uuidString)")
        _ = try Build.run(path: course.path, output: out.path, options: .init(only: .site))
        let page = try String(contentsOf: out.appendingPathComponent("site/chapters/01-first.html"), encoding: .utf8)
        #expect(page.contains("src=\"../assets/my%20chart.svg\""))
    }

    @Test func altTextKeepsInlineHTMLEscaped() throws {
        let (html, _) = try ChapterRendering.html("![a <b>c</b> `d`\ne](https://x.org/i.png)\n")
        #expect(html.contains("alt=\"a &lt;b&gt;c&lt;/b&gt; d e\""))
    }

    @Test func infoStringEndsAtAnyWhitespace() throws {
        let (html, _) = try ChapterRendering.html("```swift\tjunk\nlet x = 1\n```\n")
        #expect(html.contains("<code class=\"language-swift\">"))
    }
}

/// Runs the built `coursebuild` binary.
enum RobustnessCLI {
    static let binary = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(".build/debug/coursebuild")

    static func run(_ arguments: [String], environment: [String: String]? = nil) throws
        -> (code: Int32, out: String, err: String, signalled: Bool)
    {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes at once so neither fills up and blocks the child.
        nonisolated(unsafe) var errData = Data()
        let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return (process.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: errData, as: UTF8.self),
                process.terminationReason == .uncaughtSignal)
    }
}
