/// The built-in theme: the repository's templates/ compiled into the tool,
/// so a course without its own templates still builds.
enum DefaultTheme {
    static var theme: Theme {
        var templates: [String: String] = [:]
        var assets: [String: String] = [:]
        for (name, text) in files {
            if name.hasSuffix(".mustache") {
                templates[name.replacingSuffix(".mustache", with: "")] = text
            } else {
                assets[name] = text
            }
        }
        return Theme(templates: templates, files: assets)
    }
}
