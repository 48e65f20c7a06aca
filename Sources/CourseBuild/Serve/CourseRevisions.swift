import Foundation

/// What a rebuild is made from, as numbers that change exactly when what they
/// stand for changes: equal numbers mean equal inputs, so a page made from
/// equal numbers (and equal facts it reads from other chapters) is the same page.
struct CourseRevisions: Hashable, Sendable {
    /// Per chapter, in course order: its text and place.
    var chapters: [Int] = []
    /// Every chapter's path, slug and heading ids: what links resolve against.
    var anchors = 0
    /// The anchors, and every chapter's title, summary, headings and declared
    /// objectives: what the course-wide pages list.
    var outline = 0
    /// All the rest: course.yml, the glossary, the bibliography, the theme, the
    /// assets, and what the disk holds at the paths chapters link to.
    var course = 0
}

/// A number for a value that goes up each time the value changes.
struct Revision<Value: Equatable> {
    private var last: Value?
    private(set) var number = 0

    mutating func update(_ value: Value) -> Int {
        if value != last {
            last = value
            number += 1
        }
        return number
    }
}

/// How `RebuildCache` tells what changed since the last rebuild, once the
/// course is loaded and indexed.
struct RevisionTracker {
    private var anchors = Revision<[[String]]>()
    private var outline = Revision<[ChapterOutline]>()
    private var course = Revision<CourseWideInputs>()
    private var linkedPaths: [String: PathStatus] = [:]
    /// Goes up when a path some chapter linked to before now holds something else.
    private var linkedPathsChanges = 0

    /// What a chapter shows the course-wide pages.
    private struct ChapterOutline: Equatable {
        var anchors: [String]
        var title: String
        var summary: String?
        var objectives: [String]
        var headings: [[String]]
    }

    /// Everything the pages read besides the chapters. course.yml, the glossary and
    /// the bibliography stand in as the revision of their texts (`sideFiles`).
    private struct CourseWideInputs: Equatable {
        var sideFiles: Int
        var glossaryFile: String?
        var glossary: [GlossaryTerm]
        var bibliography: [BibEntry]
        var theme: Theme
        var assetFiles: [String]
        var assetData: [String: Data]
        var retractionNotices: [String: [RetractionNotice]]
        var unreadable: Unreadable
        var linkedPathsChanges: Int
    }

    mutating func update(_ index: CourseIndex, chapters: [Int], sideFiles: Int) -> CourseRevisions {
        let course = index.course
        // A path only a changed chapter links to matters to that chapter alone, which is re-resolved anyway.
        if course.linkedPaths.contains(where: { path, status in linkedPaths[path].map { $0 != status } ?? false }) {
            linkedPathsChanges += 1
        }
        linkedPaths = course.linkedPaths
        let anchors = zip(course.chapters, index.headings).map { chapter, headings in
            [chapter.path, chapter.slug] + headings.map(\.id)
        }
        let outline = course.chapters.indices.map { i in
            let chapter = course.chapters[i]
            return ChapterOutline(
                anchors: anchors[i], title: chapter.title, summary: chapter.frontMatter.summary,
                objectives: chapter.frontMatter.objectives.map(\.id), headings: index.headings[i].map { [$0.title, String($0.level)] })
        }
        let inputs = CourseWideInputs(
            sideFiles: sideFiles, glossaryFile: course.glossaryFile, glossary: course.glossary, bibliography: course.bibliography,
            theme: course.theme, assetFiles: course.assetFiles, assetData: course.assetData,
            retractionNotices: course.retractionNotices, unreadable: course.unreadable, linkedPathsChanges: linkedPathsChanges)
        return CourseRevisions(
            chapters: chapters, anchors: self.anchors.update(anchors), outline: self.outline.update(outline),
            course: self.course.update(inputs))
    }
}
