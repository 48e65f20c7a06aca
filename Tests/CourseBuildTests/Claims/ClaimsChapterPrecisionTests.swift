import Foundation
import Testing
@testable import CourseBuild

/// Precision on whole chapters: Fixtures/claims-chapters is four chapters (a textbook chapter, patient education,
/// a pharmacist CPD module with a quiz, a nutrition chapter) written blind by an author who cited every claim they
/// saw. Each claims finding on it is reviewed in Fixtures/claims-chapters-findings.tsv as a claim the author missed,
/// a false alarm or arguable, so a change to the rules or the model shows in that file's diff.
@Suite("Claims precision on whole chapters")
struct ClaimsChapterPrecisionTests {
    @Test func findingsAreTheReviewedOnes() throws {
        let course = Golden.fixtures.appendingPathComponent("claims-chapters")
        let found = try Build.check(path: course.path, options: .init()).1.diagnostics
            .filter { [.claimsUncited, .claimsVagueAttribution, .claimsHype].contains($0.rule) }
            .map { "\($0.range.file):\($0.range.start.line):\($0.range.start.column)\t\($0.rule.rawValue)" }
        let reviewed = try String(contentsOf: Golden.fixtures.appendingPathComponent("claims-chapters-findings.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t").prefix(2).joined(separator: "\t") }
        #expect(found == reviewed, "found, not reviewed: \(found.filter { !reviewed.contains($0) }); reviewed, no longer found: \(reviewed.filter { !found.contains($0) })")
        #expect(reviewed.count >= 20, "the reviewed list was read")
    }
}
