import Foundation
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
    /// How a syntax error's message begins.
    static let syntaxErrorPrefix = "invalid YAML: "

    init(file: String, lineOffset: Int = 0, invalidRule: RuleID, unknownKeyRule: RuleID = .configUnknownKey) {
        self.file = file
        self.lineOffset = lineOffset
        self.invalidRule = invalidRule
        self.unknownKeyRule = unknownKeyRule
    }

    /// Parses `text`; nil (with a diagnostic) when it is not valid YAML. The
    /// diagnostic says what to do where libyaml's words alone would not.
    mutating func compose(_ text: String) -> Node? {
        do {
            // UTF-8 named, not `.default`: Yams works that out from the environment
            // on every call (a twentieth of a second over 1,000 chapters' front matter and quizzes).
            return try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch let error as YamlError {
            let found = Self.describe(error, in: text)
            diagnostics.append(
                Diagnostic(
                    .error, rule: invalidRule, "\(Self.syntaxErrorPrefix)\(found.problem)",
                    at: SourceRange(file: file, line: found.line + lineOffset, column: found.column), hint: found.hint))
        } catch {
            diagnostics.append(
                Diagnostic(.error, rule: invalidRule, "\(Self.syntaxErrorPrefix)\(error)", at: at(nil)))
        }
        return nil
    }

    /// Where the error is, libyaml's problem, and what the author should do.
    static func describe(_ error: YamlError, in text: String) -> (line: Int, column: Int, problem: String, hint: String?) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (1...max(1, lines.count)).contains(mark.line) ? String(lines[mark.line - 1]) : ""
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            if indent.contains("\t") || problem.contains("tab") {
                return (mark.line, 1, "a tab in the indentation of line \(mark.line)",
                        "indent with spaces: YAML does not allow tabs in indentation")
            }
            if problem.contains("mapping values are not allowed") {
                return (mark.line, mark.column, "this value holds ': ', which YAML reads as a new key",
                        quoteHint(line, column: mark.column))
            }
            if problem.contains("end of stream"), let context, context.text.contains("quoted scalar") {
                return (context.mark.line, context.mark.column, "the quoted value opened here is never closed",
                        "end the value with the same quote it starts with")
            }
            if let context, context.text.contains("flow sequence") || context.text.contains("flow mapping") {
                let (open, close) = context.text.contains("sequence") ? ("[", "]") : ("{", "}")
                return (context.mark.line, context.mark.column, "the '\(open)' opened here is not closed (\(problem))",
                        "close it with '\(close)', and quote any item that contains ',' or '\(close)'")
            }
            return (mark.line, mark.column, problem, nil)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, context.mark.column, "duplicate key '\(duplicates.joined(separator: "', '"))'", nil)
        default:
            return (1, 1, "\(error)", nil)
        }
    }

    /// For `key: a: b`, the line with its value quoted; else a general hint.
    static func quoteHint(_ line: String, column: Int) -> String {
        let scalars = Array(line.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var start = 0  // past the indentation and any "- " of a list item
        while start < scalars.count, scalars[start] == " " || (scalars[start] == "-" && scalars.indices.contains(start + 1) && scalars[start + 1] == " ") {
            start += 1
        }
        if let colon = (start..<max(start, scalars.count - 1)).first(where: { scalars[$0] == ":" && scalars[$0 + 1] == " " }),
           colon + 1 < column - 1 {
            var value = text((colon + 2)..<scalars.count).trimmingBlanks()
            if value.unicodeScalars.count > 60 { value = String(value.unicodeScalars.prefix(60)) + "…" }
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "quote the value: \(text(start..<colon)): \"\(escaped)\""
        }
        return "quote any value that contains ': ', and indent this line like the keys above it"
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
