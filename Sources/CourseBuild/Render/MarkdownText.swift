import CCmark
import Foundation

/// A short piece of Markdown from course.yml (`about:`) as HTML: plain
/// CommonMark in cmark's safe mode, so it can carry no raw HTML or script.
enum MarkdownText {
    static func html(_ markdown: String) -> String {
        let options = CMARK_OPT_SAFE
        guard let raw = markdown.withCString({ cmark_markdown_to_html($0, strlen($0), options) }) else { return "" }
        defer { free(raw) }
        return String(cString: raw)
    }
}
