import Foundation
@testable import CourseBuild

/// Renders one chapter's Markdown in memory with the product's parser and
/// renderer: a course is loaded once from disk, then its chapter is swapped.
enum ChapterRendering {
    /// A loaded one-chapter course whose chapter the helpers replace.
    nonisolated(unsafe) private static var base: Course?
    private static let lock = NSLock()

    static func course() throws -> Course {
        lock.lock()
        defer { lock.unlock() }
        if let base { return base }
        let temp = try TemporaryCourse(chapter: "Text.")
        let (course, _) = try CourseLoader.load(path: temp.path)
        base = course
        return course
    }

    /// The chapter body's HTML and the parse diagnostics. With `linksAsWritten`
    /// every destination is emitted as written (percent-encoded), as cmark does.
    static func html(_ markdown: String, allowRawHTML: Bool = true, linksAsWritten: Bool = false) throws
        -> (html: String, diagnostics: [Diagnostic])
    {
        var course = try course()
        course.config.allowRawHTML = allowRawHTML
        let (chapter, diagnostics) = ChapterParser.parse(path: "chapters/01-first.md", text: markdown, number: 1)
        course.chapters = [chapter]
        let index = CourseIndex(course)
        let facts = ChapterFacts(index: index, chapter: 0)
        let renderer = HTMLRenderer(index: index, chapterIndex: 0, facts: facts)
        renderer.linksAsWritten = linksAsWritten
        return (renderer.render().written(for: .siteChapter), diagnostics)
    }
}
