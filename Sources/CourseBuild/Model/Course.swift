import Foundation

/// Everything a build needs, loaded from the course folder: the input of
/// every stage after `load`.
struct Course: Sendable {
    var folder: CourseFolder
    var config: CourseConfig
    var configFile: String
    var chapters: [Chapter]
    var glossary: [GlossaryTerm]
    var glossaryFile: String?
    var bibliography: [BibEntry]
    var theme: Theme
    /// Files under assets/, course-relative; copied to the output as they are.
    var assetFiles: [String]
    /// The bytes of each asset file, read at load.
    var assetData: [String: Data]
    /// What the disk held at each course-relative path a chapter links to, read
    /// at load so that resolving links reads no file.
    var linkedPaths: [String: PathStatus]
    /// Retraction Watch notices about the bibliography's DOIs and PMIDs, by `RetractionWatchReader.key`.
    var retractionNotices: [String: [RetractionNotice]]
    /// The newest modification date among the course's source files (the EPUB's date).
    var newestSourceDate: Date

    /// The ebook's file name, at the output's top and in the site: the title's slug.
    var epubFileName: String { Slug.make(config.title) + ".epub" }
    /// What could not be read, so that checks depending on it stay silent.
    var unreadable = Unreadable()
}

/// The files, or parts of files, that could not be read. Their syntax errors
/// are the root cause: findings that follow only from the missing content
/// (unknown objectives, unknown keys, rules the course turned off) are not
/// reported on top of them.
struct Unreadable: Sendable, Equatable {
    /// course.yml is not YAML or not UTF-8: the chapter list, objectives and rule settings are unknown.
    var config = false
    /// glossary.yml is not YAML or not UTF-8: which terms exist is unknown.
    var glossary = false
    /// A bibliography file could not be read at all: which keys exist is unknown.
    var bibliography = false
    /// Keys of BibTeX entries that a syntax error dropped.
    var citationKeys: Set<String> = []
    /// Chapters whose front matter, or one of whose quizzes, is not valid YAML:
    /// the objectives they name are unknown.
    var frontMatter: Set<String> = []
    var quizzes: Set<String> = []

    /// True when an unreadable front matter (or quiz) of some chapter mentions
    /// `id`: it may well name the objective, so its not being covered (or
    /// assessed) follows from the syntax error.
    func mayName(_ id: String, in chapters: [Chapter], quizzes: Bool = false) -> Bool {
        let paths = quizzes ? self.quizzes : frontMatter
        return chapters.contains { paths.contains($0.path) && $0.source.text.contains(id) }
    }

    var any: Bool { config || glossary || bibliography || !citationKeys.isEmpty }
}

/// What a linked path names, as seen when the course was loaded.
enum PathStatus: Sendable, Equatable {
    case file
    /// Nothing, or a folder.
    case missing
    /// A path that leaves the course once symlinks are followed.
    case outside
}

/// The HTML theme: Mustache templates by name and static files (CSS, JS)
/// copied under `assets/` of the site.
struct Theme: Sendable, Equatable {
    var templates: [String: String]
    var files: [String: String]
}
