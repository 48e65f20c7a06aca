import Foundation
import Testing
@testable import CourseBuild

/// `docs/format.md`, the authors' reference, names every key the readers accept.
@Suite struct FormatDocTests {
    static let doc = ThemeDriftTests.templates.deletingLastPathComponent().appendingPathComponent("docs/format.md")

    @Test func theReferenceNamesEveryKeyTheReadersAccept() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let lists: [(String, [String])] = [
            ("course.yml", Array(CourseConfigReader.knownKeys)),
            ("an objective", Array(CourseConfigReader.objectiveKeys)),
            ("lint", Array(CourseConfigReader.lintKeys)),
            ("lint.claims", Array(CourseConfigReader.lintClaimsKeys)),
            ("front matter", Array(FrontMatterReader.knownKeys)),
            ("glossary.yml", Array(GlossaryReader.knownKeys)),
            ("a quiz", Array(QuizReader.knownKeys)),
            ("a quiz choice", Array(QuizReader.choiceKeys)),
            ("BibTeX", BibEntry.bibtexFields),
            ("CSL-JSON", BibEntry.cslJSONFields),
            ("evidence", StudyDesign.allCases.map(\.rawValue)),
        ]
        for (reader, keys) in lists {
            for key in keys.sorted() {
                #expect(text.contains("`\(key)`"), "docs/format.md does not name \(reader)'s key `\(key)`")
            }
        }
        for feature in ["[@key]", "term:id", "objective:id", "[!NOTE]", "[!CAUTION]", "```quiz", "Figure 1.1.",
                        "coursebuild-disable-next-line", "coursebuild-enable", "|---|"] {
            #expect(text.contains(feature), "docs/format.md does not show \(feature)")
        }
    }
}
