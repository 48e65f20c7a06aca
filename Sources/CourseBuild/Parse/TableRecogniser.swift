import Foundation

/// GFM pipe tables written as a paragraph: every line starts with `|` and the
/// second is a delimiter row (`|---|:--:|`). Cells are re-parsed from the
/// source as inline Markdown, so citations and emphasis work inside them.
struct TableRecogniser {
    let source: SourceText

    func table(in paragraph: Block) -> Table? {
        let first = paragraph.range.start.line
        let last = paragraph.range.end.line
        guard last - first >= 1 else { return nil }
        let indent = paragraph.range.start.column - 1
        let lines = (first...last).map { n -> (line: Int, text: String, offset: Int) in
            let full = source.line(n)
            let prefix = String(full.unicodeScalars.prefix(indent))
            // Lines after the first may carry a container prefix ("> "); strip what precedes the first "|".
            let body = n == first ? String(full.unicodeScalars.dropFirst(indent)) : full
            let skip = body.firstIndex(of: "|").map { body.distance(from: body.startIndex, to: $0) } ?? 0
            let offset = (n == first ? prefix.utf8.count : 0) + String(body.prefix(skip)).utf8.count
            return (n, String(body.dropFirst(skip)).trimmingCharacters(in: .whitespaces), offset)
        }
        guard lines.allSatisfy({ $0.text.hasPrefix("|") }),
            let alignments = delimiterRow(lines[1].text)
        else { return nil }
        let parseRow = { (row: (line: Int, text: String, offset: Int)) -> [[Inline]] in
            cells(row.text).map { cell in
                CommonMarkParser.parseInlines(
                    cell.text, source: source, line: row.line, byteColumn: row.offset + cell.byteOffset + 1)
            }
        }
        let header = parseRow(lines[0])
        let width = header.count
        let pad = { (row: [[Inline]]) in Array((row + Array(repeating: [], count: max(0, width - row.count))).prefix(width)) }
        return Table(
            alignments: Array((alignments + Array(repeating: .none, count: width)).prefix(width)),
            header: header, rows: lines.dropFirst(2).map { pad(parseRow($0)) })
    }

    /// The alignments of a delimiter row, or nil if `line` is not one.
    private func delimiterRow(_ line: String) -> [TableAlignment]? {
        let parts = cells(line).map { $0.text.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { return nil }
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

    /// Splits a row at unescaped pipes; `\|` becomes a literal pipe in the cell.
    /// `byteOffset` is where the cell's text starts in the row, in UTF-8 bytes.
    private func cells(_ row: String) -> [(text: String, byteOffset: Int)] {
        var result: [(String, Int)] = []
        var current = ""
        var start = 1
        var chars = Array(row.unicodeScalars).makeIterator()
        _ = chars.next()  // the leading "|"
        var position = 1
        while let c = chars.next() {
            if c == "\\" {
                let next = chars.next()
                if next == "|" { current += "|" } else { current.unicodeScalars.append(c); if let n = next { current.unicodeScalars.append(n) } }
                position += 1 + (next == nil ? 0 : 1)
                continue
            }
            if c == "|" {
                result.append((current, start))
                current = ""
                start = position + 1
            } else {
                current.unicodeScalars.append(c)
            }
            position += 1
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { result.append((current, start)) }
        return result.map { text, scalarStart in
            let leading = text.prefix(while: { $0 == " " }).count
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let bytes = String(row.unicodeScalars.prefix(scalarStart)).utf8.count + leading
            return (trimmed, bytes)
        }
    }
}
