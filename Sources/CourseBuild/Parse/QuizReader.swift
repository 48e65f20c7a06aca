import Yams

/// Reads a ```quiz block's YAML into a `Quiz`, reporting `quiz.invalid` for
/// malformed YAML, a quiz with no correct choice or a choice without feedback.
struct QuizReader {
    static let knownKeys: Set<String> = ["objective", "question", "choices"]
    static let choiceKeys: Set<String> = ["text", "correct", "feedback"]

    let source: SourceText
    var diagnostics: [Diagnostic] = []

    init(source: SourceText) {
        self.source = source
    }

    mutating func read(_ code: String, at range: SourceRange) -> Quiz? {
        // The YAML starts on the line after the opening fence.
        var yaml = YAMLReader(
            file: source.file, lineOffset: range.start.line, invalidRule: .quizInvalid,
            unknownKeyRule: .quizInvalid)
        defer { diagnostics += yaml.diagnostics }
        guard let root = yaml.compose(code),
            let fields = yaml.mapping(root, name: "quiz", known: Self.knownKeys)
        else { return nil }
        let objective = yaml.string(fields, "objective")
        let question = yaml.requiredString(fields, "question", in: "the quiz", at: root) ?? ""
        var choices: [Quiz.Choice] = []
        for node in yaml.sequence(fields, "choices") ?? [] {
            guard let c = yaml.mapping(node, name: "a quiz choice", known: Self.choiceKeys) else { continue }
            let text = yaml.requiredString(c, "text", in: "a quiz choice", at: node) ?? ""
            let feedback = yaml.string(c, "feedback") ?? ""
            if feedback.isEmpty {
                yaml.diagnostics.append(
                    Diagnostic(.error, rule: .quizInvalid, "quiz choice '\(text)' has no feedback", at: yaml.at(node),
                        hint: "add 'feedback:' saying why the choice is right or wrong"))
            }
            choices.append(
                Quiz.Choice(
                    text: inlines(text, yaml.at(c["text"])), correct: yaml.bool(c, "correct") ?? false,
                    feedback: inlines(feedback, yaml.at(c["feedback"]))))
        }
        if !choices.contains(where: \.correct) {
            yaml.diagnostics.append(
                Diagnostic(.error, rule: .quizInvalid, "quiz has no correct choice", at: range,
                    hint: "mark the right answer with 'correct: true'"))
        }
        let objectiveRange = fields["objective"].map { yaml.at($0) }
        return Quiz(
            objective: objective, objectiveRange: objectiveRange,
            question: inlines(question, yaml.at(fields["question"])), choices: choices)
    }

    /// Quiz strings are inline Markdown; positions point at the value's line.
    private func inlines(_ text: String, _ at: SourceRange) -> [Inline] {
        let parsed = CommonMarkParser.parseInlines(text, source: source, line: at.start.line, byteColumn: 1)
        return CitationRecogniser.recognise(parsed)
    }
}
