/// A syntax error inside one .bib entry: thrown to abandon that entry, turned
/// into a `cite.syntax` diagnostic by the parser, which then resumes at the
/// next line that opens an entry.
struct BibTeXSyntaxError: Error {
    var message: String
    var position: SourcePosition

    init(_ message: String, at position: SourcePosition) {
        self.message = message
        self.position = position
    }
}
