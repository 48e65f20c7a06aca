import Foundation

/// Splits a chapter into front matter and body. The front matter's lines are
/// blanked in the body (not removed), so cmark's line numbers are the file's.
enum FrontMatterReader {
    static let knownKeys: Set<String> = ["title", "objectives", "summary"]

    static func read(_ text: String, file: String) -> (FrontMatter, body: String, [Diagnostic]) {
        // Only the lines up to the closing '---' are looked at: splitting a whole
        // chapter into lines cost more than parsing it.
        guard !text.isEmpty else { return (FrontMatter(), text, []) }
        var lines: [Substring] = []
        var lineStart = text.startIndex
        var closed = false
        while lineStart < text.endIndex {
            let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
            lines.append(text[lineStart..<lineEnd])
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            if lines.count == 1, lines[0].trimmed != "---" { return (FrontMatter(), text, []) }
            if lines.count > 1, ["---", "..."].contains(lines[lines.count - 1].trimmed) {
                closed = true
                break
            }
        }
        guard closed else {
            let d = Diagnostic(
                .error, rule: .frontmatterInvalid, "front matter opened with '---' is never closed",
                at: SourceRange(file: file, line: 1), hint: "end the front matter with a line '---'")
            return (FrontMatter(), text, [d])
        }
        let yamlText = lines[1..<(lines.count - 1)].joined(separator: "\n")
        // The front matter's lines are blanked, not removed, so the body keeps the file's line numbers.
        let body = String(repeating: "\n", count: lines.count) + text[lineStart...]

        var yaml = YAMLReader(file: file, lineOffset: 1, invalidRule: .frontmatterInvalid)
        var front = FrontMatter()
        if let root = yaml.compose(yamlText), !(root.string?.isEmpty ?? false),
            let fields = yaml.mapping(root, name: "front matter", known: knownKeys)
        {
            front.title = yaml.string(fields, "title")
            front.summary = yaml.string(fields, "summary")
            if let ids = yaml.stringList(fields, "objectives"), let node = fields["objectives"] {
                let items = node.sequence.map(Array.init) ?? [node]
                front.objectives = zip(ids, items).map { ($0, yaml.at($1)) }
            }
        }
        return (front, body, yaml.diagnostics)
    }
}

extension Substring {
    var trimmed: String { trimmingWhitespace() }
}
