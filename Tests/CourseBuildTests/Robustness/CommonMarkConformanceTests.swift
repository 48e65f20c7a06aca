import CCmark
import Foundation
import Testing
@testable import CourseBuild

/// CommonMark 0.30's 652 examples, each rendered by our renderer and by
/// cmark's own `cmark_render_html` from the same libcmark, compared after
/// normalising only what the product changes on purpose. A difference that no
/// deliberate rule explains fails the test.
@Suite struct CommonMarkConformanceTests {
    struct Example: Sendable, CustomStringConvertible {
        var number: Int
        var section: String
        var markdown: String
        var description: String { "example \(number) (\(section))" }
    }

    /// The examples of the spec copied into the fixtures (→ stands for a tab).
    static let examples: [Example] = {
        let url = Golden.fixtures.appendingPathComponent("commonmark/spec-0.30.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let fence = String(repeating: "`", count: 32)
        var result: [Example] = []
        var section = ""
        var lines: [String]? = nil
        var inMarkdown = false
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("#"), lines == nil { section = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces) }
            if line == fence + " example" {
                lines = []
                inMarkdown = true
            } else if line == fence, let collected = lines {
                result.append(Example(number: result.count + 1, section: section, markdown: collected.joined()))
                lines = nil
            } else if line == ".", lines != nil {
                inMarkdown = false
            } else if inMarkdown, lines != nil {
                lines!.append(line.replacingOccurrences(of: "→", with: "\t") + "\n")
            }
        }
        return result
    }()

    /// What the product changes on purpose, each with its reason and the
    /// rewrite that undoes it on our output (or applies it to cmark's) before
    /// comparing. An example equal only after one of these differs on purpose.
    enum Deliberate: String, CaseIterable {
        /// The page's title is its only h1, so a chapter's `#` becomes h2, and
        /// every heading gets an id for links and the table of contents.
        case headings = "headings get ids and start at h2"
        /// An image with a title alone in its paragraph is a numbered figure
        /// with the title as its caption.
        case figures = "a titled image alone in a paragraph is a figure"

        func undo(ours: String, cmark: String) -> (String, String) {
            switch self {
            case .headings:
                let mine = ours.replacingOccurrences(of: #"<h([1-6]) id="[^"]*">"#, with: "<h$1>", options: .regularExpression)
                return (mine, cmark.replacingOccurrences(of: "<h1>", with: "<h2>").replacingOccurrences(of: "</h1>", with: "</h2>"))
            case .figures:
                let figure = #"<figure id="[^"]*">\n<img src="([^"]*)" alt="([^"]*)" />\n<figcaption><span class="figure-label">[^<]*</span> ([^<]*)</figcaption>\n</figure>\n"#
                return (ours.replacingOccurrences(of: figure, with: "<p><img src=\"$1\" alt=\"$2\" title=\"$3\" /></p>\n", options: .regularExpression), cmark)
            }
        }
    }

    /// The example as a chapter's body, after front matter: a chapter's first
    /// line `---` opens front matter, so the example must not come first.
    static func ours(_ markdown: String) throws -> String {
        try ChapterRendering.html("---\ntitle: \"Example\"\n---\n" + markdown, allowRawHTML: true, linksAsWritten: true).html
    }

    static func cmark(_ markdown: String) -> String {
        let length = markdown.utf8.count
        guard let html = markdown.withCString({ cmark_markdown_to_html($0, length, CMARK_OPT_UNSAFE) }) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// Spelling, not meaning: we escape `'` in text (XHTML attributes are
    /// quoted either way), cmark writes it as `&#x27;` in URLs.
    static func spelling(_ html: String) -> String {
        html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&#x27;", with: "'")
    }

    @Test func allExamplesAreReadFromTheSpec() {
        #expect(Self.examples.count == 652)
    }

    @Test func everyExampleMatchesCmarkOrDiffersOnPurpose() throws {
        var equal = 0
        var explained: [Deliberate: [Int]] = [:]
        var unexplained: [(Example, String, String)] = []
        for example in Self.examples {
            var mine = Self.spelling(try Self.ours(example.markdown))
            var theirs = Self.spelling(Self.cmark(example.markdown))
            if mine == theirs {
                equal += 1
                continue
            }
            var reasons: [Deliberate] = []
            for reason in Deliberate.allCases {
                let undone = reason.undo(ours: mine, cmark: theirs)
                if undone != (mine, theirs) { reasons.append(reason) }
                (mine, theirs) = undone
            }
            if mine == theirs, let first = reasons.first {
                explained[first, default: []].append(example.number)
            } else {
                unexplained.append((example, mine, theirs))
            }
        }
        let summary = "\(equal) equal, \(explained.values.map(\.count).reduce(0, +)) deliberate "
            + explained.map { "(\($0.key.rawValue): \($0.value.count))" }.sorted().joined(separator: " ")
            + ", \(unexplained.count) unexplained"
        if ProcessInfo.processInfo.environment["COMMONMARK_REPORT"] != nil {
            print(summary)
            for (example, mine, theirs) in unexplained {
                print("--- \(example)\n\(example.markdown.debugDescription)\nours:  \(mine.debugDescription)\ncmark: \(theirs.debugDescription)")
            }
        }
        #expect(unexplained.isEmpty, "\(summary): \(unexplained.map(\.0.number))")
    }
}
