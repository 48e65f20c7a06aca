/// A place in a source file. Lines and columns are 1-based; columns count
/// Unicode scalars (code points), so they match SARIF's `unicodeCodePoints`
/// and what an editor shows for non-ASCII text.
public struct SourcePosition: Hashable, Comparable, Codable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: SourcePosition, b: SourcePosition) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }
}

/// A span of a source file: `file` is relative to the course root; `end` is inclusive.
public struct SourceRange: Hashable, Codable, Sendable {
    public var file: String
    public var start: SourcePosition
    public var end: SourcePosition

    public init(file: String, start: SourcePosition, end: SourcePosition) {
        self.file = file
        self.start = start
        self.end = end
    }

    /// A range covering one line of a file, or the whole file when `line` is nil.
    public init(file: String, line: Int = 1, column: Int = 1) {
        self.init(file: file, start: .init(line: line, column: column), end: .init(line: line, column: column))
    }
}
