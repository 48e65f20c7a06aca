@testable import CourseBuild
import Testing

/// ChapterFacts scans a paragraph's words once and asks for each text run's
/// matches out of that scan (`matches(inPiece:at:of:)`), falling back to the
/// run alone where a word crosses its edge ("con*tour* line"). Whatever the
/// cut, a run's matches must be those of matching the run by itself.
@Suite struct GlossaryPieceMatchingTests {
    /// SplitMix64: the same pieces on every run, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func term(_ name: String, aliases: [String] = []) -> GlossaryTerm {
        GlossaryTerm(id: Slug.make(name), term: name, aliases: aliases, definition: "d", see: [], range: SourceRange(file: "glossary.yml"))
    }

    @Test func aRunsMatchesAreThoseOfTheRunAlone() {
        let matcher = GlossaryMatcher([
            Self.term("contour line"), Self.term("naïve reader"), Self.term("Mg²⁺ ion"), Self.term("café au lait"),
            Self.term("blood pressure", aliases: ["blood-pressure"]), Self.term("x"), Self.term("a b c"), Self.term("Über"),
        ])
        // Words of the terms, their parts, and what sits between and inside words: combining marks,
        // dashes, no-break spaces, joiners, emoji, line breaks.
        let alphabet = ["a", "b", "c", "x", " ", "-", "–", "\u{A0}", "\u{301}", "\u{308}", "ï", "²", "⁺", "😀", ".", "contour", "line",
                        "naïve", "nai\u{308}ve", "reader", "Mg", "ion", "café", "au", "lait", "blood", "pressure", "Über", "ÜBER",
                        "\r\n", "\u{200D}", "🇬🇧", "ß", "İ"]
        var random = SeededGenerator(state: 17)
        var checked = 0
        for _ in 0..<3000 {
            let pieces = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                (0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            }
            let scanned = matcher.scanned(pieces.joined())
            var offset = 0
            for piece in pieces {
                let fromScan = matcher.matches(inPiece: piece, at: offset, of: scanned).map { Self.describe($0, in: piece) }
                let alone = matcher.matches(in: piece).map { Self.describe($0, in: piece) }
                #expect(fromScan == alone, "run \(piece.debugDescription) of \(pieces.map(\.debugDescription))")
                checked += alone.count
                offset += piece.utf8.count
            }
        }
        #expect(checked > 300, "the pieces hold matches to compare")
    }

    static func describe(_ match: GlossaryMatcher.Match, in piece: String) -> String {
        "\(piece.utf8.distance(from: piece.startIndex, to: match.range.lowerBound))-\(piece.utf8.distance(from: piece.startIndex, to: match.range.upperBound)):\(match.id)"
    }
}
