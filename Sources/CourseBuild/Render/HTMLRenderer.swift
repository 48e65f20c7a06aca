/// Renders a chapter's tree once as XHTML-valid markup (closed void tags,
/// escaped text and attributes) for the site, the print edition and the EPUB
/// together: a `ChapterMarkup` whose link targets each page fills in. Links
/// are written from their targets resolved once in the chapter's facts;
/// glossary terms are linked at their first use, found among the matches
/// made in the resolve stage; citations become labels linked to the
/// reference list.
final class HTMLRenderer {
    let index: CourseIndex
    let chapterIndex: Int
    /// The chapter's links and images resolved, its terms matched and its citations numbered.
    let facts: ChapterFacts
    var citations: ChapterCitations { facts.citations }
    private var markup = ChapterMarkup()
    /// Markup written for `editions` and not yet appended to `markup`.
    private var out = ""
    /// The outputs the markup being written is for: all, but inside a quiz.
    private var editions = ChapterMarkup.Editions.all
    /// Terms linked so far, per edition: the EPUB links terms in a quiz's
    /// choices, where the web can hold no link, so their first uses can differ.
    private var linkedOnWeb: Set<String> = []
    private var linkedInEPUB: Set<String> = []
    private var figureCount = 0
    /// Inside an interactive element (a quiz choice's `<summary>`), where no link may stand.
    private var insideControl = false
    /// Quizzes collected for the EPUB's answer key.
    private(set) var quizzes: [Quiz] = []
    /// Emits every link and image destination as written (percent-encoded),
    /// without resolving it against the course: for the CommonMark
    /// conformance test, whose examples link to places no course has.
    var linksAsWritten = false

    init(index: CourseIndex, chapterIndex: Int, facts: ChapterFacts) {
        self.index = index
        self.chapterIndex = chapterIndex
        self.facts = facts
    }

    var chapter: Chapter { index.course.chapters[chapterIndex] }

    /// The chapter's body, and after it the EPUB's answer key.
    func render() -> ChapterMarkup {
        chapter.blocks.forEach { block($0, tight: false) }
        only(.epub) { answerKey() }
        flush()
        return markup
    }

    // MARK: Output

    private func flush() {
        markup.append(out, for: editions)
        out = ""
    }

    /// Writes what `write` writes for `editions` alone (of those being written).
    private func only(_ editions: ChapterMarkup.Editions, _ write: () -> Void) {
        let inner = self.editions.intersection(editions)
        guard inner != self.editions else { return write() }
        guard !inner.isEmpty else { return }
        flush()
        let outer = self.editions
        self.editions = inner
        write()
        flush()
        self.editions = outer
    }

    private func write(_ href: ChapterMarkup.Href) {
        flush()
        markup.append(href, for: editions)
    }

    // MARK: Blocks

    /// Starts a new line unless at one, as cmark's renderer does before a block.
    private func cr() {
        if let last = out.utf8.last ?? markup.lastByte, last != UInt8(ascii: "\n") { out += "\n" }
    }

    private func block(_ block: Block, tight: Bool) {
        if case .paragraph = block.kind, tight {} else { cr() }
        switch block.kind {
        case .paragraph(let inlines):
            if let figure = figureImage(inlines) { return self.figure(figure) }
            if tight { return self.inlines(inlines) }
            out += "<p>"
            self.inlines(inlines)
            out += "</p>\n"
        case .heading(let level, let inlines):
            let id = index.headingID(chapter: chapterIndex, line: block.range.start.line) ?? Slug.make(inlines.plainText)
            let tag = "h\(min(level + (level == 1 ? 1 : 0), 6))"
            out += "<\(tag) id=\"\(XML.escape(id))\">"
            self.inlines(inlines, linkTerms: false)
            out += "</\(tag)>\n"
        case .blockQuote(let children):
            out += "<blockquote>\n"
            children.forEach { self.block($0, tight: false) }
            cr()
            out += "</blockquote>\n"
        case .callout(let kind, let children):
            out += "<aside class=\"callout callout-\(kind.rawValue.lowercased())\" role=\"note\" aria-label=\"\(kind.label)\">\n"
            out += "<p class=\"callout-title\">\(kind.label)</p>\n"
            children.forEach { self.block($0, tight: false) }
            cr()
            out += "</aside>\n"
        case .list(let ordered, let start, let isTight, let items):
            let tag = ordered ? "ol" : "ul"
            out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
            for item in items {
                out += "<li>"
                item.blocks.forEach { self.block($0, tight: isTight) }
                out += "</li>\n"
            }
            out += "</\(tag)>\n"
        case .codeBlock(let info, let code):
            // As cmark: the first word of the info string, ended by any whitespace.
            let language = info.split(whereSeparator: { $0.isWhitespace }).first.map { " class=\"language-\(XML.escape(String($0)))\"" } ?? ""
            out += "<pre><code\(language)>\(XML.escape(code))</code></pre>\n"
        case .htmlBlock(let html):
            if index.course.config.allowRawHTML {
                out += html
                cr()
            }
        case .thematicBreak:
            out += "<hr />\n"
        case .table(let table):
            self.table(table)
        case .quiz(let quiz):
            self.quiz(quiz)
        }
    }

    private func table(_ table: Table) {
        out += "<div class=\"table-wrap\">\n<table>\n<thead>\n<tr>"
        let style = { (i: Int) -> String in
            let a = i < table.alignments.count ? table.alignments[i] : .none
            return a == .none ? "" : " style=\"text-align: \(a.rawValue)\""
        }
        for (i, cell) in table.header.enumerated() {
            out += "<th scope=\"col\"\(style(i))>"
            inlines(cell)
            out += "</th>"
        }
        out += "</tr>\n</thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for (i, cell) in row.enumerated() {
                out += "<td\(style(i))>"
                inlines(cell)
                out += "</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n"
    }

    private func quiz(_ quiz: Quiz) {
        quizzes.append(quiz)
        let number = quizzes.count
        out += "<section class=\"quiz\" aria-label=\"Question \(number)\">\n<p class=\"quiz-question\"><strong>Question \(number).</strong> "
        inlines(quiz.question)
        out += "</p>\n<ol class=\"quiz-choices\">\n"
        for choice in quiz.choices {
            // The EPUB lists the choices and keeps the answers for its answer key.
            only(.epub) {
                out += "<li>"
                inlines(choice.text)
                out += "</li>\n"
            }
            // The web reveals each choice's feedback in place.
            only(.web) {
                out += "<li><details><summary>"
                insideControl = true
                inlines(choice.text, linkTerms: false)
                insideControl = false
                out += "</summary><p class=\"\(choice.correct ? "quiz-correct" : "quiz-wrong")\"><strong>\(choice.correct ? "Correct." : "Not quite.")</strong> "
                inlines(choice.feedback)
                out += "</p></details></li>\n"
            }
        }
        out += "</ol>\n"
        only(.epub) { out += "<p class=\"quiz-key-link\"><a href=\"#answer-\(number)\">Answer</a></p>\n" }
        out += "</section>\n"
    }

    /// The EPUB's answer key: each question's correct choice and its feedback.
    private func answerKey() {
        guard !quizzes.isEmpty else { return }
        out += "<section class=\"answers\" aria-labelledby=\"answers\">\n<h2 id=\"answers\">Answers</h2>\n<ol>\n"
        for (i, quiz) in quizzes.enumerated() {
            out += "<li id=\"answer-\(i + 1)\">"
            // The answer and its feedback in paragraphs of their own, so they do not run together.
            for choice in quiz.choices where choice.correct {
                out += "<p class=\"answer\"><strong>"
                inlines(choice.text, linkTerms: false)
                out += "</strong></p><p class=\"feedback\">"
                inlines(choice.feedback, linkTerms: false)
                out += "</p>"
            }
            out += "</li>\n"
        }
        out += "</ol>\n</section>\n"
    }

    /// An image with a title, alone in its paragraph, is a numbered figure.
    private func figureImage(_ inlines: [Inline]) -> Inline? {
        guard inlines.count == 1, case .image(_, let title, _) = inlines[0].kind, !title.isEmpty else { return nil }
        return inlines[0]
    }

    private func figure(_ image: Inline) {
        guard case .image(let source, let title, let alt) = image.kind else { return }
        figureCount += 1
        let label = "Figure \(chapter.number).\(figureCount)"
        out += "<figure id=\"figure-\(chapter.number)-\(figureCount)\">\n"
        out += "<img src=\""
        imageSource(source, at: image.range)
        out += "\" alt=\"\(XML.escape(Self.altText(alt)))\" />\n"
        out += "<figcaption><span class=\"figure-label\">\(label).</span> \(XML.escape(title))</figcaption>\n</figure>\n"
    }

    /// An image's `src`: an asset from the page, or a web address on the web only (an EPUB holds its images).
    private func imageSource(_ source: String, at range: SourceRange) {
        if linksAsWritten { return XML.escape(XML.isSafeURL(source) ? XML.percentEncodeURL(source) : "", into: &out) }
        switch facts.target(of: source, at: range) {
        case .asset(let path): write(.asset(path))
        case .external(let url) where XML.isSafeURL(url): only(.web) { write(.fixed(XML.percentEncodeURL(url))) }
        default: break
        }
    }

    /// An image's alt text as cmark writes it: the text of its description,
    /// inline HTML and code included as text, line breaks as spaces.
    static func altText(_ inlines: [Inline]) -> String {
        var text = ""
        func add(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline.kind {
                case .text(let s), .code(let s), .html(let s): text += s
                case .softBreak, .lineBreak: text += " "
                case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): add(c)
                case .citation: break
                }
            }
        }
        add(inlines)
        return text
    }

    // MARK: Inlines

    private func inlines(_ inlines: [Inline], linkTerms: Bool = true) {
        for inline in inlines { self.inline(inline, linkTerms: linkTerms) }
    }

    private func inline(_ inline: Inline, linkTerms: Bool) {
        switch inline.kind {
        case .text(let text): linkTerms ? textWithTerms(text, at: inline.range.start) : XML.escape(text, into: &out)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br />\n"
        case .code(let code): out += "<code>\(XML.escape(code))</code>"
        case .html(let html): if index.course.config.allowRawHTML { out += html }
        case .emphasis(let children):
            out += "<em>"
            inlines(children, linkTerms: linkTerms)
            out += "</em>"
        case .strong(let children):
            out += "<strong>"
            inlines(children, linkTerms: linkTerms)
            out += "</strong>"
        case .link(let destination, let title, let children):
            link(destination, title: title, children, at: inline.range)
        case .image(let source, let title, let alt):
            let titleAttr = title.isEmpty ? "" : " title=\"\(XML.escape(title))\""
            out += "<img src=\""
            imageSource(source, at: inline.range)
            out += "\" alt=\"\(XML.escape(Self.altText(alt)))\"\(titleAttr) />"
        case .citation(let items):
            out += citations.inTextHTML(items, linked: !insideControl)
        }
    }

    private func link(_ destination: String, title: String, _ children: [Inline], at range: SourceRange) {
        let titleAttr = title.isEmpty ? "" : " title=\"\(XML.escape(title))\""
        let href: ChapterMarkup.Href?
        let target = linksAsWritten ? .external(destination) : facts.target(of: destination, at: range)
        switch target {
        case .external(let url): href = XML.isSafeURL(url) ? .fixed(XML.percentEncodeURL(url)) : nil
        case .samePage(let fragment): href = .fixed("#" + fragment)
        case .chapter(let i, let fragment): href = .chapter(slug: index.course.chapters[i].slug, fragment: fragment)
        case .objective(let id): href = index.objectives[id] == nil ? nil : .page("objectives", fragment: "objective-" + id)
        case .term(let id): href = index.terms[id] == nil ? nil : .page("glossary", fragment: "term-" + id)
        case .asset(let path): href = .asset(path)
        case .outside, .broken: href = nil
        }
        var text = children
        if text.isEmpty, case .objective(let id) = target, let o = index.objectives[id] {
            text = [Inline(.text(o.text), range: SourceRange(file: chapter.path))]
        }
        if let href, !insideControl {
            out += "<a href=\""
            write(href)
            out += "\"\(titleAttr)>"
            inlines(text, linkTerms: false)
            out += "</a>"
        } else {
            out += insideControl ? "<span>" : "<span class=\"broken-link\">"
            inlines(text, linkTerms: false)
            out += "</span>"
        }
    }

    /// Escapes a run of text, linking the first use in this chapter of each
    /// glossary term, in each edition being written.
    private func textWithTerms(_ text: String, at start: SourcePosition) {
        var cursor = text.startIndex
        for match in facts.termMatches.matches(in: text, at: start) {
            guard let term = index.terms[match.id] else { continue }
            let firstUse = firstUse(of: match.id)
            guard !firstUse.isEmpty else { continue }
            XML.escape(text[cursor..<match.range.lowerBound], into: &out)
            only(firstUse) {
                out += "<a class=\"term\" href=\""
                write(.page("glossary", fragment: "term-" + match.id))
                out += "\""
                // The definition on hover is the web's: reading systems seldom show a title, and
                // in the EPUB it was 7% of a chapter's bytes; the link leads to the glossary.
                only(.web) { out += " title=\"\(XML.escape(term.definition))\"" }
                out += ">"
            }
            XML.escape(text[match.range], into: &out)
            only(firstUse) { out += "</a>" }
            cursor = match.range.upperBound
        }
        XML.escape(text[cursor...], into: &out)
    }

    /// The editions being written in which the term is not linked yet, now marked linked.
    private func firstUse(of id: String) -> ChapterMarkup.Editions {
        var editions = ChapterMarkup.Editions()
        if self.editions.contains(.web), linkedOnWeb.insert(id).inserted { editions.insert(.web) }
        if self.editions.contains(.epub), linkedInEPUB.insert(id).inserted { editions.insert(.epub) }
        return editions
    }
}
