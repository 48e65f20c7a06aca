import Testing
@testable import CourseBuild

/// Three entries copied from the course's evidence references, as written there.
private let realEntries = #"""
@article{tarleton2017,
  author  = {Tarleton, Emily K. and Littenberg, Benjamin and MacLean, Charles D. and Kennedy, Amanda G. and Daley, Christopher},
  title   = {Role of magnesium supplementation in the treatment of depression: A randomized clinical trial},
  journal = {PLoS ONE},
  year    = {2017},
  volume  = {12},
  number  = {6},
  pages   = {e0180067},
  doi     = {10.1371/journal.pone.0180067},
  pmid    = {28654669},
  url     = {https://pmc.ncbi.nlm.nih.gov/articles/PMC5487054},
  annote  = {VERIFIED: https://pmc.ncbi.nlm.nih.gov/articles/PMC5487054}
}

@article{pickering2020,
  author  = {Pickering, Gis{\`e}le and Mazur, Andr{\'e} and Trousselard, Marion and Bienkowski, Przemyslaw and Yaltsewa, Natalia and Amessou, Mohamed and Noah, Lionel and Pouteau, Etienne},
  title   = {Magnesium Status and Stress: The Vicious Circle Concept Revisited},
  journal = {Nutrients},
  year    = {2020},
  volume  = {12},
  number  = {12},
  pages   = {3672},
  doi     = {10.3390/nu12123672},
  pmid    = {33260549},
  url     = {https://pmc.ncbi.nlm.nih.gov/articles/PMC7761127/},
  annote  = {VERIFIED: https://pmc.ncbi.nlm.nih.gov/articles/PMC7761127/ . Several authors are Sanofi employees.}
}

@incollection{cuciureanu2011,
  author    = {Cuciureanu, Magdalena D. and Vink, Robert},
  title     = {Magnesium and stress},
  booktitle = {Magnesium in the Central Nervous System},
  editor    = {Vink, Robert and Nechifor, Mihai},
  publisher = {University of Adelaide Press},
  address   = {Adelaide (AU)},
  year      = {2011},
  pages     = {269--282},
  doi       = {10.1017/UPO9780987073051.020},
  url       = {https://www.ncbi.nlm.nih.gov/books/NBK507250/},
  annote    = {VERIFIED: https://www.ncbi.nlm.nih.gov/books/NBK507250/ ; pages and DOI at https://hekyll.services.adelaide.edu.au/dspace/handle/2440/84238}
}
"""#

@Suite("Real course entries")
struct RealEntriesTests {
    let parsed = BibTeXParser.parse(realEntries, file: "references.bib")

    @Test func parseCleanly() {
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.entries.map(\.key) == ["tarleton2017", "pickering2020", "cuciureanu2011"])
        #expect(parsed.entries.map(\.range.start.line) == [1, 15, 29])
    }

    @Test func renderInVancouver() throws {
        let f = CitationFormatter(style: .vancouver, entries: parsed.entries)
        #expect(f.referenceText(parsed.entries[0]) == "Tarleton EK, Littenberg B, MacLean CD, Kennedy AG, Daley C. Role of magnesium supplementation in the treatment of depression: A randomized clinical trial. PLoS ONE. 2017;12(6):e0180067. doi: 10.1371/journal.pone.0180067. PMID: 28654669.")
        #expect(f.referenceText(parsed.entries[1]).hasPrefix("Pickering G, Mazur A, Trousselard M, Bienkowski P, Yaltsewa N, Amessou M, et al. Magnesium Status"))
        #expect(parsed.entries[1].authors[0].given == "Gisèle")
        #expect(f.referenceText(parsed.entries[2]) == "Cuciureanu MD, Vink R. Magnesium and stress. In: Vink R, Nechifor M, editors. Magnesium in the Central Nervous System. Adelaide (AU): University of Adelaide Press; 2011. p. 269–282. doi: 10.1017/UPO9780987073051.020.")
    }

    @Test func renderInAPA() {
        let f = CitationFormatter(style: .apa, entries: parsed.entries)
        #expect(f.referenceText(parsed.entries[2]) == "Cuciureanu, M. D., & Vink, R. (2011). Magnesium and stress. In R. Vink & M. Nechifor (Eds.), Magnesium in the Central Nervous System (pp. 269–282). University of Adelaide Press. https://doi.org/10.1017/UPO9780987073051.020")
        #expect(f.inTextLabel(for: [CitationItem(key: "cuciureanu2011")]) == "(Cuciureanu & Vink, 2011)")
    }
}
