/// Typed data for the Mustache templates: what each template may show, and nothing else.
struct LinkView {
    var href: String
    var title: String
}

struct ContentsEntry {
    var href: String
    var title: String
    var summary: String?
    var current: Bool
}

struct LayoutView {
    var language: String
    var pageTitle: String
    var courseTitle: String
    var root: String
    var canonical: String?
    /// The sidebar's chapters: all of them, or in a long course a window around the page.
    var contents: [ContentsEntry]
    var contentsStart: Int?
    /// In a long course, the link to the full contents on the home page.
    var allChapters: LinkView?
    var body: String
    var license: String?
    var scripts: [String]
}

struct ChapterView {
    struct ObjectiveLink {
        var href: String
        var text: String
    }

    var number: Int
    var title: String
    var summary: String?
    var hasObjectives: Bool
    var objectives: [ObjectiveLink]
    var content: String
    var references: String
    var previous: LinkView?
    var next: LinkView?
    /// Stored, not computed: the templates see stored properties only.
    var hasPager: Bool
}

struct IndexView {
    struct ObjectiveText {
        var text: String
    }

    var title: String
    var subtitle: String?
    var hasAuthors: Bool
    var authors: String
    var description: String?
    var objectives: [ObjectiveText]
    var chapters: [ContentsEntry]
    var epub: String?
}

struct EPUBPageView {
    var language: String
    var pageTitle: String
    var epubType: String
    var role: String?
    var body: String
}
