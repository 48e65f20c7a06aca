import Mustache

/// The theme's Mustache templates, compiled once per build.
struct TemplateSet {
    private let library: MustacheLibrary

    init(_ theme: Theme) throws {
        var library = MustacheLibrary()
        for (name, text) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch {
                throw CourseError("templates/\(name).mustache: \(error)")
            }
        }
        self.library = library
    }

    func render(_ view: Any, _ template: String) throws -> String {
        guard let text = library.render(view, withTemplate: template) else {
            throw CourseError("the theme has no template '\(template).mustache'")
        }
        return text
    }
}
