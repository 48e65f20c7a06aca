/// The `parse` stage for one chapter: front matter, cmark, then the course
/// extensions recognised on the tree (tables, callouts, quizzes, citations).
/// Pure: the same text always gives the same chapter.
enum ChapterParser {
    static func parse(path: String, text: String, number: Int) -> (Chapter, [Diagnostic]) {
        let (front, body, frontDiagnostics) = FrontMatterReader.read(text, file: path)
        // One line index for the parse and the chapter: the body is the text with its
        // front matter's lines blanked, and no node of the body stands on those lines.
        let source = SourceText(file: path, text: text)
        var extensions = ExtensionRecogniser(source: source)
        let (parsed, depthDiagnostics) = CommonMarkParser.parseReportingDepth(body, source: source)
        let blocks = extensions.blocks(parsed)
        let slug = String(path.split(separator: "/").last ?? "").replacingSuffix(".md", with: "")
        // Quote lines from the original text in diagnostics, front matter included.
        let chapter = Chapter(number: number, path: path, slug: slug, source: source, frontMatter: front, blocks: blocks)
        return (chapter, frontDiagnostics + depthDiagnostics + extensions.diagnostics)
    }
}

extension String {
    func replacingSuffix(_ suffix: String, with replacement: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) + replacement : self
    }
}
