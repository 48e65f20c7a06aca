import Foundation

/// The output formats of `coursebuild lint` (SPEC §2–3).
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case human, json, sarif, github

    /// Renders the diagnostics. `sources` gives a file's text for quoting
    /// source lines in the human format; `color` adds ANSI colour.
    func render(_ diagnostics: [Diagnostic], sources: (String) -> SourceText?, color: Bool = false) -> String {
        switch self {
        case .human: return HumanFormat(color: color).render(diagnostics, sources: sources)
        case .json: return JSONFormat.render(diagnostics)
        case .sarif: return SARIFFormat.render(diagnostics)
        case .github: return GitHubFormat.render(diagnostics)
        }
    }
}

/// Compiler style: `file:line:col: severity: message [rule]`, the source line
/// with a caret under the span, the hint, and a closing count.
struct HumanFormat {
    var color: Bool

    private func paint(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    func render(_ diagnostics: [Diagnostic], sources: (String) -> SourceText?) -> String {
        var out = ""
        for d in diagnostics {
            let r = d.range
            let severity = d.severity == .error ? paint("error", "1;31") : paint("warning", "1;33")
            out += "\(r.file):\(r.start.line):\(r.start.column): \(severity): \(d.message) [\(d.rule)]\n"
            if let source = sources(r.file), r.start.line <= source.lineCount {
                let line = source.line(r.start.line)
                if !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    let width = r.end.line == r.start.line ? max(1, r.end.column - r.start.column + 1) : 1
                    let indent = String(line.unicodeScalars.prefix(r.start.column - 1).map { $0 == "\t" ? "\t" : " " })
                    out += "  \(line)\n  \(indent)\(paint("^" + String(repeating: "~", count: max(0, min(width, 200) - 1)), "32"))\n"
                }
            }
            for note in d.notes {
                let place = note.range.map { "\($0.file):\($0.start.line):\($0.start.column): " } ?? ""
                out += "  \(place)note: \(note.message)\n"
            }
            if let hint = d.hint { out += "  hint: \(hint)\n" }
        }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        out += "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }
}

/// A JSON array of flat objects, as SPEC §3 gives them.
enum JSONFormat {
    struct Item: Encodable {
        var file: String, line: Int, column: Int, endLine: Int, endColumn: Int
        var severity: String, rule: String, message: String, hint: String?
    }

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map {
            Item(file: $0.range.file, line: $0.range.start.line, column: $0.range.start.column, endLine: $0.range.end.line,
                 endColumn: $0.range.end.column, severity: $0.severity.rawValue, rule: $0.rule.rawValue, message: $0.message, hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(items)) ?? Data("[]".utf8), as: UTF8.self) + "\n"
    }
}

/// GitHub Actions workflow commands: one `::error file=…,line=…::message` per finding.
enum GitHubFormat {
    static func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { d in
            let r = d.range
            let props = "file=\(escapeProperty(r.file)),line=\(r.start.line),col=\(r.start.column),endLine=\(r.end.line),endColumn=\(r.end.column),title=\(escapeProperty(d.rule.rawValue))"
            let message = d.message + (d.hint.map { " (hint: \($0))" } ?? "")
            return "::\(d.severity == .error ? "error" : "warning") \(props)::\(escapeData(message))\n"
        }.joined()
    }

    static func escapeData(_ s: String) -> String {
        s.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(of: "\n", with: "%0A")
    }

    static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
