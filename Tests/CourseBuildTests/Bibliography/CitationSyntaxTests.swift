import Testing
@testable import CourseBuild

@Suite("Citation syntax")
struct CitationSyntaxTests {
    @Test func singleAndGroupedKeys() {
        #expect(CitationSyntax.parse("@tarleton2017") == [CitationItem(key: "tarleton2017")])
        #expect(CitationSyntax.parse("@a; @b") == [CitationItem(key: "a"), CitationItem(key: "b")])
    }

    @Test func prefixesAndLocators() {
        #expect(CitationSyntax.parse("@key, p. 12") == [CitationItem(key: "key", locator: "p. 12")])
        #expect(CitationSyntax.parse("see @key") == [CitationItem(key: "key", prefix: "see")])
        #expect(CitationSyntax.parse("see @a, pp. 3-5; @b") == [
            CitationItem(key: "a", prefix: "see", locator: "pp. 3-5"), CitationItem(key: "b"),
        ])
        #expect(CitationSyntax.parse("-@smith2004") == [CitationItem(key: "smith2004", suppressAuthor: true)])
    }

    @Test func keyCharactersAndTrailingPunctuation() {
        #expect(CitationSyntax.parse("@doe:2010.b_x-1+2?<a>~/c#$%&")?.first?.key == "doe:2010.b_x-1+2?<a>~/c#$%&")
        #expect(CitationSyntax.parse("@key.")?.first?.key == "key")
        #expect(CitationSyntax.parse("@key:")?.first?.key == "key")
        #expect(CitationSyntax.parse("@{odd key}")?.first?.key == "odd key")
    }

    @Test func notCitations() {
        #expect(CitationSyntax.parse("") == nil)
        #expect(CitationSyntax.parse("see the table") == nil)
        #expect(CitationSyntax.parse("write to me@example.org") == nil)
        #expect(CitationSyntax.parse("@a; no key here") == nil)
        #expect(CitationSyntax.parse("@") == nil)
        #expect(CitationSyntax.parse("@ key") == nil)
    }
}

@Suite("Near miss")
struct NearMissTests {
    let keys = ["tarleton2017", "tarleton2019", "boyle2017", "debaaij2015", "jahnendechent2012"]

    @Test func findsTheClosestKey() {
        #expect(NearMiss.suggest("tarleton2071", among: keys) == "tarleton2017")
        #expect(NearMiss.suggest("Boyle2017", among: keys) == "boyle2017")
        #expect(NearMiss.suggest("jahnen-dechent2012", among: keys) == "jahnendechent2012")
        #expect(NearMiss.suggest("debaij2015", among: keys) == "debaaij2015")
    }

    @Test func longKeysAllowAThirdOfTheirLength() {
        #expect(NearMiss.suggest("jahndechnt2012x", among: keys) == "jahnendechent2012")
    }

    @Test func nothingCloseMeansNoSuggestion() {
        #expect(NearMiss.suggest("smith1999", among: keys) == nil)
        #expect(NearMiss.suggest("ab", among: ["xy"]) == nil)
        #expect(NearMiss.suggest("x", among: []) == nil)
    }

    @Test func distanceCountsATranspositionOnce() {
        #expect(NearMiss.distance(Array("ab"), Array("ba")) == 1)
        #expect(NearMiss.distance(Array("kitten"), Array("sitting")) == 3)
    }
}
