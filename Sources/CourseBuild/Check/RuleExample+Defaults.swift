/// The example course that rule examples start from, and pieces they share.
extension RuleExample {
    static let config = "title: \"Example course\"\nlanguage: en\n"
    static let entryK = "@article{k, author={Doe, Jane}, title={T}, journal={J}, year={2020}}\n"
    static let glossary = "- term: Receptor\n  definition: A protein that binds a signal.\n"
    static let objectives = "objectives:\n  - id: explain-ions\n    text: Explain ions.\n"

    /// A complete entry with a study design.
    static func entry(_ key: String, design: String) -> String {
        "@article{\(key), author={Doe, Jane}, title={T}, journal={J}, year={2020}, evidence={\(design)}}\n"
    }

    static func quiz(objective: String?) -> String {
        "```quiz\n" + (objective.map { "objective: \($0)\n" } ?? "")
            + "question: \"Q?\"\nchoices:\n  - text: \"A\"\n    correct: true\n    feedback: \"Yes.\"\n```"
    }

    /// The whole example course, markers taken out: the defaults with this
    /// example's files over them. A chapter without front matter gets a title.
    var course: (files: [String: String], marks: Set<Mark>) {
        var files = ["course.yml": Self.config, "references.bib": Self.entryK, Self.chapterFile: "Text."]
        files.merge(self.files) { _, own in own }
        if let chapter = files[Self.chapterFile], !chapter.hasPrefix("---"), !chapter.hasPrefix("1️⃣---") {
            files[Self.chapterFile] = "---\ntitle: \"A\"\n---\n\n" + chapter + "\n"
        }
        return RuleExample(files: files, fires: fires).unmarked
    }
}
