/// A chapter rendered for one target: the body, its reference list and (for
/// the EPUB) the quiz answer key.
struct ChapterBody {
    var content: String
    var references: String
    var answerKey: String

    init(index: CourseIndex, chapter: Int, facts: ChapterFacts, references formatted: FormattedReferences, links: PageLinks) {
        let citations = facts.citations
        let renderer = HTMLRenderer(index: index, chapterIndex: chapter, links: links, facts: facts)
        content = renderer.render(index.course.chapters[chapter].blocks)
        answerKey = links.isEPUB ? renderer.answerKey() : ""
        references = citations.referenceListHTML(entries: index.entries, formatted: formatted, isEPUB: links.isEPUB)
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
            hasObjectives: !objectives.isEmpty, objectives: objectives, content: body.content + body.answerKey,
            references: body.references, previous: previous, next: next, hasPager: previous != nil || next != nil)
    }
}
