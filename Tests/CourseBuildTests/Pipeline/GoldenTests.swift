import Foundation
import Testing
@testable import CourseBuild

/// Fixture courses with expected output: the human diagnostics, the `<main>`
/// of each chapter page, and the EPUB's entry list and OPF.
@Suite struct GoldenTests {
    func diagnosticsText(_ fixture: String) throws -> String {
        let path = Golden.fixtures.appendingPathComponent(fixture).path
        let (resolved, result) = try Build.check(path: path, options: .init())
        return LintReport.render(result.diagnostics, course: resolved)
    }

    @Test(arguments: ["lint-findings", "small-course"])
    func diagnostics(_ fixture: String) throws {
        try Golden.check(try diagnosticsText(fixture), "\(fixture)/expected/diagnostics.txt")
    }

    @Test func chapterBodiesAndEPUB() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-golden-\(UUID().uuidString)")
        let result = try Build.run(path: Golden.fixtures.appendingPathComponent("small-course").path, output: out.path, options: .init())
        #expect(result.errorCount == 0)
        for slug in ["01-basics", "02-safety"] {
            let page = try String(contentsOf: out.appendingPathComponent("site/chapters/\(slug).html"), encoding: .utf8)
            let main = try #require(page.range(of: "<main id=\"main\">").flatMap { start in
                page.range(of: "</main>").map { String(page[start.lowerBound..<$0.upperBound]) }
            })
            try Golden.check(main + "\n", "small-course/expected/site/\(slug).main.html")
        }
        let bundle = out.appendingPathComponent("epub")
        let entries = FileManager.default.enumerator(atPath: bundle.path)!.compactMap { $0 as? String }
            .filter { !$0.hasSuffix("/") && !FileManager.default.isDirectory(bundle.appendingPathComponent($0)) }.sorted()
        try Golden.check(entries.joined(separator: "\n") + "\n", "small-course/expected/epub-entries.txt")
        let opf = try String(contentsOf: bundle.appendingPathComponent("OEBPS/content.opf"), encoding: .utf8)
            .replacingOccurrences(of: #"<meta property="dcterms:modified">[^<]*</meta>"#, with: "<meta property=\"dcterms:modified\">…</meta>", options: .regularExpression)
        try Golden.check(opf, "small-course/expected/content.opf")
    }
}

extension FileManager {
    func isDirectory(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return fileExists(atPath: url.path, isDirectory: &isDir) && isDir.boolValue
    }
}
