import Testing
@testable import CourseBuild

/// Every construct of real .bib files in one file, with the Unicode each must become.
private let sample = ##"""
% A comment line with an address: someone@example.org
This line is junk between entries and must be skipped.

@string{plos = "PLoS"}
@string{ one = { ONE} }
@preamble{ "\newcommand{\noop}[1]{}" }
@comment{ jabref-meta: databaseType:bibtex; }

@article{mueller2019,
  author    = {M{\"u}ller, Hans and {\AA}str{\"o}m, Karl J. and Jahnen-Dechent, Wilhelm and Ketteler, Markus},
  title     = {{Magnesium} and the {NMDA} receptor: a {\'e}tude---revisited},
  journal   = plos # one,
  year      = 2019,
  month     = jun,
  volume    = "12",
  number    = {6},
  pages     = {165--177},
  doi       = {10.1371/journal.pone.0180067},
  pmid      = {28654669},
  evidence  = {rct},
}

@Book{iom1997,
  author    = {{Institute of Medicine}},
  title     = "Dietary Reference Intakes for {Calcium} \& Magnesium",
  publisher = {National Academy Press},
  address   = {Washington, DC},
  year      = {1997}
}

@incollection{debaaij2015,
  author    = {de Baaij, Jeroen H. F. and Jeroen H. F. de Baaij and King, Jr., Martin Luther and Ludwig van Beethoven},
  title     = {Ca\c{c}a\v{s}a, \=a \.z \u{a} \H{o} \aa\ \o\ \ss\ \ae\ \oe\ \l\ \i\ \`a \^o \~n \"u \'e},
  booktitle = {Escapes: \& \% \$ \# \_ and a~tie},
  editor    = {Vink, Robert and Nechifor, Mihai},
  publisher = {University of Adelaide Press},
  year      = {2011},
  pages     = {269--282},
  url       = {https://example.org/a_b~c%20d},
}

@techreport(who2020,
  author = {{World Health Organization} and others},
  title = {Nested {braces {inside} braces}},
  institution = {WHO},
  year = {2020}
)

@online{site2021, title = {A website}, howpublished = {Online}, date = {2021-03-04}, url = {https://example.org}}
@phdthesis{thesis2005, author = {Bj{\o}rn Sm\'{\i}th}, title = {Thesis}, school = {KTH}, year = {2005}}
"""##

@Suite("BibTeX parser")
struct BibTeXParserTests {
    let result = BibTeXParser.parse(sample, file: "references.bib")
    func entry(_ key: String) throws -> BibEntry { try #require(result.entries.first { $0.key == key }) }

    @Test func loadsEveryEntryWithoutDiagnostics() {
        #expect(result.diagnostics == [])
        #expect(result.entries.map(\.key) == ["mueller2019", "iom1997", "debaaij2015", "who2020", "site2021", "thesis2005"])
        #expect(result.entries.map(\.type) == ["article", "book", "incollection", "techreport", "online", "phdthesis"])
    }

    @Test func decodesAccentedNamesAndKeepsHyphenatedFamilies() throws {
        let authors = try entry("mueller2019").authors
        #expect(authors.map(\.family) == ["Müller", "Åström", "Jahnen-Dechent", "Ketteler"])
        #expect(authors.map(\.given) == ["Hans", "Karl J.", "Wilhelm", "Markus"])
        #expect(authors[0].family.unicodeScalars.count == 6, "NFC: ü is one scalar")
    }

    @Test func readsFieldsMacrosConcatenationAndDashes() throws {
        let e = try entry("mueller2019")
        #expect(e.title == "Magnesium and the NMDA receptor: a étude—revisited")
        #expect(e.containerTitle == "PLoS ONE")
        #expect(e.year == "2019")
        #expect(e.volume == "12")
        #expect(e.issue == "6")
        #expect(e.pages == "165–177")
        #expect(e.doi == "10.1371/journal.pone.0180067")
        #expect(e.pmid == "28654669")
        #expect(e.evidence == "rct")
        #expect(e.range == SourceRange(file: "references.bib", start: .init(line: 9, column: 1), end: .init(line: 9, column: 20)))
        #expect(e.fieldLines["doi"] == 18)
        #expect(e.line(ofField: "DOI") == 18)
        #expect(e.line(ofField: "note") == 9)
    }

    @Test func keepsCorporateAuthorWholeAndUsesPublisherAsBookContainer() throws {
        let e = try entry("iom1997")
        #expect(e.authors == [.literal("Institute of Medicine")])
        #expect(e.title == "Dietary Reference Intakes for Calcium & Magnesium")
        #expect(e.containerTitle == "National Academy Press")
        #expect(e.address == "Washington, DC")
    }

    @Test func splitsVonParticlesAndSuffixesInAllThreeForms() throws {
        let e = try entry("debaaij2015")
        #expect(e.authors == [
            PersonName(family: "de Baaij", given: "Jeroen H. F."),
            PersonName(family: "de Baaij", given: "Jeroen H. F."),
            PersonName(family: "King", given: "Martin Luther", suffix: "Jr."),
            PersonName(family: "van Beethoven", given: "Ludwig"),
        ])
        #expect(e.editors.map(\.family) == ["Vink", "Nechifor"])
        #expect(e.containerTitle == "Escapes: & % $ # _ and a\u{00A0}tie")
        #expect(e.url == "https://example.org/a_b~c%20d")
    }

    @Test func decodesEveryAccentCommand() throws {
        #expect(try entry("debaaij2015").title == "Caçaša, ā ż ă ő å ø ß æ œ ł ı à ô ñ ü é")
        #expect(try entry("thesis2005").authors == [PersonName(family: "Smíth", given: "Bjørn")])
    }

    @Test func readsParenthesisedEntriesNestedBracesAndOthers() throws {
        let e = try entry("who2020")
        #expect(e.authors == [.literal("World Health Organization")])
        #expect(e.hasMoreAuthors)
        #expect(e.title == "Nested braces inside braces")
        #expect(e.containerTitle == "WHO")
    }

    @Test func takesYearFromBiblatexDate() throws {
        let e = try entry("site2021")
        #expect(e.year == "2021")
        #expect(e.containerTitle == "Online")
        #expect(e.authors.isEmpty)
    }

    @Test func keepsBothEntriesOfADuplicateKey() {
        let text = "@misc{a, title={One}}\n@misc{a, title={Two}}\n"
        #expect(BibTeXParser.parse(text, file: "r.bib").entries.map(\.title) == ["One", "Two"])
    }
}
