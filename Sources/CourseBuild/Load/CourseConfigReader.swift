import Yams

/// Reads course.yml into a `CourseConfig`, reporting every problem at its line.
enum CourseConfigReader {
    static let knownKeys: Set<String> = [
        "title", "subtitle", "authors", "language", "identifier", "description", "about", "notice", "cover", "license",
        "base-url", "citation-style", "chapters", "objectives", "lint", "allow-raw-html",
    ]
    static let objectiveKeys: Set<String> = ["id", "text"]
    static let lintKeys: Set<String> = ["claims-scope", "claims-model", "rules", "claims", "retractions"]
    static let lintClaimsKeys: Set<String> = [
        "hype", "attribution", "study-nouns", "outcome-verbs", "clinical-entities", "effect-verbs", "absolutes",
    ]

    static func read(_ text: String, file: String) -> (CourseConfig, [Diagnostic]) {
        var yaml = YAMLReader(file: file, invalidRule: .configInvalid)
        var config = CourseConfig()
        guard let root = yaml.compose(text) else {
            config.readable = false
            return (config, yaml.diagnostics)
        }
        guard let fields = yaml.mapping(root, name: file, known: knownKeys) else { return (config, yaml.diagnostics) }

        if let title = yaml.requiredString(fields, "title", in: file, at: root) { config.title = title }
        config.subtitle = yaml.string(fields, "subtitle")
        config.authors = yaml.stringList(fields, "authors") ?? []
        config.language = yaml.string(fields, "language") ?? "en"
        config.identifier = yaml.string(fields, "identifier")
        config.description = yaml.string(fields, "description")
        config.about = yaml.string(fields, "about")
        config.notice = yaml.string(fields, "notice")
        if let cover = yaml.string(fields, "cover") { config.cover = (cover, yaml.at(fields["cover"])) }
        config.license = yaml.string(fields, "license")
        config.baseURL = yaml.string(fields, "base-url")
        config.citationStyle = yaml.choice(fields, "citation-style", as: CitationStyle.self) ?? .vancouver
        config.allowRawHTML = yaml.bool(fields, "allow-raw-html") ?? false
        if let nodes = yaml.sequence(fields, "chapters") {
            config.chapterPaths = nodes.compactMap { node in
                guard let path = node.string else {
                    yaml.typeError("chapters", expected: "a list of file paths", node)
                    return nil
                }
                return (path, yaml.at(node).start.line)
            }
        }
        config.objectives = (yaml.sequence(fields, "objectives") ?? []).compactMap { readObjective($0, &yaml) }
        if let lint = fields["lint"] { config.lint = readLint(lint, &yaml) }
        return (config, yaml.diagnostics)
    }

    private static func readObjective(_ node: Node, _ yaml: inout YAMLReader) -> Objective? {
        guard let fields = yaml.mapping(node, name: "an objective", known: objectiveKeys),
            let id = yaml.requiredString(fields, "id", in: "an objective", at: node),
            let text = yaml.requiredString(fields, "text", in: "objective '\(id)'", at: node)
        else { return nil }
        return Objective(id: id, text: text, range: yaml.at(fields["id"]))
    }

    private static func readLint(_ node: Node, _ yaml: inout YAMLReader) -> LintSettings {
        var settings = LintSettings()
        guard let fields = yaml.mapping(node, name: "lint", known: lintKeys) else {
            return settings
        }
        settings.claimsScope = yaml.choice(fields, "claims-scope", as: ClaimsScope.self) ?? .sentence
        settings.claimsModel = yaml.bool(fields, "claims-model") ?? true
        if let path = yaml.string(fields, "retractions") { settings.retractions = (path, yaml.at(fields["retractions"])) }
        if let rules = fields["rules"], case .mapping(let mapping) = rules {
            for (key, value) in mapping {
                guard let id = key.string else { continue }
                guard let raw = value.string, let setting = RuleSetting(rawValue: raw) else {
                    yaml.typeError(id, expected: "error, warning or off", value)
                    continue
                }
                guard let rule = RuleID(rawValue: id) else {
                    // An unknown id would silently check nothing: an error, with the likely id.
                    yaml.diagnostics.append(Diagnostic(.error, rule: .configInvalid, "unknown rule '\(id)' in lint.rules", at: yaml.at(key),
                        hint: RuleID.suggestion(for: id).map { "did you mean '\($0.rawValue)'?" } ?? "run 'coursebuild rules' for the list"))
                    continue
                }
                settings.ruleSettings[rule] = setting
            }
        } else if let rules = fields["rules"] {
            yaml.typeError("rules", expected: "a mapping of rule ids to error, warning or off", rules)
        }
        if let claims = fields["claims"],
            let words = yaml.mapping(
                claims, name: "lint.claims", known: lintClaimsKeys)
        {
            settings.claimsAdditions = ClaimsLexicon.Additions(
                hype: yaml.stringList(words, "hype"),
                attribution: yaml.stringList(words, "attribution"),
                studyNouns: yaml.stringList(words, "study-nouns"),
                outcomeVerbs: yaml.stringList(words, "outcome-verbs"),
                clinicalEntities: yaml.stringList(words, "clinical-entities"),
                effectVerbs: yaml.stringList(words, "effect-verbs"),
                absolutes: yaml.stringList(words, "absolutes"))
        }
        return settings
    }
}
