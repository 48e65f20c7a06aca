import Foundation

/// GFM pipe tables written as a paragraph: a header row, a delimiter row
/// (`|---|:--:|` or `--- | :-:`) with as many cells, then body rows. Leading
/// and trailing pipes are optional, as in GFM. Cells are re-parsed from the
/// source as inline Markdown, so citations and emphasis work inside them.
/// A paragraph that is not a whole table stays a paragraph: no text is lost.
struct TableRecogniser {
    let source: SourceText

    private struct Row {
        var line: Int
        /// The row's text without container prefix or surrounding whitespace.
        var text: String
        /// UTF-8 bytes of the source line before `text`.
        var offset: Int
    }

    private struct Cell {
        var text: String
        /// UTF-8 bytes of the row's text before the cell's (trimmed) text.
        var byteOffset: Int
    }

    func table(in paragraph: Block) -> Table? {
        let first = paragraph.range.start.line
        let last = paragraph.range.end.line
        guard last - first >= 1 else { return nil }
        let indent = paragraph.range.start.column - 1
        let rows = (first...last).map { n in row(n, indent: indent, isFirst: n == first) }
        let headerCells = cells(rows[0].text)
        guard rows[0].text.contains("|"), headerCells.count > 1 || rows[0].text.hasPrefix("|") || isClosed(rows[0].text),
            let alignments = delimiterRow(rows[1].text), alignments.count == headerCells.count
        else { return nil }
        let width = headerCells.count
        let parse = { (row: Row, cells: [Cell]) -> [[Inline]] in
            cells.map { cell in
                CommonMarkParser.parseInlines(
                    cell.text, source: source, line: row.line, byteColumn: row.offset + cell.byteOffset + 1)
            }
        }
        let body = rows.dropFirst(2).map { row -> [[Inline]] in
            var found = cells(row.text)
            // GFM drops cells beyond the header's; keep their text in the last cell instead.
            if found.count > width, width > 0 {
                let start = found[width - 1].byteOffset
                var rest = String(decoding: Array(row.text.utf8)[start...], as: UTF8.self)
                if rest.hasSuffix("|"), !rest.hasSuffix("\\|") { rest.removeLast() }
                found = Array(found.prefix(width - 1))
                    + [Cell(text: rest.trimmingBlanks(), byteOffset: start)]
            }
            let parsed = parse(row, found)
            return parsed + Array(repeating: [], count: max(0, width - parsed.count))
        }
        return Table(alignments: alignments, header: parse(rows[0], headerCells), rows: body)
    }

    /// Whether a row ends with an unescaped pipe.
    private func isClosed(_ text: String) -> Bool {
        text.hasSuffix("|") && !text.hasSuffix("\\|")
    }

    /// Line `n` of the paragraph without its container prefix: the first line
    /// starts at the paragraph's column; later lines drop the same prefix when it
    /// is only indentation and `>` markers (else they are lazy continuations).
    private func row(_ n: Int, indent: Int, isFirst: Bool) -> Row {
        let full = source.line(n)
        let prefix = String(full.unicodeScalars.prefix(indent))
        var skip = 0
        if isFirst || prefix.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\t" || $0 == ">" }) {
            skip = prefix.utf8.count
        }
        var body = Substring(String(decoding: Array(full.utf8)[min(skip, full.utf8.count)...], as: UTF8.self))
        while let c = body.first, c == " " || c == "\t" || (!isFirst && c == ">" && skip == 0) {
            body.removeFirst()
            skip += c.utf8.count
        }
        var text = String(body)
        while let c = text.last, c == " " || c == "\t" { text.removeLast() }
        return Row(line: n, text: text, offset: skip)
    }

    /// The alignments of a delimiter row, or nil if `line` is not one.
    private func delimiterRow(_ line: String) -> [TableAlignment]? {
        guard line.contains("|") || line.contains("-") else { return nil }
        let parts = cells(line).map(\.text)
        guard !parts.isEmpty else { return nil }
        if parts.count == 1, !line.hasPrefix("|"), !isClosed(line) { return nil }
        var result: [TableAlignment] = []
        for part in parts {
            let core = part.trimmingCharacters(in: CharacterSet(charactersIn: ":"))
            guard !core.isEmpty, core.allSatisfy({ $0 == "-" }) else { return nil }
            switch (part.hasPrefix(":"), part.hasSuffix(":")) {
            case (true, true): result.append(.center)
            case (true, false): result.append(.left)
            case (false, true): result.append(.right)
            default: result.append(.none)
            }
        }
        return result
    }

    /// Splits a row at unescaped pipes, a leading and a trailing pipe being
    /// optional; `\|` becomes a literal pipe in the cell.
    private func cells(_ row: String) -> [Cell] {
        let bytes = Array(row.utf8)
        var result: [Cell] = []
        var current: [UInt8] = []
        var i = 0
        if bytes.first == UInt8(ascii: "|") { i = 1 }
        var start = i
        let pipe = UInt8(ascii: "|")
        func finish(_ end: Int) {
            let leading = current.prefix(while: { $0 == 0x20 || $0 == 0x09 }).count
            var text = String(decoding: current, as: UTF8.self)
            text = text.trimmingBlanks()
            result.append(Cell(text: text, byteOffset: start + leading))
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\\"), i + 1 < bytes.count, bytes[i + 1] == pipe {
                current.append(pipe)
                i += 2
                continue
            }
            if b == pipe {
                finish(i)
                current = []
                start = i + 1
            } else {
                current.append(b)
            }
            i += 1
        }
        // A trailing pipe closes the row rather than opening an empty cell.
        if start < bytes.count { finish(bytes.count) }
        return result
    }
}
