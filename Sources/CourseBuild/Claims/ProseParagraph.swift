/// A paragraph (or list item, table cell, callout line…) of prose as the claims
/// checker sees it: the inline content flattened to pieces, with where each
/// piece stands in the Markdown source. Built from the parsed tree by the
/// pipeline, so code blocks, headings' anchors, link URLs and front matter
/// never reach the checker.
struct ProseParagraph: Sendable {
    enum Piece: Sendable, Equatable {
        /// Literal text; `start` is the source position of its first character,
        /// and the k-th Unicode scalar of `text` sits at `start.column + k` on that line.
        case text(String, start: SourcePosition)
        /// A citation `[@a; @b]` with its keys.
        case citation(keys: [String], range: SourceRange)
        /// A code span: opaque, never a claim.
        case code(String, range: SourceRange)
        /// A soft or hard line break: reads as a space, moves to the next line.
        case lineBreak
    }

    /// The file, relative to the course root.
    var file: String
    var pieces: [Piece]
    /// True for a list item: a sentence ends at the item's end even without a full stop.
    var isListItem: Bool
    /// True for a table's header row: column labels ("Study | Patients | Change in CSF"), not statements.
    var isTableHeader: Bool

    init(file: String, pieces: [Piece], isListItem: Bool = false, isTableHeader: Bool = false) {
        self.file = file
        self.pieces = pieces
        self.isListItem = isListItem
        self.isTableHeader = isTableHeader
    }

    /// A multiple-choice option ("- B. Suggest withholding atorvastatin…", "- C) Advise…"): a list item that opens
    /// with an option letter and a capitalised word. It is offered to the learner, not asserted (a wrong one is
    /// written to be wrong); "A. fumigatus causes…" is a name, not an option.
    var isAnswerOption: Bool {
        guard isListItem, case .text(let text, _)? = pieces.first else { return false }
        let u = Array(text.unicodeScalars.prefix(4))
        return u.count == 4 && ("A"..."H").contains(u[0]) && (u[1] == "." || u[1] == ")") && u[2] == " "
            && u[3].properties.isUppercase
    }
}
