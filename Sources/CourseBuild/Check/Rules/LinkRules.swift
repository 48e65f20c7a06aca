/// Rules on links and images: every target must exist inside the course.
enum LinkRules {
    static let broken = Rule(
        "links.broken", .error, "a link to a chapter, heading or file that does not exist",
        examples: [.fires("See [the test](99-missing.md)."), .fires("See [below](#no-such-heading).")],
        check: { context in findings(context, images: false) })

    static let outside = Rule(
        "links.outside-course", .error, "a link or image path escaping the course folder",
        examples: [.fires("![passwd](../../etc/passwd)")])

    static let imageMissing = Rule(
        "images.missing", .error, "an image file that does not exist",
        check: { context in findings(context, images: true) })

    static let altMissing = Rule(
        "images.alt-missing", .error, "an image without alt text",
        examples: [.fires("![](assets/x.png)")],
        check: { context in
            context.course.chapters.flatMap { chapter -> [Diagnostic] in
                var found: [Diagnostic] = []
                chapter.blocks.forEachInline { inline, _ in
                    if case .image(let source, _, let alt) = inline.kind, alt.plainText.trimmingCharacters(in: .whitespaces).isEmpty {
                        found.append(Diagnostic.finding("images.alt-missing", "image '\(source)' has no alt text", at: inline.range,
                            hint: "describe the image: ![what it shows](\(source))"))
                    }
                }
                return found
            }
        })

    /// Links (or images) whose destination is broken or outside; an escaping
    /// path is reported alone, since the tool never looks outside the course.
    private static func findings(_ context: LintContext, images: Bool) -> [Diagnostic] {
        context.course.chapters.indices.flatMap { i -> [Diagnostic] in
            var found: [Diagnostic] = []
            context.course.chapters[i].blocks.forEachInline { inline, _ in
                let destination: String
                switch inline.kind {
                case .link(let d, _, _) where !images: destination = d
                case .image(let d, _, _) where images: destination = d
                default: return
                }
                switch context.index.resolve(destination, from: i) {
                case .outside:
                    found.append(Diagnostic.finding("links.outside-course", "'\(destination)' points outside the course folder", at: inline.range))
                case .broken(let reason, let hint):
                    found.append(Diagnostic.finding(images ? "images.missing" : "links.broken", images ? "image \(reason)" : reason, at: inline.range, hint: hint))
                case .chapter where images, .samePage where images:
                    found.append(Diagnostic.finding("images.missing", "image '\(destination)' is a page, not an image file", at: inline.range))
                default: break
                }
            }
            return found
        }
    }

    static let all = [broken, outside, imageMissing, altMissing]
}
