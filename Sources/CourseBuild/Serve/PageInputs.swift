/// What the memo's entries are made from. A chapter's parts name its own
/// revisions; the course-wide parts also the facts they read from every
/// chapter, so they are re-rendered only when those change, not on every edit.
/// Typed values: compared as `AnyHashable` arrays of arrays, every element was cast.
enum PageInputs {
    /// An entry cited, or an objective linked, in a section of a chapter.
    struct Place: Hashable {
        var name: String
        var sectionID: String?
        var sectionTitle: String?
    }

    /// The references: each chapter's cited keys and the sections that cite them.
    struct Citations: Hashable {
        var outline: Int
        var course: Int
        var keys: [[String]]
        var places: [[Place]]
    }

    /// A page made from the outline and the course-wide inputs alone (the home page).
    struct Outline: Hashable {
        var outline: Int
        var course: Int
    }

    /// The objectives page: each chapter's objective links and the sections they stand in.
    struct Objectives: Hashable {
        var outline: Outline
        var links: [[Place]]
    }

    /// A bibliography rule's findings: each chapter's cited keys.
    struct CitedKeys: Hashable {
        var course: Int
        var keys: [[String]]
    }

    /// The glossary: the terms each chapter uses.
    struct Glossary: Hashable {
        var outline: Int
        var course: Int
        var termsUsed: [Set<String>]
    }

    /// What is made from a chapter alone (its claims, its review page): its text and the course-wide inputs.
    struct OwnChapter: Hashable {
        var chapter: Int
        var course: Int
    }

    /// A chapter resolved (and its body rendered): its text, what its links
    /// resolve against, and the course-wide inputs.
    struct ResolvedChapter: Hashable {
        var chapter: Int
        var anchors: Int
        var course: Int
    }

    /// A chapter's page: its body, and the titles in its sidebar and pager.
    struct ChapterPage: Hashable {
        var body: ResolvedChapter
        var titles: [String]
    }

    static func citations(_ facts: [ChapterFacts], _ revisions: CourseRevisions) -> AnyHashable {
        Citations(
            outline: revisions.outline, course: revisions.course, keys: facts.map(\.citations.keys),
            places: facts.map { $0.citingPlaces.map { Place(name: $0.key, sectionID: $0.sectionID, sectionTitle: $0.sectionTitle) } })
    }

    static func outline(_ revisions: CourseRevisions) -> AnyHashable {
        Outline(outline: revisions.outline, course: revisions.course)
    }

    static func objectives(_ facts: [ChapterFacts], _ revisions: CourseRevisions) -> AnyHashable {
        Objectives(
            outline: Outline(outline: revisions.outline, course: revisions.course),
            links: facts.map { $0.objectiveLinks.map { Place(name: $0.id, sectionID: $0.sectionID, sectionTitle: $0.sectionTitle) } })
    }

    static func citedKeys(_ facts: [ChapterFacts], _ revisions: CourseRevisions) -> AnyHashable {
        CitedKeys(course: revisions.course, keys: facts.map(\.citedKeys))
    }

    static func glossary(_ facts: [ChapterFacts], _ revisions: CourseRevisions) -> AnyHashable {
        Glossary(outline: revisions.outline, course: revisions.course, termsUsed: facts.map(\.termsUsed))
    }

    static func ownChapter(_ i: Int, _ revisions: CourseRevisions) -> OwnChapter {
        OwnChapter(chapter: revisions.chapters[i], course: revisions.course)
    }

    static func resolvedChapter(_ i: Int, _ revisions: CourseRevisions) -> ResolvedChapter {
        ResolvedChapter(chapter: revisions.chapters[i], anchors: revisions.anchors, course: revisions.course)
    }
}
