import Foundation

/// Everything a build needs, loaded from the course folder: the input of
/// every stage after `load`.
public struct Course: Sendable {
    public var folder: CourseFolder
    public var config: CourseConfig
    public var configFile: String
    public var chapters: [Chapter]
    public var glossary: [GlossaryTerm]
    public var glossaryFile: String?
    public var bibliography: [BibEntry]
    public var theme: Theme
    /// Files under assets/, course-relative; copied to the output as they are.
    public var assetFiles: [String]
    /// The bytes of each asset file, read at load.
    public var assetData: [String: Data]
    /// What the disk held at each course-relative path a chapter links to, read
    /// at load so that resolving links reads no file.
    public var linkedPaths: [String: PathStatus]
    /// The newest modification date among the course's source files (the EPUB's date).
    public var newestSourceDate: Date
}

/// What a linked path names, as seen when the course was loaded.
public enum PathStatus: Sendable, Equatable {
    case file
    /// Nothing, or a folder.
    case missing
    /// A path that leaves the course once symlinks are followed.
    case outside
}

/// The HTML theme: Mustache templates by name and static files (CSS, JS)
/// copied under `assets/` of the site.
public struct Theme: Sendable {
    public var templates: [String: String]
    public var files: [String: String]
}
