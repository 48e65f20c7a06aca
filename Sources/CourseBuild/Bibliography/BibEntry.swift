/// One bibliography entry, from BibTeX or CSL-JSON alike, reduced to the fields
/// the course renders and lints. Text is plain Unicode (LaTeX accents decoded,
/// braces dropped), so renderers only need to escape it.
struct BibEntry: Sendable, Codable, Equatable {
    /// The citation key: `tarleton2017` in `[@tarleton2017]`.
    var key: String
    /// Lower-cased entry type in BibTeX's vocabulary ("article", "book",
    /// "incollection", "report", …); CSL-JSON types are mapped onto it.
    var type: String
    var authors: [PersonName]
    /// True when the author list ended in "and others": styles add "et al.".
    var hasMoreAuthors: Bool
    /// Editors of the containing book, shown for chapters ("In: Vink R, editor.").
    var editors: [PersonName]
    var title: String?
    /// Where the work appeared: journal, book title of a chapter, publisher of
    /// a book, institution of a report, school of a thesis, or `howpublished`.
    var containerTitle: String?
    var publisher: String?
    /// Place of publication (`address`), used for books and chapters.
    var address: String?
    /// A string because years like "2017" and "in press" both occur.
    var year: String?
    var volume: String?
    var issue: String?
    var pages: String?
    var doi: String?
    var pmid: String?
    var url: String?
    /// The study design of SPEC §4 as written; the caller validates it.
    var evidence: String?
    /// The entry's first line: where a diagnostic about the whole entry points.
    var range: SourceRange
    /// Line of each field by lower-cased field name, so a malformed DOI is
    /// reported on its own line; see `line(ofField:)`.
    var fieldLines: [String: Int]

    init(
        key: String, type: String, authors: [PersonName] = [], hasMoreAuthors: Bool = false,
        editors: [PersonName] = [], title: String? = nil, containerTitle: String? = nil,
        publisher: String? = nil, address: String? = nil, year: String? = nil,
        volume: String? = nil, issue: String? = nil, pages: String? = nil, doi: String? = nil,
        pmid: String? = nil, url: String? = nil, evidence: String? = nil,
        range: SourceRange, fieldLines: [String: Int] = [:]
    ) {
        self.key = key
        self.type = type
        self.authors = authors
        self.hasMoreAuthors = hasMoreAuthors
        self.editors = editors
        self.title = title
        self.containerTitle = containerTitle
        self.publisher = publisher
        self.address = address
        self.year = year
        self.volume = volume
        self.issue = issue
        self.pages = pages
        self.doi = doi
        self.pmid = pmid
        self.url = url
        self.evidence = evidence
        self.range = range
        self.fieldLines = fieldLines
    }

    /// The line of a field (BibTeX name, lower case, e.g. "doi"), falling back
    /// to the entry's first line when the field's line is unknown (CSL-JSON).
    func line(ofField name: String) -> Int {
        fieldLines[name.lowercased()] ?? range.start.line
    }

    /// Chapters and conference papers appear "in" their container.
    var isPartOfBook: Bool {
        ["incollection", "inproceedings", "inbook", "conference"].contains(type)
    }

    /// Journal-like entries: the container is a periodical with volume and issue.
    var isPeriodical: Bool {
        ["article", "periodical", "article-journal", "article-magazine", "article-newspaper"].contains(type)
    }
}
