import Mustache

/// Typed data for the Mustache templates: what each template may show, and nothing else.
///
/// Each view lists its fields by name for the templates. Without the list
/// Mustache finds a field through `Mirror`, which was a tenth of a
/// 1,000-chapter build; a test checks that the list names every stored property.
protocol TemplateView: MustacheParent {
    static var fields: [String: PartialKeyPath<Self>] { get }
}

extension TemplateView {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        // A nil optional must be missing, not a value that prints "nil".
        return (value as? OptionalValue).map(\.wrapped) ?? value
    }
}

private protocol OptionalValue {
    var wrapped: Any? { get }
}

extension Optional: OptionalValue {
    fileprivate var wrapped: Any? { map { $0 } }
}

struct LinkView: TemplateView {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["href": \.href, "title": \.title]

    var href: String
    var title: String
}

struct ContentsEntry: TemplateView {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "href": \.href, "title": \.title, "summary": \.summary, "current": \.current,
    ]

    var href: String
    var title: String
    var summary: String?
    var current: Bool
}

struct LayoutView: TemplateView {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "language": \.language, "pageTitle": \.pageTitle, "courseTitle": \.courseTitle, "root": \.root,
        "canonical": \.canonical, "contents": \.contents, "contentsStart": \.contentsStart,
        "allChapters": \.allChapters, "body": \.body, "notice": \.notice, "license": \.license, "scripts": \.scripts,
        "searchBox": \.searchBox, "sidebar": \.sidebar,
    ]

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
    var notice: String?
    var license: String?
    /// Paths from the site's root.
    var scripts: [String]
    /// The header's search box (a GET form to search.html); not on the search page itself.
    var searchBox = true
    /// The chapters menu; not on the print edition, which holds every chapter.
    var sidebar = true
}

struct ChapterView: TemplateView {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "number": \.number, "title": \.title, "summary": \.summary, "hasObjectives": \.hasObjectives,
        "objectives": \.objectives, "content": \.content, "references": \.references, "previous": \.previous,
        "next": \.next, "hasPager": \.hasPager,
    ]

    struct ObjectiveLink: TemplateView {
        nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["href": \.href, "text": \.text]

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

struct IndexView: TemplateView {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "title": \.title, "subtitle": \.subtitle, "hasAuthors": \.hasAuthors, "authors": \.authors,
        "description": \.description, "about": \.about, "objectives": \.objectives, "chapters": \.chapters, "epub": \.epub,
    ]

    struct ObjectiveText: TemplateView {
        nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = ["text": \.text]

        var text: String
    }

    var title: String
    var subtitle: String?
    var hasAuthors: Bool
    var authors: String
    var description: String?
    /// course.yml's `about:`, rendered from Markdown.
    var about: String?
    var objectives: [ObjectiveText]
    var chapters: [ContentsEntry]
    var epub: String?
}

struct EPUBPageView: TemplateView {
    nonisolated(unsafe) static let fields: [String: PartialKeyPath<Self>] = [
        "language": \.language, "pageTitle": \.pageTitle, "epubType": \.epubType, "role": \.role, "body": \.body,
    ]

    var language: String
    var pageTitle: String
    var epubType: String
    var role: String?
    var body: String
}
