import Yams

/// Reads YAML into typed values while keeping line numbers, so every wrong
/// type, unknown key or syntax error becomes a diagnostic at its line instead
/// of a thrown decoding error. Used for course.yml, glossary.yml, front matter
/// and quiz blocks.
struct YAMLReader {
    let file: String
    /// Added to Yams' 1-based lines, for YAML embedded in a larger file (front matter, quiz).
    let lineOffset: Int
    /// The rule a syntax or type error reports under (`config.invalid`, `frontmatter.invalid`…).
    let invalidRule: RuleID
    /// The rule an unknown key reports under.
    let unknownKeyRule: RuleID
    var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int = 0, invalidRule: RuleID, unknownKeyRule: RuleID = .configUnknownKey) {
        self.file = file
        self.lineOffset = lineOffset
        self.invalidRule = invalidRule
        self.unknownKeyRule = unknownKeyRule
    }

    /// Parses `text`; nil (with a diagnostic) when it is not valid YAML.
    mutating func compose(_ text: String) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch let error as YamlError {
            let (line, column, problem) = Self.describe(error)
            diagnostics.append(
                Diagnostic(
                    .error, rule: invalidRule, "invalid YAML: \(problem)",
                    at: SourceRange(file: file, line: line + lineOffset, column: column)))
        } catch {
            diagnostics.append(
                Diagnostic(.error, rule: invalidRule, "invalid YAML: \(error)", at: at(nil)))
        }
        return nil
    }

    private static func describe(_ error: YamlError) -> (Int, Int, String) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, mark.column, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column, "duplicate key '\(duplicates.joined(separator: "', '"))'")
        default:
            return (1, 1, "\(error)")
        }
    }

    func at(_ node: Node?) -> SourceRange {
        let mark = node?.mark
        return SourceRange(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1)
    }

    mutating func typeError(_ key: String, expected: String, _ node: Node) {
        diagnostics.append(
            Diagnostic(.error, rule: invalidRule, "'\(key)' must be \(expected)", at: at(node)))
    }

    /// The pairs of a mapping node, reporting keys outside `known` as unknown.
    mutating func mapping(_ node: Node, name: String, known: Set<String>) -> [String: Node]? {
        guard case .mapping(let mapping) = node else {
            typeError(name, expected: "a mapping of keys to values", node)
            return nil
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            if known.contains(key) {
                result[key] = value
            } else {
                let hint = NearMiss.suggest(key, among: Array(known)).map { "did you mean '\($0)'?" }
                diagnostics.append(
                    Diagnostic(
                        .warning, rule: unknownKeyRule, "unknown key '\(key)' in \(name)", at: at(keyNode),
                        hint: hint))
            }
        }
        return result
    }

    mutating func string(_ fields: [String: Node], _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .scalar(let scalar) = node else {
            typeError(key, expected: "a string", node)
            return nil
        }
        return scalar.string
    }

    mutating func requiredString(_ fields: [String: Node], _ key: String, in name: String, at node: Node) -> String? {
        if fields[key] == nil {
            diagnostics.append(
                Diagnostic(.error, rule: invalidRule, "\(name) is missing the required key '\(key)'", at: at(node)))
        }
        return string(fields, key)
    }

    mutating func bool(_ fields: [String: Node], _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        guard let value = node.bool else {
            typeError(key, expected: "true or false", node)
            return nil
        }
        return value
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func stringList(_ fields: [String: Node], _ key: String) -> [String]? {
        guard let node = fields[key] else { return nil }
        switch node {
        case .scalar(let scalar): return [scalar.string]
        case .sequence(let seq):
            var result: [String] = []
            for item in seq {
                guard case .scalar(let s) = item else {
                    typeError(key, expected: "a list of strings", item)
                    continue
                }
                result.append(s.string)
            }
            return result
        default:
            typeError(key, expected: "a list of strings", node)
            return nil
        }
    }

    mutating func sequence(_ fields: [String: Node], _ key: String) -> [Node]? {
        guard let node = fields[key] else { return nil }
        guard case .sequence(let seq) = node else {
            typeError(key, expected: "a list", node)
            return nil
        }
        return Array(seq)
    }

    /// A value that must be one of `allowed` (an enum's raw values).
    mutating func choice<T: RawRepresentable>(_ fields: [String: Node], _ key: String, as: T.Type) -> T?
    where T.RawValue == String, T: CaseIterable {
        guard let raw = string(fields, key) else { return nil }
        if let value = T(rawValue: raw) { return value }
        let allowed = T.allCases.map(\.rawValue).joined(separator: " | ")
        typeError(key, expected: "one of \(allowed), not '\(raw)'", fields[key]!)
        return nil
    }
}
