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
}

/// The HTML theme: Mustache templates by name and static files (CSS, JS)
/// copied under `assets/` of the site.
public struct Theme: Sendable {
    public var templates: [String: String]
    public var files: [String: String]
}
