/// A chapter's text with a line index, so byte columns from cmark can be
/// turned into the Unicode-scalar columns that diagnostics use, and a
/// source line can be quoted under a diagnostic.
struct SourceText: Sendable {
    let file: String
    let text: String
    private let bytes: [UInt8]
    /// Byte offset where each line starts (index 0 is line 1).
    private let lineStarts: [Int]

    init(file: String, text: String) {
        self.file = file
        self.text = text
        self.bytes = Array(text.utf8)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "\n") { starts.append(i + 1) }
        self.lineStarts = starts
    }

    var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line, without its newline.
    func line(_ n: Int) -> String {
        guard n >= 1, n <= lineStarts.count else { return "" }
        let start = lineStarts[n - 1]
        var end = n < lineStarts.count ? lineStarts[n] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<max(start, end)], as: UTF8.self)
    }

    /// Converts a 1-based UTF-8 byte column on `line` to a 1-based scalar column.
    func scalarColumn(line: Int, byteColumn: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, byteColumn > 1 else { return max(byteColumn, 1) }
        let start = lineStarts[line - 1]
        let end = min(start + byteColumn - 1, bytes.count)
        var scalars = 0
        for i in start..<end where bytes[i] & 0xC0 != 0x80 { scalars += 1 }
        return scalars + 1
    }

    /// A range from cmark's byte-based source position.
    func range(startLine: Int, startByte: Int, endLine: Int, endByte: Int) -> SourceRange {
        SourceRange(
            file: file,
            start: .init(line: startLine, column: scalarColumn(line: startLine, byteColumn: startByte)),
            end: .init(line: endLine, column: scalarColumn(line: endLine, byteColumn: endByte)))
    }
}
