import Foundation
import Testing
@testable import CourseBuild

/// Issue 13: the learned layer (ClaimsModel), asked about uncited sentences no rule flagged.
/// The sentences here were written for these tests, not taken from a corpus.
@Suite("Claims learned layer")
struct ClaimsModelTests {
    static let withModel = wholeChecker

    /// The one sentence of a one-line paragraph.
    func sentence(_ markdown: String) -> Sentence? {
        let sentences = SentenceSplitter().split(prose(markdown))
        return sentences.count == 1 ? sentences[0] : nil
    }

    /// scripts/train-claims-model wrote these log-odds with its own reading of each sentence: Swift must read
    /// words, pairs, numbers, '%', apostrophes, quotes, code spans, citations, written U+FFFC and emoji the same
    /// way, or the weights mean something else. Log-odds, not probabilities: near 0 or 1 those hide a feature.
    @Test func readsSentencesAsTheTrainingScriptDoes() throws {
        let url = Golden.fixtures.appendingPathComponent("claims-model/golden.tsv")
        let rows = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count >= 10)
        for row in rows {
            let fields = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let s = try #require(sentence(fields[0]), "\(fields[0]) is not one sentence")
            for (column, head) in [ClaimsModel.claim, .vague, .hype].enumerated() {
                let expected = try #require(Double(fields[column + 1]))
                #expect(abs(head.logit(s) - expected) < 1e-5, "\(fields[0]), head \(column): features \(fields[4])")
            }
        }
    }

    /// Claims with no number, no stock word and no effect verb the rules know: the model reads them.
    @Test func findsClaimsTheRulesMiss() {
        for s in ["Loneliness in later life does as much harm to the heart as a pack of cigarettes a day.",
                  "Children who skip breakfast struggle with arithmetic by mid-morning.",
                  "Cold-water swimming resets the stress response in people with burnout.",
                  "Older drivers with cataracts are involved in more night-time collisions."] {
            #expect(rules(s, checker: Self.withModel) == [.claimsUncited], "\(s)")
            #expect(quiet(s), "a rule now catches: \(s)")
        }
    }

    /// The hype head reads hype the hype rule's words miss; the vague head reads an unnamed source; both, like the
    /// claim head, are asked only where no rule found anything.
    @Test func hypeAndVagueHeads() throws {
        let hyped = "Once you try it, you will wonder how you lived without it."
        #expect(rules(hyped, checker: Self.withModel).contains(.claimsHype))
        #expect(!rules(hyped).contains(.claimsHype), "the hype rule now catches it")
        let finding = try #require(findings(hyped, checker: Self.withModel).first { $0.rule == .claimsHype })
        #expect(finding.message.hasPrefix("reads as hype ('") && finding.message.hasSuffix(") in clinical text"))
        let source = try #require(sentence("Plenty of GPs now quietly recommend magnesium for night cramps."))
        #expect(ClaimsModel.vague.verdict(ClaimsModel.reading(source)) != nil)
        let plain = try #require(sentence("Magnesium citrate comes as a powder and as tablets of two strengths."))
        for head in [ClaimsModel.claim, .vague, .hype] { #expect(head.verdict(ClaimsModel.reading(plain)) == nil) }
    }

    /// A label is not asserted: the words a finding names come after it.
    @Test func cuesComeAfterALabel() throws {
        let s = "Key point: cold-water swimming resets the stress response in people with burnout."
        let finding = try #require(findings(s, checker: Self.withModel).first)
        #expect(finding.range.start.column > "Key point:".count, "\(finding.message)")
        #expect(!finding.message.contains("'point'") && !finding.message.contains("'Key"))
    }

    /// A finding says why in words, the sentence's own, and points at the strongest of them.
    @Test func findingNamesTheWordsThatWeighedMost() throws {
        let s = "Cold-water swimming resets the stress response in people with burnout."
        let finding = try #require(findings(s, checker: Self.withModel).first)
        #expect(finding.message.hasPrefix("reads as a claim ('"))
        #expect(finding.message.hasSuffix(") with no citation"))
        let quoted = finding.message.split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        #expect((1...3).contains(quoted.count))
        for words in quoted { #expect(s.contains(words), "\(words) is not the sentence's wording") }
        #expect(covered(finding, in: s) == quoted[0])
    }

    /// What the rules' exclusions judged stays theirs: a question, a case's facts, what the course says it
    /// will show, a table's header row, a fragment too short to be a sentence (each of these the model alone reads
    /// as a claim); and a cited sentence is never asked about.
    @Test func leavesExcludedSentencesAlone() {
        for s in ["Do pharmacists catch prescribing errors that doctors miss on busy wards?",
                  "Pharmacists catch prescribing errors that doctors miss on busy wards [@rowe2021].",
                  "Mrs Khan is 82 and lives alone. Loneliness harms older hearts more than high blood pressure does.",
                  "In this module you will see why pharmacists catch prescribing errors that doctors miss.",
                  "Pharmacists catch prescribing errors.",
                  "If zinc levels were closely tied to mood, a blood test could be used to diagnose depression or predict relapse."] {
            #expect(rules(s, checker: Self.withModel).isEmpty, "\(s)")
        }
        #expect(uncited("Loneliness harms older hearts more than high blood pressure does."), "outside the case, a claim")
        let cells = ["Pharmacists", "catch prescribing errors", "that doctors miss on busy wards"]
        let row = Array(cells.map { [ProseParagraph.Piece.text($0, start: SourcePosition(line: 1, column: 1))] }
            .joined(separator: [.lineBreak]))
        let header = ProseParagraph(file: "ch.md", pieces: row, isListItem: true, isTableHeader: true)
        #expect(Self.withModel.analyse(header).flatMap(\.findings).isEmpty)
        var body = header
        body.isTableHeader = false
        #expect(!Self.withModel.analyse(body).flatMap(\.findings).isEmpty, "the same cells in a body row are read")
    }

    /// `lint: claims-model: false` leaves the rules alone; a value that is not true or false is an error at its line.
    @Test func courseCanTurnItOff() throws {
        let body = "Cold-water swimming resets the stress response in people with burnout.\n"
        let on = try TemporaryCourse(chapter: body)
        #expect(try on.lint().diagnostics.contains { $0.rule == .claimsUncited && $0.message.hasPrefix("reads as a claim") })
        let off = try TemporaryCourse(chapter: body, config: TemporaryCourse.minimalConfig + "lint:\n  claims-model: false\n")
        #expect(try off.lint().diagnostics.allSatisfy { $0.rule != .claimsUncited })
        let config = TemporaryCourse.minimalConfig + "lint:\n  claims-model: sometimes\n"
        let line = config.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("sometimes") }! + 1
        let all = try TemporaryCourse(chapter: body, config: config).lint().diagnostics
        #expect(all.contains { $0.rule == .configInvalid && $0.message.contains("claims-model") && $0.range.start.line == line }, "\(all)")
    }
}
