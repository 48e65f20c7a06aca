import Testing
@testable import CourseBuild

private func article(
    _ key: String, _ authors: [PersonName], year: String?, title: String, journal: String = "Nutrients",
    volume: String? = "9", issue: String? = "5", pages: String? = "429", doi: String? = nil, pmid: String? = nil
) -> BibEntry {
    BibEntry(
        key: key, type: "article", authors: authors, title: title, containerTitle: journal, year: year,
        volume: volume, issue: issue, pages: pages, doi: doi, pmid: pmid, range: SourceRange(file: "r.bib"))
}

private let tarleton = article(
    "tarleton2017",
    [PersonName(family: "Tarleton", given: "Emily K."), PersonName(family: "Littenberg", given: "Benjamin"),
     PersonName(family: "MacLean", given: "Charles D.")],
    year: "2017", title: "Role of magnesium <supplementation> & depression", journal: "PLoS ONE",
    volume: "12", issue: "6", pages: "e0180067", doi: "10.1371/journal.pone.0180067", pmid: "28654669")
private let tarletonB = article(
    "tarleton2017b",
    [PersonName(family: "Tarleton", given: "Emily K."), PersonName(family: "Kennedy", given: "Amanda G."),
     PersonName(family: "Rose", given: "Gail L.")],
    year: "2017", title: "A later paper")
private let boyle = article(
    "boyle2017", [PersonName(family: "Boyle", given: "Neil Bernard"), PersonName(family: "Lawton", given: "Clare")],
    year: "2017", title: "The effects of magnesium")
private let slutsky = article(
    "slutsky2010",
    ["Slutsky", "Abumaria", "Wu", "Huang", "Zhang", "Li", "Zhao"].map { PersonName(family: $0, given: "A") },
    year: "2010", title: "Enhancement of learning", journal: "Neuron", volume: "65", issue: "2", pages: "165–177")
private let iom = BibEntry(
    key: "iom1997", type: "book", authors: [.literal("Institute of Medicine")], title: "Dietary Reference Intakes",
    containerTitle: "National Academy Press", publisher: "National Academy Press", address: "Washington, DC",
    year: "1997", range: SourceRange(file: "r.bib"))
private let all = [tarleton, tarletonB, boyle, slutsky, iom]

@Suite("Vancouver")
struct VancouverTests {
    let f = CitationFormatter(style: .vancouver, entries: all)
    let numbers = ["a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6]
    func items(_ keys: String...) -> [CitationItem] { keys.map { CitationItem(key: $0) } }

    @Test func numbersInOrderOfFirstCitation() {
        #expect(CitationFormatter.numbering(inOrderOfFirstCitation: ["c", "a", "c", "b"]) == ["c": 1, "a": 2, "b": 3])
    }

    @Test func labelsCompressRunsWithAnEnDash() {
        #expect(f.inTextLabel(for: items("a"), numbering: numbers) == "[1]")
        #expect(f.inTextLabel(for: items("e", "a", "c", "d"), numbering: numbers) == "[1,3–5]")
        #expect(f.inTextLabel(for: items("a", "b"), numbering: numbers) == "[1,2]")
        #expect(f.inTextLabel(for: items("a", "a"), numbering: numbers) == "[1]")
        #expect(f.inTextLabel(for: items("a", "nosuch"), numbering: numbers) == "[1,?]")
    }

    @Test func labelsKeepPrefixesAndLocators() {
        let label = f.inTextLabel(
            for: [CitationItem(key: "b", prefix: "see", locator: "p. 12"), CitationItem(key: "a")], numbering: numbers)
        #expect(label == "[see 2, p. 12; 1]")
    }

    @Test func segmentsLinkEachNumberToItsEntry() {
        let segments = f.inTextSegments(for: items("a", "c", "d", "e"), numbering: numbers)
        #expect(segments == [.init("["), .init("1", key: "a"), .init(","), .init("3–5", key: "c"), .init("]")])
    }

    @Test func articleReference() {
        #expect(f.referenceText(tarleton) == "Tarleton EK, Littenberg B, MacLean CD. Role of magnesium <supplementation> & depression. PLoS ONE. 2017;12(6):e0180067. doi: 10.1371/journal.pone.0180067. PMID: 28654669.")
        #expect(f.referenceHTML(tarleton) == "Tarleton EK, Littenberg B, MacLean CD. Role of magnesium &lt;supplementation&gt; &amp; depression. <i>PLoS ONE</i>. 2017;12(6):e0180067. doi: <a href=\"https://doi.org/10.1371/journal.pone.0180067\">10.1371/journal.pone.0180067</a>. PMID: <a href=\"https://pubmed.ncbi.nlm.nih.gov/28654669/\">28654669</a>.")
    }

    @Test func moreThanSixAuthorsEndInEtAl() {
        #expect(f.referenceText(slutsky) == "Slutsky A, Abumaria A, Wu A, Huang A, Zhang A, Li A, et al. Enhancement of learning. Neuron. 2010;65(2):165–177.")
    }

    @Test func bookWithCorporateAuthor() {
        #expect(f.referenceText(iom) == "Institute of Medicine. Dietary Reference Intakes. Washington, DC: National Academy Press; 1997.")
    }

    @Test func bibliographyFollowsNumbering() {
        let order = f.sortedForBibliography(all, numbering: ["boyle2017": 1, "iom1997": 2]).map(\.key)
        #expect(order == ["boyle2017", "iom1997", "slutsky2010", "tarleton2017b", "tarleton2017"])
    }

    @Test func unsafeURLIsNotLinked() {
        let e = BibEntry(key: "x", type: "misc", title: "T", url: "javascript:alert(1)", range: SourceRange(file: "r.bib"))
        #expect(!f.referenceHTML(e).contains("<a"))
    }
}

@Suite("APA")
struct APATests {
    let f = CitationFormatter(style: .apa, entries: all)

    @Test func inTextLabels() {
        #expect(f.inTextLabel(for: [CitationItem(key: "boyle2017")]) == "(Boyle & Lawton, 2017)")
        #expect(f.inTextLabel(for: [CitationItem(key: "slutsky2010")]) == "(Slutsky et al., 2010)")
        #expect(f.inTextLabel(for: [CitationItem(key: "iom1997")]) == "(Institute of Medicine, 1997)")
        #expect(f.inTextLabel(for: [CitationItem(key: "slutsky2010", locator: "p. 12")]) == "(Slutsky et al., 2010, p. 12)")
        #expect(f.inTextLabel(for: [CitationItem(key: "slutsky2010", prefix: "see")]) == "(see Slutsky et al., 2010)")
        #expect(f.inTextLabel(for: [CitationItem(key: "slutsky2010", suppressAuthor: true)]) == "(2010)")
    }

    @Test func sameAuthorAndYearGetLettersInTitleOrder() {
        // "A later paper" sorts before "Role of …", so it is 2017a.
        #expect(f.inTextLabel(for: [CitationItem(key: "tarleton2017")]) == "(Tarleton et al., 2017b)")
        #expect(f.inTextLabel(for: [CitationItem(key: "tarleton2017b")]) == "(Tarleton et al., 2017a)")
        #expect(f.displayYear(boyle) == "2017")
    }

    @Test func groupsAreSortedLikeTheReferenceList() {
        let label = f.inTextLabel(for: [CitationItem(key: "tarleton2017b"), CitationItem(key: "boyle2017")])
        #expect(label == "(Boyle & Lawton, 2017; Tarleton et al., 2017a)")
    }

    @Test func articleReference() {
        #expect(f.referenceText(tarleton) == "Tarleton, E. K., Littenberg, B., & MacLean, C. D. (2017b). Role of magnesium <supplementation> & depression. PLoS ONE, 12(6), e0180067. https://doi.org/10.1371/journal.pone.0180067 PMID: 28654669")
        #expect(f.referenceHTML(tarleton) == "Tarleton, E. K., Littenberg, B., &amp; MacLean, C. D. (2017b). Role of magnesium &lt;supplementation&gt; &amp; depression. <i>PLoS ONE</i>, <i>12</i>(6), e0180067. <a href=\"https://doi.org/10.1371/journal.pone.0180067\">https://doi.org/10.1371/journal.pone.0180067</a> PMID: <a href=\"https://pubmed.ncbi.nlm.nih.gov/28654669/\">28654669</a>")
    }

    @Test func bookReference() {
        #expect(f.referenceHTML(iom) == "Institute of Medicine. (1997). <i>Dietary Reference Intakes</i>. National Academy Press.")
    }

    @Test func initialsOfHyphenatedAndSuffixedNames() {
        #expect(APAStyle.name(PersonName(family: "Sartre", given: "Jean-Paul")) == "Sartre, J.-P.")
        #expect(APAStyle.name(PersonName(family: "King", given: "Martin Luther", suffix: "Jr.")) == "King, M. L., Jr.")
        #expect(VancouverStyle.name(PersonName(family: "King", given: "Martin Luther", suffix: "Jr.")) == "King ML Jr")
        #expect(VancouverStyle.name(PersonName(family: "de Baaij", given: "J.H.F.")) == "de Baaij JHF")
    }

    @Test func bibliographyIsSortedByAuthorYearTitle() {
        #expect(f.sortedForBibliography(all).map(\.key) == ["boyle2017", "iom1997", "slutsky2010", "tarleton2017b", "tarleton2017"])
    }

    @Test func soleAuthorPrecedesSameAuthorWithOthers() {
        let solo = article("solo", [PersonName(family: "Gröber", given: "Uwe")], year: "2019", title: "Magnesium and drugs")
        let team = article(
            "team", [PersonName(family: "Gröber", given: "Uwe"), PersonName(family: "Schmidt", given: "J")],
            year: "2015", title: "Magnesium in prevention")
        #expect(f.sortedForBibliography([team, solo]).map(\.key) == ["solo", "team"])
    }

    @Test func andOthersBecomesEtAl() {
        var e = article("x", [PersonName(family: "Turck", given: "Dominique"), PersonName(family: "Bohn", given: "T")], year: "2024", title: "Safety")
        e.hasMoreAuthors = true
        #expect(f.referenceText(e).hasPrefix("Turck, D., Bohn, T., et al. (2024). Safety."))
        #expect(f.inTextLabel(for: [CitationItem(key: "x")]) == "(?x?)")
        #expect(CitationFormatter(style: .apa, entries: [e]).inTextLabel(for: [CitationItem(key: "x")]) == "(Turck et al., 2024)")
    }

    @Test func sortingIgnoresAccents() {
        let a = article("a", [PersonName(family: "Åström", given: "K")], year: "2000", title: "x")
        let b = article("b", [PersonName(family: "Bindels", given: "R")], year: "2000", title: "x")
        let z = article("z", [PersonName(family: "Zhuo", given: "M")], year: "2000", title: "x")
        #expect(f.sortedForBibliography([z, b, a]).map(\.key) == ["a", "b", "z"])
    }
}
