import Testing
@testable import CourseBuild

private let zoteroExport = #"""
[
  {
    "id": "tarleton2017",
    "type": "article-journal",
    "title": "Role of magnesium supplementation in the treatment of <i>depression</i>",
    "container-title": "PLoS ONE",
    "author": [
      {"family": "Tarleton", "given": "Emily K."},
      {"family": "Baaij", "given": "Jeroen H. F.", "non-dropping-particle": "de"}
    ],
    "issued": {"date-parts": [[2017, 6]]},
    "volume": "12", "issue": 6, "page": "e0180067",
    "DOI": "10.1371/journal.pone.0180067",
    "URL": "https://example.org/t",
    "evidence": "rct"
  },
  {
    "id": "iom1997",
    "type": "book",
    "title": "Dietary Reference Intakes",
    "author": [{"literal": "Institute of Medicine"}],
    "publisher": "National Academy Press",
    "issued": {"raw": "1997-08"},
    "note": "PMID: 123456\nevidence: guideline"
  },
  {"id": "cuciureanu2011", "type": "chapter", "title": "Magnesium and stress",
   "container-title": "Magnesium in the Central Nervous System", "page": "269-282",
   "editor": [{"family": "Vink", "given": "Robert"}]}
]
"""#

@Suite("CSL-JSON parser")
struct CSLJSONParserTests {
    @Test func readsZoteroItems() throws {
        let (entries, diagnostics) = CSLJSONParser.parse(zoteroExport, file: "references.json")
        #expect(diagnostics.isEmpty)
        #expect(entries.map(\.key) == ["tarleton2017", "iom1997", "cuciureanu2011"])
        #expect(entries.map(\.type) == ["article", "book", "incollection"])
        #expect(entries.map(\.range.start.line) == [3, 18, 26])
        #expect(entries[0].range.start.column == 5)

        let t = entries[0]
        #expect(t.title == "Role of magnesium supplementation in the treatment of depression")
        #expect(t.authors == [PersonName(family: "Tarleton", given: "Emily K."), PersonName(family: "de Baaij", given: "Jeroen H. F.")])
        #expect(t.containerTitle == "PLoS ONE")
        #expect(t.year == "2017")
        #expect(t.volume == "12")
        #expect(t.issue == "6")
        #expect(t.doi == "10.1371/journal.pone.0180067")
        #expect(t.evidence == "rct")

        let iom = entries[1]
        #expect(iom.authors == [.literal("Institute of Medicine")])
        #expect(iom.year == "1997")
        #expect(iom.containerTitle == "National Academy Press")
        #expect(iom.pmid == "123456")
        #expect(iom.evidence == "guideline")
        #expect(entries[2].editors.map(\.family) == ["Vink"])
        #expect(entries[2].containerTitle == "Magnesium in the Central Nervous System")
    }

    @Test func invalidJSONIsOneSyntaxErrorWithItsLine() throws {
        let text = "[\n  {\"id\": \"a\",\n   \"title\": \"x\"\n   \"oops\": 1}\n]"
        let (entries, diagnostics) = CSLJSONParser.parse(text, file: "references.json")
        #expect(entries.isEmpty)
        let d = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(d.rule == .citeSyntax)
        #expect(d.severity == .error)
        #expect(d.message.hasPrefix("invalid CSL-JSON"))
        #expect(d.range.start.line == 4)
    }

    @Test func notAnArray() {
        let (entries, diagnostics) = CSLJSONParser.parse("{\"id\": \"a\"}", file: "r.json")
        #expect(entries.isEmpty)
        #expect(diagnostics.map(\.message) == ["expected a JSON array of CSL items"])
    }
}
