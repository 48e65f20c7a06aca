/// A self-check question from a fenced ```quiz block (SPEC §4).
struct Quiz: Sendable, Equatable {
    struct Choice: Sendable, Equatable {
        var text: [Inline]
        var correct: Bool
        var feedback: [Inline]
    }

    var objective: String?
    /// Where `objective:` is written, for `quiz.unknown-objective`.
    var objectiveRange: SourceRange?
    var question: [Inline]
    var choices: [Choice]
}
