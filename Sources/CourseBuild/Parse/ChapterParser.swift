/// The `parse` stage for one chapter: front matter, cmark, then the course
/// extensions recognised on the tree (tables, callouts, quizzes, citations).
/// Pure: the same text always gives the same chapter.
enum ChapterParser {
    static func parse(path: String, text: String, number: Int) -> (Chapter, [Diagnostic]) {
        let (front, body, frontDiagnostics) = FrontMatterReader.read(text, file: path)
        let source = SourceText(file: path, text: body)
        var extensions = ExtensionRecogniser(source: source)
        let (parsed, depthDiagnostics) = CommonMarkParser.parseReportingDepth(source)
        let blocks = extensions.blocks(parsed)
        let slug = String(path.split(separator: "/").last ?? "").replacingSuffix(".md", with: "")
        // Quote lines from the original text in diagnostics, front matter included.
        let chapter = Chapter(
            number: number, path: path, slug: slug, source: SourceText(file: path, text: text), frontMatter: front,
            blocks: blocks)
        return (chapter, frontDiagnostics + depthDiagnostics + extensions.diagnostics)
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
