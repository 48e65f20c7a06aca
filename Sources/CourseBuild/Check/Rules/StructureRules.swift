/// Rules on a chapter's shape and raw HTML.
struct StructureHeadingSkipRule: ChapterRule {
    let id = RuleID.structureHeadingSkip
    let defaultSetting = RuleSetting.warning
    let summary = "a heading level jumps (h2 → h4)"
    let examples: [RuleExample] = [.fires("## Section\n\n1️⃣#### Too deep"), .passes("## Section\n\n### Subsection")]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        // The page title is the h1, so the body starts at level 2; a body "#" counts as 2 too.
        var previous = 1
        var found: [Finding] = []
        course.course.chapters[i].blocks.forEachBlock { block in
            guard case .heading(let raw, _) = block.kind else { return }
            let level = max(raw, 2)
            if level > previous + 1 {
                found.append(Finding("heading level jumps from h\(previous) to h\(level)", at: block.range,
                                     hint: "use h\(previous + 1) here"))
            }
            previous = level
        }
        return found
    }
}

struct StructureEmptyRule: ChapterRule {
    let id = RuleID.structureEmpty
    let defaultSetting = RuleSetting.warning
    let summary = "a chapter with no body"
    let examples: [RuleExample] = [
        .fires(files: [RuleExample.chapterFile: "1️⃣---\ntitle: A\n---\n\n<!-- to be written -->\n"]),
        .passes("Text."),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        let chapter = course.course.chapters[i]
        let empty = chapter.blocks.allSatisfy { block in
            if case .htmlBlock = block.kind { return true }
            return false
        }
        return empty ? [Finding("chapter '\(chapter.path)' has no body", at: SourceRange(file: chapter.path))] : []
    }
}

/// Found while parsing: the parser stops nesting at a fixed depth, so that no
/// chapter can exhaust the stack of any stage that walks the tree.
struct StructureTooDeepRule: LoadRule {
    let id = RuleID.structureTooDeep
    let defaultSetting = RuleSetting.warning
    let summary = "block quotes, lists, emphasis or links nested deeper than the parser keeps (they are shown flat)"
    let examples: [RuleExample] = [
        .fires(String(repeating: "> ", count: 48) + "1️⃣" + String(repeating: "> ", count: 12) + "Sixty levels deep."),
        .passes("> > > Three levels are fine."),
    ]
}

struct MarkdownRawHTMLRule: ChapterRule {
    let id = RuleID.markdownRawHTML
    let defaultSetting = RuleSetting.warning
    let summary = "raw HTML while allow-raw-html is off (it is left out of the output)"
    let examples: [RuleExample] = [
        .fires("Text with 1️⃣<b>bold2️⃣</b> markup."),
        .passes("<!-- coursebuild-disable-next-line claims.hype -- quoted -->\nText."),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        guard !course.course.config.allowRawHTML else { return [] }
        let chapter = course.course.chapters[i]
        var found: [Finding] = []
        let report = { (html: String, range: SourceRange) in
            guard Suppressions.directive(in: html) == nil else { return }
            found.append(Finding("raw HTML is left out of the output", at: range,
                                 hint: "write it in Markdown, or set allow-raw-html: true in course.yml"))
        }
        chapter.blocks.forEachBlock { if case .htmlBlock(let html) = $0.kind { report(html, $0.range) } }
        chapter.blocks.forEachInline { inline, _ in if case .html(let html) = inline.kind { report(html, inline.range) } }
        return found
    }
}
