import Foundation
import Testing
@testable import CourseBuild

/// SPEC §4: the claims review lists every claim with its status: a summary
/// (review/claims.html, claims.json) and a page and JSON file per chapter.
@Suite struct ClaimsReviewTests {
    static let bib = """
        @article{smith2020,
          author = {Smith, Jane},
          title = {Magnesium and sleep},
          journal = {Sleep},
          year = {2020},
          evidence = {RCT}
        }

        """

    @Test func everyClaimIsListedWithItsStatusSourcesAndPlace() throws {
        let body = """
            ## Evidence

            Sleep onset latency fell by 17 minutes in one trial [@smith2020].

            Up to 40% of patients on loop diuretics develop low magnesium.

            <!-- coursebuild-disable-next-line claims.uncited -- figure from the product label -->
            Each tablet holds 100 mg of elemental magnesium.

            Magnesium is a mineral.
            """
        let course = try TemporaryCourse(chapter: body, extra: ["references.bib": Self.bib])
        let out = course.root.appendingPathComponent("output")
        _ = try Build.run(path: course.path, output: out.path, options: .init())

        let index = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: out.appendingPathComponent("review/claims.json"))) as? [String: Any])
        let chapters = try #require(index["chapters"] as? [[String: Any]])
        #expect(chapters.map { $0["json"] as? String } == ["chapters/01-first.json"])
        #expect((index["counts"] as? [String: Int]) == ["cited": 1, "flagged": 1, "suppressed": 1, "uncited": 0])
        let data = try Data(contentsOf: out.appendingPathComponent("review/chapters/01-first.json"))
        let review = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(review["file"] as? String == "chapters/01-first.md")
        #expect(review["href"] as? String == "../../site/chapters/01-first.html")
        #expect(review["fields"] as? [String] == ["line", "column", "section", "status", "text", "sources", "notes", "reasons"])
        let items = try #require(review["claims"] as? [[Any]])
        let references = try #require(review["references"] as? [String: [String]])
        #expect(references.keys.sorted() == ["smith2020"])
        #expect(references["smith2020"]?.first?.hasPrefix("Smith J. Magnesium and sleep.") == true)
        #expect(references["smith2020"]?.last == "RCT")
        #expect(items.map { $0[3] as? String } == ["cited", "flagged", "suppressed"])
        #expect(items.map { $0[0] as? Int } == [7, 9, 12])
        #expect(review["sections"] as? [String] == ["evidence"])
        #expect(items.map { $0[2] as? Int } == [0, 0, 0], "a row names its section by its index in sections")
        #expect(items[0][5] as? [String] == ["smith2020"])
        #expect(items[0][7] as? [String] == [], "a cited sentence's reasons are answered by its citation")
        #expect((items[1][6] as? [String])?.first?.contains("percentage") == true)
        #expect((items[1][7] as? [String])?.first?.contains("percentage") == true)
        #expect(items[2][6] as? [String] == ["figure from the product label"])

        let summary = try String(contentsOf: out.appendingPathComponent("review/claims.html"), encoding: .utf8)
        #expect(summary.contains("3 in all,\n1 cited, 1 flagged, 1 suppressed"))
        #expect(summary.contains("<a href=\"chapters/01-first.html\">1. "))
        let html = try String(contentsOf: out.appendingPathComponent("review/chapters/01-first.html"), encoding: .utf8)
        #expect(html.contains("<base href=\"../../site/chapters/01-first.html\" />"))
        // What needs a decision is listed in full; a citing sentence once, under its section, and its source
        // in the evidence map with the lines citing it.
        #expect(html.contains("<tr><td><a href=\"#evidence\">line 9</a></td><td>Up to 40% of patients"))
        #expect(html.contains("<td><strong>suppressed</strong><br /><small>figure from the product label</small></td>"))
        #expect(html.components(separatedBy: "Sleep onset latency fell").count == 2)
        #expect(html.contains("<h3><a href=\"#evidence\">Evidence</a></h3>\n<ol>\n"
            + "<li value=\"7\">Sleep onset latency fell by 17 minutes in one trial [@smith2020].</li>\n</ol>"))
        #expect(html.contains("<li>Smith J. Magnesium and sleep."))
        #expect(html.contains("<span class=\"evidence\">RCT</span><br />Line 7</li>"))
        #expect(!html.contains("Magnesium is a mineral."))
    }

    @Test func aClaimIsNotCitedJustBecauseItsRuleIsOff() throws {
        let config = TemporaryCourse.minimalConfig + "lint:\n  rules:\n    claims.uncited: off\n"
        let course = try TemporaryCourse(chapter: "Up to 40% of patients on loop diuretics develop low magnesium.", config: config)
        let out = course.root.appendingPathComponent("output")
        _ = try Build.run(path: course.path, output: out.path, options: .init())
        let data = try Data(contentsOf: out.appendingPathComponent("review/chapters/01-first.json"))
        let review = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(review["claims"] as? [[Any]])
        #expect(items.map { $0[3] as? String } == ["uncited"])
    }
}
