import Foundation
import Testing
@testable import CourseBuild

/// The evidence rules on sentences a course would hold, and the Retraction
/// Watch CSV as Crossref publishes it.
@Suite struct EvidenceRulesTests {
    static let bib = RuleExample.entry("cohort", design: "cohort") + RuleExample.entry("mice", design: "animal")
        + RuleExample.entry("cells", design: "in-vitro") + RuleExample.entry("trial", design: "rct")
        + RuleExample.entry("opinion", design: "expert-opinion") + RuleExample.entry("review", design: "review")
        + "@article{plain, author={Doe, Jane}, title={T}, journal={J}, year={2020}}\n"

    func rules(_ sentence: String) throws -> [RuleID] {
        let course = try TemporaryCourse(chapter: sentence, extra: ["references.bib": Self.bib])
        return try course.lint(.init(onlyRules: [.claimsCausalOverreach, .claimsPreclinicalOnly])).diagnostics.map(\.rule)
    }

    @Test func causalWordingOnWeakDesignsOverreaches() throws {
        #expect(try rules("Zinc restores taste in older adults [@cohort].") == [.claimsCausalOverreach])
        #expect(try rules("Vitamin D prevents winter depression [@opinion].") == [.claimsCausalOverreach])
        #expect(try rules("Omega-3 improved mood [@cohort; @opinion].") == [.claimsCausalOverreach])
    }

    @Test func oneStrongSourceOrOwnScopeOrNoDesignIsEnough() throws {
        #expect(try rules("Zinc restores taste in older adults [@cohort; @trial].").isEmpty)
        #expect(try rules("In a cohort, zinc intake was associated with better taste [@cohort].").isEmpty)
        #expect(try rules("Lower zinc intake was linked to poorer taste [@cohort].").isEmpty)
        #expect(try rules("In cultured neurons, lithium restores spine density [@cells].").isEmpty)
        #expect(try rules("Zinc restores taste in older adults [@plain].").isEmpty)
        #expect(try rules("Zinc restores taste [@review].").isEmpty)
        #expect(try rules("Those with a reduced intake reported poorer taste [@cohort].").isEmpty)
        #expect(try rules("The number needed to treat was 8 [@cohort].").isEmpty)
    }

    @Test func clinicalClaimsOnPreclinicalSourcesAreReported() throws {
        #expect(try rules("Lithium protects patients' neurons [@cells].").contains(.claimsPreclinicalOnly))
        #expect(try rules("Clinicians can use creatine for low mood [@mice].") == [.claimsPreclinicalOnly])
        #expect(try rules("In mice, creatine supplementation eased despair-like behaviour [@mice].").isEmpty)
        #expect(try rules("Clinicians can use creatine for low mood [@mice; @trial].").isEmpty)
    }

    @Test func findingNamesTheWordAndTheSources() throws {
        let course = try TemporaryCourse(chapter: "Zinc restores taste [@cohort].", extra: ["references.bib": Self.bib])
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .claimsCausalOverreach })
        #expect(d.message == "'restores' asserts an effect, with only cohort evidence: cohort")
        #expect(d.range.start.column == 6 && d.range.end.column == 13)
    }

    @Test func invalidEvidenceSuggestsTheDesign() throws {
        let bib = "@article{k, author={Doe, Jane}, title={T}, journal={J}, year={2020}, evidence={meta analysis}}\n"
        let course = try TemporaryCourse(chapter: "Text [@k].", extra: ["references.bib": bib])
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .citeInvalidEvidence })
        #expect(d.hint?.hasPrefix("did you mean 'meta-analysis'?") == true)
        #expect(StudyDesign.suggestion(for: "trial") == .rct && StudyDesign(written: "Cohort") == .cohort)
    }
}

@Suite struct RetractionWatchTests {
    static let header = RetractionRules.header

    func read(_ csv: String, wanted: Set<String>) -> Result<[String: [RetractionNotice]], CourseError> {
        RetractionWatchReader.read(Data(csv.utf8), wanted: wanted)
    }

    @Test func identifiersMatchInAnyCaseWithOrWithoutResolver() {
        #expect(RetractionWatchReader.key(doi: "https://doi.org/10.1000/ABC") == "doi:10.1000/abc")
        #expect(RetractionWatchReader.key(doi: "doi:10.1000/abc") == "doi:10.1000/abc")
        #expect(RetractionWatchReader.key(doi: "unavailable") == nil)
        #expect(RetractionWatchReader.key(pmid: "0") == nil && RetractionWatchReader.key(pmid: "unavailable") == nil)
        #expect(RetractionWatchReader.key(pmid: " 123 ") == "pmid:123")
    }

    @Test func readsQuotedCommasTrailingCommasAndNatures() throws {
        let csv = Self.header
            + "1,\"Title, with comma\",S,I,J,P,C,\"Doe, J; Roe, A\",,Article,3/14/2021 0:00,10.1/n1,0,1/1/2019 0:00,10.1000/A,unavailable,Retraction,+Fabrication;+Plagiarism;,No,,\n"
            + "2,T,S,I,J,P,C,A,,Article,4/1/2021 0:00,unavailable,0,1/1/2019 0:00,unavailable,555,Expression of concern,+Data;,No,,\n"
            + "3,T,S,I,J,P,C,A,,Article,4/1/2021 0:00,unavailable,0,1/1/2019 0:00,10.1000/B,0,Correction,+Error;,No,,\n"
            + "4,T,S,I,J,P,C,A,,Article,4/1/2021 0:00,unavailable,0,1/1/2019 0:00,10.1000/C,0,Retraction,+Error;,No,,\n"
        let notices = try read(csv, wanted: ["doi:10.1000/a", "pmid:555", "doi:10.1000/b"]).get()
        #expect(notices["doi:10.1000/a"] == [.init(nature: .retraction, date: "3/14/2021", reason: "Fabrication, Plagiarism", noticeDOI: "10.1/n1")])
        #expect(notices["pmid:555"]?.first?.nature == .expressionOfConcern)
        #expect(notices["doi:10.1000/b"] == nil, "a correction withdraws nothing")
        #expect(notices["doi:10.1000/c"] == nil, "only identifiers the course cites are kept")
    }

    @Test func aFileThatIsNotTheExportIsAConfigError() throws {
        if case .success = read("a,b\n1,2\n", wanted: []) { Issue.record("a CSV without the columns was accepted") }
        let config = TemporaryCourse.minimalConfig + "lint:\n  retractions: data/none.csv\n"
        let course = try TemporaryCourse(chapter: "Text.", config: config)
        let d = try #require(try course.lint().diagnostics.first { $0.rule == .configInvalid })
        #expect(d.message == "cannot check retractions: 'data/none.csv' does not exist" && d.range.start.line == 4)
    }
}

@Suite struct CSVRecordsTests {
    func records(_ text: String) -> [[String]] {
        let data = Data(text.utf8)
        return data.withUnsafeBytes { bytes in
            var reader = CSVRecords(bytes)
            var rows: [[String]] = []
            while let row = reader.next() { rows.append(row) }
            return rows
        }
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() {
        #expect(records("a,\"b, c\",\"say \"\"hi\"\"\"\n1,\"two\nlines\",3\n")
            == [["a", "b, c", "say \"hi\""], ["1", "two\nlines", "3"]])
    }

    @Test func crlfBomTrailingCommaAndNoFinalNewline() {
        #expect(records("\u{FEFF}x,y,\r\n1,2,\r\n3,4") == [["x", "y", ""], ["1", "2", ""], ["3", "4"]])
    }

    @Test func unkeptFieldsAreNotDecoded() {
        let data = Data("a,\"long, text\",c\n".utf8)
        let row = data.withUnsafeBytes { bytes in
            var reader = CSVRecords(bytes)
            return reader.next(keep: { $0 != 1 })
        }
        #expect(row == ["a", "", "c"])
    }
}
