/// Rules on links and images: every target must exist inside the course.
/// Each reads the chapter's links as resolved once in `ChapterFacts`.
struct LinksBrokenRule: ChapterRule {
    let id = RuleID.linksBroken
    let defaultSetting = RuleSetting.error
    let summary = "a link to a chapter, heading or file that does not exist"
    let examples: [RuleExample] = [
        .fires("See 1️⃣[the test](99-missing.md) and 2️⃣[below](#no-such-heading)."),
        .passes("## Below\n\nSee [below](#below)."),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        course.facts[i].links.compactMap { link in
            guard !link.isImage, case .broken(let reason, let hint) = link.target else { return nil }
            return Finding(reason, at: link.range, hint: hint)
        }
    }
}

struct LinksOutsideCourseRule: ChapterRule {
    let id = RuleID.linksOutsideCourse
    let defaultSetting = RuleSetting.error
    let summary = "a link or image path escaping the course folder"
    let examples: [RuleExample] = [
        .fires("1️⃣![passwd](../../etc/passwd) and 2️⃣[hosts](/etc/hosts)"),
        .passes("[a page](https://example.org/page)"),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        // A chapter that course.yml lists outside the folder is a load finding of this rule too.
        course.facts[i].links.compactMap { link in
            guard case .outside = link.target else { return nil }
            return Finding("'\(link.destination)' points outside the course folder", at: link.range)
        }
    }
}

struct ImagesMissingRule: ChapterRule {
    let id = RuleID.imagesMissing
    let defaultSetting = RuleSetting.error
    let summary = "an image file that does not exist"
    let examples: [RuleExample] = [
        .fires("1️⃣![A chart](assets/none.png) and 2️⃣![A page](01-a.md)"),
        .passes(files: [RuleExample.chapterFile: "![A chart](assets/chart.png)", "assets/chart.png": "png"]),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        course.facts[i].links.compactMap { link in
            guard link.isImage else { return nil }
            switch link.target {
            case .broken(let reason, let hint):
                let path = CourseIndex.candidates(for: link.destination, from: "").path
                let message = reason == CourseIndex.noSuchPath(path) ? "image '\(path)' is not a file of the course" : "image '\(link.destination)': \(reason)"
                return Finding(message, at: link.range, hint: hint)
            case .chapter, .samePage: return Finding("image '\(link.destination)' is a page, not an image file", at: link.range)
            default: return nil
            }
        }
    }
}

struct ImagesAltMissingRule: ChapterRule {
    let id = RuleID.imagesAltMissing
    let defaultSetting = RuleSetting.error
    let summary = "an image without alt text"
    let examples: [RuleExample] = [
        .fires(files: [RuleExample.chapterFile: "1️⃣![](assets/x.png)", "assets/x.png": "png"]),
        .passes(files: [RuleExample.chapterFile: "![A chart](assets/x.png)", "assets/x.png": "png"]),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        var found: [Finding] = []
        course.course.chapters[i].blocks.forEachInline { inline, _ in
            if case .image(let source, _, let alt) = inline.kind, alt.plainText.trimmingBlanks().isEmpty {
                found.append(Finding("image '\(source)' has no alt text", at: inline.range,
                                     hint: "describe the image: ![what it shows](\(source))"))
            }
        }
        return found
    }
}
