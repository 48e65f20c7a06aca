/// A self-check question from a fenced ```quiz block (SPEC §4).
public struct Quiz: Sendable, Equatable {
    public struct Choice: Sendable, Equatable {
        public var text: [Inline]
        public var correct: Bool
        public var feedback: [Inline]
    }

    public var objective: String?
    /// Where `objective:` is written, for `quiz.unknown-objective`.
    public var objectiveRange: SourceRange?
    public var question: [Inline]
    public var choices: [Choice]
}
