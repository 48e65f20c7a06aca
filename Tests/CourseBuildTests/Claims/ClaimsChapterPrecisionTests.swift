import Foundation
import Testing
@testable import CourseBuild

/// Precision on whole chapters: three fixture courses of four chapters each, written blind by authors who cited
/// every claim they saw (claims-chapters: pneumonia, type 2 diabetes, statins, fibre; claims-chapters2: a pharmacy
/// product page, an AF leaflet, a news digest, a nursing module; claims-chapters3: four textbook chapters). Each
/// claims finding is reviewed in Fixtures/<course>-findings.tsv as a claim the author missed, a false alarm or
/// arguable, so a change to the rules or the model shows in that file's diff.
@Suite("Claims precision on whole chapters")
struct ClaimsChapterPrecisionTests {
    @Test(arguments: ["claims-chapters", "claims-chapters2", "claims-chapters3"])
    func findingsAreTheReviewedOnes(_ name: String) throws {
        let course = Golden.fixtures.appendingPathComponent(name)
        let found = try Build.check(path: course.path, options: .init()).1.diagnostics
            .filter { [.claimsUncited, .claimsVagueAttribution, .claimsHype].contains($0.rule) }
            .map { "\($0.range.file):\($0.range.start.line):\($0.range.start.column)\t\($0.rule.rawValue)" }
        let reviewed = try String(contentsOf: Golden.fixtures.appendingPathComponent("\(name)-findings.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }
            .map { $0.split(separator: "\t").prefix(2).joined(separator: "\t") }
        #expect(found == reviewed, "found, not reviewed: \(found.filter { !reviewed.contains($0) }); reviewed, no longer found: \(reviewed.filter { !found.contains($0) })")
        #expect(reviewed.count >= 10, "the reviewed list was read")
    }
}
