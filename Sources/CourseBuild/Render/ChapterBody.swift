/// A chapter as one page shows it: its body, rendered once for every output,
/// written out with the page's links, and its reference list.
struct ChapterBody {
    var content: String
    var references: String

    init(index: CourseIndex, facts: ChapterFacts, markup: ChapterMarkup, references formatted: FormattedReferences, links: PageLinks) {
        content = markup.written(for: links)
        references = facts.citations.referenceListHTML(entries: index.entries, formatted: formatted, isEPUB: links.isEPUB)
    }

    /// The chapter template's view, shared by the site and the EPUB.
    static func view(
        index: CourseIndex, chapter i: Int, body: ChapterBody, links: PageLinks, previous: LinkView?, next: LinkView?
    ) -> ChapterView {
        let chapter = index.course.chapters[i]
        let objectives = chapter.frontMatter.objectives.compactMap { ref in
            index.objectives[ref.id].map {
                ChapterView.ObjectiveLink(href: links.page("objectives", fragment: "objective-" + $0.id), text: $0.text)
            }
        }
        return ChapterView(
            number: chapter.number, title: chapter.title, summary: chapter.frontMatter.summary,
            hasObjectives: !objectives.isEmpty, objectives: objectives, content: body.content,
            references: body.references, previous: previous, next: next, hasPager: previous != nil || next != nil)
    }
}
