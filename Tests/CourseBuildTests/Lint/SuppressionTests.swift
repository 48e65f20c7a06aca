import Testing
@testable import CourseBuild

@Suite struct SuppressionTests {
    let hype = "Magnesium is a miracle mineral."

    @Test func disableNextLineWaivesOnlyThatLine() throws {
        let course = try TemporaryCourse(chapter: """
            <!-- coursebuild-disable-next-line claims.hype -- quoted from the course page -->
            \(hype)

            \(hype)
            """)
        let result = try course.lint()
        #expect(result.diagnostics.filter { $0.rule == .claimsHype }.map(\.range.start.line) == [8])
        #expect(result.suppressions.map(\.waived) == [1])
        #expect(result.suppressions.first?.suppression.reason == "quoted from the course page")
    }

    @Test func disableEnableWaivesTheSpanBetween() throws {
        let course = try TemporaryCourse(chapter: """
            <!-- coursebuild-disable claims.hype -->
            \(hype)

            \(hype)
            <!-- coursebuild-enable claims.hype -->

            \(hype)
            """)
        #expect(try course.lint().diagnostics.filter { $0.rule == .claimsHype }.map(\.range.start.line) == [11])
    }

    @Test func aSuppressionThatSuppressesNothingIsReported() throws {
        let course = try TemporaryCourse(chapter: "<!-- coursebuild-disable-next-line claims.hype -->\nA plain sentence.")
        let rules = try course.rules()
        #expect(rules == ["suppression.unused"])
    }

    @Test func aSuppressionOfAnotherRuleWaivesNothing() throws {
        let course = try TemporaryCourse(chapter: "<!-- coursebuild-disable-next-line links.broken -->\n\(hype)")
        #expect(Set(try course.rules()) == ["claims.hype", "suppression.unused"])
    }
}

@Suite struct BaselineTests {
    @Test func baselineHidesRecordedFindingsButNotNewOnes() throws {
        let course = try TemporaryCourse(chapter: "Magnesium is a miracle mineral.")
        let recorded = Baseline(try course.lint().diagnostics)
        #expect(!recorded.findings.isEmpty)
        #expect(try course.lint(.init(baseline: recorded)).diagnostics.isEmpty)

        try course.write("chapters/02-b.md", .init("---\ntitle: B\n---\n\nThis revolutionary cure works.\n".utf8))
        let fresh = try course.lint(.init(baseline: recorded)).diagnostics
        #expect(!fresh.isEmpty)
        #expect(fresh.allSatisfy { $0.range.file == "chapters/02-b.md" })
    }

    @Test func baselineRoundTripsThroughItsFile() throws {
        let d = Diagnostic(.warning, rule: .claimsHype, "m", at: SourceRange(file: "a.md", line: 3))
        let read = try Baseline.read(Baseline([d]).encoded(), path: "b.json")
        #expect(read.newFindings([d]).isEmpty)
    }
}

@Suite struct SeverityTests {
    @Test func courseSettingsAndStrictChangeSeverity() throws {
        let config = TemporaryCourse.minimalConfig + "lint:\n  rules:\n    claims.hype: error\n    structure.heading-skip: off\n"
        let course = try TemporaryCourse(chapter: "## A\n\n#### B\n\nA miracle mineral.", config: config)
        let result = try course.lint()
        #expect(result.diagnostics.map(\.rule) == [.claimsHype])
        #expect(result.errorCount == 1)
        let plain = try TemporaryCourse(chapter: "## A\n\n#### B")
        #expect(try plain.lint().errorCount == 0)
        #expect(try plain.lint(.init(strict: true)).errorCount == 1)
    }

    @Test func ruleFilterRunsOnlyThatRule() throws {
        let course = try TemporaryCourse(chapter: "## A\n\n#### B\n\nA miracle mineral.")
        #expect(try course.rules(.init(onlyRules: [.structureHeadingSkip])) == ["structure.heading-skip"])
    }
}
