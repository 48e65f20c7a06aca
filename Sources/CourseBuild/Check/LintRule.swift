/// A lint rule: one type per rule, named by one `RuleID`. `check` reads the
/// resolved course (the shared work is done before, in the pipeline's stages)
/// and words its own findings; it returns findings without an id or severity,
/// which the linter adds from `id` and the course's settings, so a rule cannot
/// report under another rule's name.
protocol LintRule: Sendable {
    var id: RuleID { get }
    var defaultSetting: RuleSetting { get }
    var summary: String { get }
    /// Documentation that runs as tests: each marks where its findings must point.
    var examples: [RuleExample] { get }
    func check(_ course: ResolvedCourse) -> [Finding]
}

/// What a rule found, before the linter names the rule and sets the severity.
struct Finding: Sendable, Hashable {
    var message: String
    var range: SourceRange
    var notes: [Diagnostic.Note]
    var hint: String?

    init(_ message: String, at range: SourceRange, notes: [Diagnostic.Note] = [], hint: String? = nil) {
        self.message = message
        self.range = range
        self.notes = notes
        self.hint = hint
    }
}

extension Diagnostic {
    /// A diagnostic that was found while loading, as the finding of the rule it names.
    var asFinding: Finding { Finding(message, at: range, notes: notes, hint: hint) }
}

/// Rules whose findings all come from loading (YAML, front matter, quizzes,
/// BibTeX). The linter reports the load stage's findings under each rule's
/// id for every rule; these have nothing to add after loading.
protocol LoadRule: LintRule {}

extension LoadRule {
    func check(_ course: ResolvedCourse) -> [Finding] { [] }
}

/// An example course for a rule. `files` override the example course's
/// defaults (a `course.yml`, a `references.bib` with entry `k`, one chapter
/// `chapters/01-a.md`). In a firing example, each marker `1️⃣`, `2️⃣`, … stands
/// just before where a finding of the rule must start, and the rule must
/// report exactly there; a passing example must draw no finding of the rule.
struct RuleExample: Sendable {
    var files: [String: String]
    var fires: Bool

    static let chapterFile = "chapters/01-a.md"

    /// A chapter body that shows the rule.
    static func fires(_ chapter: String) -> RuleExample { .init(files: [chapterFile: chapter], fires: true) }
    static func passes(_ chapter: String) -> RuleExample { .init(files: [chapterFile: chapter], fires: false) }
    /// Whole files, for rules about course.yml, the glossary or the bibliography.
    static func fires(files: [String: String]) -> RuleExample { .init(files: files, fires: true) }
    static func passes(files: [String: String]) -> RuleExample { .init(files: files, fires: false) }
}

extension RuleExample {
    /// A position a marker stands for: the file and where the finding starts.
    struct Mark: Hashable, Sendable {
        var file: String
        var position: SourcePosition
    }

    /// The files with their markers taken out, and the places the markers stood.
    var unmarked: (files: [String: String], marks: Set<Mark>) {
        var files: [String: String] = [:]
        var marks: Set<Mark> = []
        for (file, text) in self.files {
            var lines: [String] = []
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var kept = String.UnicodeScalarView()
                var scalars = Array(line.unicodeScalars)[...]
                while let first = scalars.first {
                    // A keycap marker: a digit, VS16, then the combining keycap.
                    if scalars.count >= 3, ("1"..."9").contains(first),
                       scalars.dropFirst().first == "\u{FE0F}", scalars.dropFirst(2).first == "\u{20E3}" {
                        marks.insert(Mark(file: file, position: SourcePosition(line: n + 1, column: kept.count + 1)))
                        scalars = scalars.dropFirst(3)
                    } else {
                        kept.append(first)
                        scalars = scalars.dropFirst()
                    }
                }
                lines.append(String(kept))
            }
            files[file] = lines.joined(separator: "\n")
        }
        return (files, marks)
    }
}
