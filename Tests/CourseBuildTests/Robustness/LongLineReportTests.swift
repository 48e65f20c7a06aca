import Foundation
import Testing
@testable import CourseBuild

/// A diagnostic quotes its source line; on a 100,000-character line it quotes
/// a window around the span instead, with the caret still under the span.
@Suite struct LongLineReportTests {
    /// A line of numbered words, so every column's character is known.
    static let line: String = (0..<20_000).map { "w\($0 % 10)xyz" }.joined(separator: " ")

    func diagnostic(column: Int, width: Int) -> Diagnostic {
        Diagnostic(.warning, rule: .claimsHype, "a finding", at: SourceRange(
            file: "chapters/01-a.md", start: .init(line: 1, column: column), end: .init(line: 1, column: column + width - 1)))
    }

    func render(_ diagnostics: [Diagnostic]) -> String {
        let source = SourceText(file: "chapters/01-a.md", text: Self.line + "\n")
        return HumanFormat(color: false).render(diagnostics, sources: { _ in source })
    }

    /// The quoted line and the caret line of a one-diagnostic rendering.
    func quote(column: Int, width: Int = 5) -> (text: [Character], caret: [Character]) {
        let lines = render([diagnostic(column: column, width: width)]).split(separator: "\n", omittingEmptySubsequences: false)
        return (Array(lines[1].dropFirst(2)), Array(lines[2].dropFirst(2)))
    }

    @Test(arguments: [1, 2, 45, 46, 50_000, 99_990, 99_995, 99_999])
    func theCaretStaysUnderTheSpan(column: Int) {
        let (text, caret) = quote(column: column)
        #expect(text.count <= HumanFormat.quoteWidth + 2)
        let at = caret.firstIndex(of: "^")!
        let original = Array(Self.line)
        // The quoted text at the caret is the line's text at the span.
        let span = min(5, original.count - (column - 1))
        #expect(String(text[at..<(at + span)]) == String(original[(column - 1)..<(column - 1 + span)]))
        #expect(caret.count - at == span)
        #expect(text.first == "…" || column < 45)
        #expect(text.last == "…" || column > 99_000)
    }

    @Test func aShortLineIsQuotedWhole() {
        let source = SourceText(file: "chapters/01-a.md", text: "Short line.\n")
        let out = HumanFormat(color: false).render([diagnostic(column: 7, width: 4)], sources: { _ in source })
        #expect(out.contains("  Short line.\n        ^~~~\n"))
    }

    /// A thousand findings on one 100,000-character line print in well under a second each.
    @Test func manyFindingsOnALongLinePrintQuickly() {
        let findings = (0..<1000).map { diagnostic(column: 1 + $0 * 97, width: 4) }
        let clock = ContinuousClock()
        var out = ""
        let elapsed = clock.measure { out = render(findings) }
        #expect(elapsed < .seconds(5), "took \(elapsed)")
        #expect(out.utf8.count < 1000 * 400)
    }
}
