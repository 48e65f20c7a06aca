import Foundation

/// Splits a chapter into front matter and body. The front matter's lines are
/// blanked in the body (not removed), so cmark's line numbers are the file's.
enum FrontMatterReader {
    static let knownKeys: Set<String> = ["title", "objectives", "summary"]

    static func read(_ text: String, file: String) -> (FrontMatter, body: String, [Diagnostic]) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first.map { $0.trimmed == "---" } ?? false else { return (FrontMatter(), text, []) }
        guard let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmed) }) else {
            let d = Diagnostic(
                .error, rule: "frontmatter.invalid", "front matter opened with '---' is never closed",
                at: SourceRange(file: file, line: 1), hint: "end the front matter with a line '---'")
            return (FrontMatter(), text, [d])
        }
        let yamlText = lines[1..<close].joined(separator: "\n")
        for i in 0...close { lines[i] = "" }
        let body = lines.joined(separator: "\n")

        var yaml = YAMLReader(file: file, lineOffset: 1, invalidRule: "frontmatter.invalid")
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
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
