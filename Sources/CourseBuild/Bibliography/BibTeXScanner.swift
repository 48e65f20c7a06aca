/// A cursor over the Unicode scalars of a .bib file that tracks line and
/// column as it moves, so every syntax error can name its exact place
/// (columns count Unicode scalars, as `SourcePosition` requires).
struct BibTeXScanner {
    let scalars: [Unicode.Scalar]
    /// The file's text, to take values and names out of whole.
    private let text: String
    private(set) var index = 0
    /// Where `index` stands in `text`, in UTF-8 bytes.
    private(set) var utf8Offset = 0
    private(set) var line = 1
    private(set) var column = 1

    init(_ text: String) {
        self.text = text
        scalars = Array(text.unicodeScalars)
    }

    var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    var position: SourcePosition { SourcePosition(line: line, column: column) }

    func peek(_ offset: Int) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    mutating func advance() {
        guard index < scalars.count else { return }
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        utf8Offset += UTF8.width(scalars[index])
        index += 1
    }

    mutating func skipWhitespace() {
        while let c = current, c.isWhitespaceQuick { advance() }
    }

    /// Moves past the rest of the current line, newline included.
    mutating func skipLine() {
        while let c = current, c != "\n" { advance() }
        advance()
    }

    /// Whether the line that begins at `start` opens an entry: optional blanks,
    /// then `@` and a letter. The recovery point after a syntax error, and the
    /// sign that a value left open has run into the next entry.
    func lineOpensEntry(at start: Int) -> Bool {
        var i = start
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        guard i + 1 < scalars.count, scalars[i] == "@" else { return false }
        return scalars[i + 1].properties.isAlphabetic
    }

    /// After a syntax error: goes to the first line after the current one that
    /// opens an entry, or to the end of the file.
    mutating func recoverAtNextEntryLine() {
        skipLine()
        while current != nil && !lineOpensEntry(at: index) { skipLine() }
    }

    /// Reads a run of scalars that satisfy `accept`.
    mutating func read(while accept: (Unicode.Scalar) -> Bool) -> String {
        let start = utf8Offset
        while let c = current, accept(c) { advance() }
        return text(from: start)
    }

    /// The text from UTF-8 offset `start` up to the current position, copied
    /// out of the file's text whole: appending it scalar by scalar was most of
    /// the parser's time on a bibliography of thousands of entries.
    func text(from start: Int) -> String {
        String(text[text.index(utf8Offset: start)..<text.index(utf8Offset: utf8Offset)])
    }
}
