/// Rules on a chapter's shape and raw HTML.
enum StructureRules {
    static let headingSkip = Rule(
        "structure.heading-skip", .warning, "a heading level jumps (h2 → h4)",
        examples: [.fires("## Section\n\n#### Too deep"), .passes("## Section\n\n### Subsection")],
        check: { context in
            context.course.chapters.flatMap { chapter -> [Diagnostic] in
                // The page title is the h1, so the body starts at level 2; a body "#" counts as 2 too.
                var previous = 1
                var found: [Diagnostic] = []
                chapter.blocks.forEachBlock { block in
                    guard case .heading(let raw, _) = block.kind else { return }
                    let level = max(raw, 2)
                    if level > previous + 1 {
                        found.append(Diagnostic.finding("structure.heading-skip",
                            "heading level jumps from h\(previous) to h\(level)", at: block.range,
                            hint: "use h\(previous + 1) here"))
                    }
                    previous = level
                }
                return found
            }
        })

    static let empty = Rule(
        "structure.empty", .warning, "a chapter with no body",
        check: { context in
            context.course.chapters.filter { $0.blocks.allSatisfy { block in
                if case .htmlBlock = block.kind { return true }
                return false
            } }.map { Diagnostic.finding("structure.empty", "chapter '\($0.path)' has no body", at: SourceRange(file: $0.path)) }
        })

    static let rawHTML = Rule(
        "markdown.raw-html", .warning, "raw HTML while allow-raw-html is off (it is left out of the output)",
        examples: [.fires("Text with <b>bold</b> markup."), .passes("<!-- coursebuild-disable-next-line claims.hype -- quoted -->\nText.")],
        check: { context in
            guard !context.course.config.allowRawHTML else { return [] }
            return context.course.chapters.flatMap { chapter -> [Diagnostic] in
                var found: [Diagnostic] = []
                let report = { (html: String, range: SourceRange) in
                    guard Suppressions.directive(in: html) == nil else { return }
                    found.append(Diagnostic.finding("markdown.raw-html", "raw HTML is left out of the output", at: range,
                        hint: "write it in Markdown, or set allow-raw-html: true in course.yml"))
                }
                chapter.blocks.forEachBlock { if case .htmlBlock(let html) = $0.kind { report(html, $0.range) } }
                chapter.blocks.forEachInline { inline, _ in if case .html(let html) = inline.kind { report(html, inline.range) } }
                return found
            }
        })

    static let all = [headingSkip, empty, rawHTML]
}
