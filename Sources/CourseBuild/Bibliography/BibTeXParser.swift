/// Reads a BibTeX file as real reference managers write it: any entry type,
/// `{…}` or `"…"` values with nested braces, `#` concatenation, `@string`
/// macros and the month names, bare numbers; `@comment`, `@preamble` and any
/// text between entries are skipped.
///
/// It never stops at the first problem: a syntax error becomes one
/// `cite.syntax` error diagnostic naming what was expected, the broken entry is
/// dropped, and parsing resumes at the next line that starts with `@`, so one
/// typo does not hide the rest of the bibliography. Duplicate keys are kept
/// (the `cite.duplicate-key` rule reports them).
enum BibTeXParser {
    static let syntaxRule = RuleID.citeSyntax

    static func parse(_ text: String, file: String) -> (entries: [BibEntry], diagnostics: [Diagnostic]) {
        let read = parseKeepingBrokenKeys(text, file: file)
        return (read.entries, read.diagnostics)
    }

    /// Also the keys of the entries a syntax error dropped, so that citations
    /// of them are not reported as unknown keys on top of the syntax error.
    static func parseKeepingBrokenKeys(_ text: String, file: String) -> (entries: [BibEntry], diagnostics: [Diagnostic], brokenKeys: Set<String>) {
        var reader = Reader(scanner: BibTeXScanner(text), file: file)
        reader.readFile()
        return (reader.entries, reader.diagnostics, reader.brokenKeys)
    }

    /// BibTeX's predefined month macros.
    static let months: [String: String] = [
        "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
        "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
        "nov": "November", "dec": "December",
    ]

    /// Characters of entry types, field names and macro names.
    static func isNameScalar(_ c: Unicode.Scalar) -> Bool {
        c.isAlphabeticQuick || ("0"..."9").contains(c) || "_-:.+/'".unicodeScalars.contains(c)
    }

    /// The state of one pass over a file.
    struct Reader {
        var scanner: BibTeXScanner
        let file: String
        var entries: [BibEntry] = []
        var diagnostics: [Diagnostic] = []
        var macros: [String: String] = [:]
        /// The keys of entries dropped for a syntax error.
        var brokenKeys: Set<String> = []
        /// The key of the entry being read.
        var currentKey: String?

        mutating func readFile() {
            while true {
                scanner.skipWhitespace()
                guard let c = scanner.current else { return }
                guard c == "@" else {
                    scanner.skipLine()  // junk between entries, `%` comments
                    continue
                }
                let saved = scanner
                currentKey = nil
                do {
                    try readItem()
                } catch let error as BibTeXSyntaxError {
                    diagnostics.append(Diagnostic(
                        .error, rule: BibTeXParser.syntaxRule, error.message,
                        at: SourceRange(file: file, line: error.position.line, column: error.position.column)))
                    if let currentKey { brokenKeys.insert(currentKey) }
                    scanner = saved
                    scanner.recoverAtNextEntryLine()
                } catch {
                    scanner = saved
                    scanner.recoverAtNextEntryLine()
                }
            }
        }

        /// At `@`: an entry, a macro definition, or a comment or preamble to skip.
        mutating func readItem() throws {
            let start = scanner.position
            scanner.advance()
            let type = scanner.read(while: BibTeXParser.isNameScalar).lowercased()
            guard !type.isEmpty else { throw BibTeXSyntaxError("expected an entry type after '@'", at: scanner.position) }
            scanner.skipWhitespace()
            guard let open = scanner.current, open == "{" || open == "(" else {
                if type == "comment" { scanner.skipLine(); return }
                throw BibTeXSyntaxError("expected '{' after '@\(type)'", at: scanner.position)
            }
            let close: Unicode.Scalar = open == "{" ? "}" : ")"
            switch type {
            case "comment", "preamble":
                _ = try readDelimited(open: open, close: close, what: "'@\(type)'")
            case "string":
                scanner.advance()
                try readMacro(close: close)
            default:
                scanner.advance()
                try readEntry(type: type, start: start, close: close)
            }
        }

        mutating func readMacro(close: Unicode.Scalar) throws {
            scanner.skipWhitespace()
            let name = scanner.read(while: BibTeXParser.isNameScalar)
            guard !name.isEmpty else { throw BibTeXSyntaxError("expected a macro name after '@string{'", at: scanner.position) }
            scanner.skipWhitespace()
            guard scanner.current == "=" else {
                throw BibTeXSyntaxError("expected '=' after macro name '\(name)'", at: scanner.position)
            }
            scanner.advance()
            let value = try readValue(field: name)
            scanner.skipWhitespace()
            guard scanner.current == close else {
                throw BibTeXSyntaxError("expected '\(close)' to close '@string{\(name)'", at: scanner.position)
            }
            scanner.advance()
            macros[name.lowercased()] = value
        }

        mutating func readEntry(type: String, start: SourcePosition, close: Unicode.Scalar) throws {
            scanner.skipWhitespace()
            let key = scanner.read { c in
                !c.isWhitespaceQuick && c != "," && c != close && c != "{" && c != "}" && c != "@"
            }
            guard !key.isEmpty else {
                throw BibTeXSyntaxError("expected a citation key after '@\(type){'", at: scanner.position)
            }
            let keyEnd = SourcePosition(line: scanner.line, column: scanner.column - 1)
            currentKey = key
            // Where a missing ',' belongs: just after the key or the last value,
            // which may be lines above the next field the scanner stops at.
            var commaPlace = scanner.position
            var fields: [String: String] = [:]
            var lines: [String: Int] = [:]
            var previous = "entry key '\(key)'"
            // A value that swallowed the next field ("title = {Open,\n  year = {2002}\n}")
            // only shows as a broken entry further down; blame its opening brace instead.
            var swallowed: BibTeXSyntaxError?
            func entryError(_ message: String) -> BibTeXSyntaxError {
                swallowed ?? BibTeXSyntaxError(message, at: scanner.position)
            }
            while true {
                scanner.skipWhitespace()
                guard let c = scanner.current else {
                    throw entryError("expected '\(close)' to close entry '\(key)' before the end of the file")
                }
                if c == close { scanner.advance(); break }
                guard c == "," else {
                    if c == "@" {
                        throw entryError("expected '\(close)' to close entry '\(key)' before the next entry")
                    }
                    throw swallowed ?? BibTeXSyntaxError("expected ',' after \(previous)", at: commaPlace)
                }
                scanner.advance()
                scanner.skipWhitespace()
                if scanner.current == close { scanner.advance(); break }
                if scanner.current == "@" {
                    throw entryError("expected '\(close)' to close entry '\(key)' before the next entry")
                }
                let line = scanner.line
                let name = scanner.read(while: BibTeXParser.isNameScalar).lowercased()
                guard !name.isEmpty else {
                    throw BibTeXSyntaxError("expected a field name in entry '\(key)'", at: scanner.position)
                }
                scanner.skipWhitespace()
                guard scanner.current == "=" else {
                    throw BibTeXSyntaxError("expected '=' after field name '\(name)'", at: scanner.position)
                }
                scanner.advance()
                scanner.skipWhitespace()
                let valueStart = scanner.position
                let quoted = scanner.current == "\""
                let value = try readValue(field: name)
                if swallowed == nil && Self.looksLikeSwallowedField(value) {
                    let (open, shut) = quoted ? ("\"", "\"") : ("{", "}")
                    swallowed = BibTeXSyntaxError(
                        "unclosed '\(open)' in the value of field '\(name)': expected '\(shut)'", at: valueStart)
                }
                commaPlace = scanner.position
                fields[name] = value
                lines[name] = line
                previous = "the value of field '\(name)'"
            }
            let range = SourceRange(file: file, start: start, end: keyEnd)
            entries.append(BibEntry(bibtexType: type, key: key, fields: fields, range: range, fieldLines: lines))
        }

        /// True when a value holds a line that reads like another field ("  year = {").
        static func looksLikeSwallowedField(_ value: String) -> Bool {
            guard value.utf8.contains(UInt8(ascii: "\n")) else { return false }  // most values: one line
            for line in value.split(separator: "\n").dropFirst() {
                let trimmed = line.drop { $0 == " " || $0 == "\t" }
                let name = trimmed.prefix { $0.isLetter }
                guard !name.isEmpty else { continue }
                if trimmed.dropFirst(name.count).drop(while: { $0 == " " || $0 == "\t" }).first == "=" { return true }
            }
            return false
        }

        /// A value: parts joined by `#`, each `{…}`, `"…"`, a number or a macro.
        /// Returns the raw text (braces and LaTeX kept) for the field decoder.
        mutating func readValue(field: String) throws -> String {
            var raw = ""
            while true {
                scanner.skipWhitespace()
                guard let c = scanner.current else {
                    throw BibTeXSyntaxError("expected a value for field '\(field)'", at: scanner.position)
                }
                if c == "{" {
                    raw += try readDelimited(open: "{", close: "}", what: "the value of field '\(field)'")
                } else if c == "\"" {
                    raw += try readDelimited(open: "\"", close: "\"", what: "the value of field '\(field)'")
                } else if ("0"..."9").contains(c) {
                    raw += scanner.read { ("0"..."9").contains($0) }
                } else if c.properties.isAlphabetic {
                    let at = scanner.position
                    let name = scanner.read(while: BibTeXParser.isNameScalar)
                    guard let value = macros[name.lowercased()] ?? BibTeXParser.months[name.lowercased()] else {
                        throw BibTeXSyntaxError("unknown @string macro '\(name)' in field '\(field)'", at: at)
                    }
                    raw += value
                } else {
                    throw BibTeXSyntaxError(
                        "expected a value for field '\(field)': '{…}', '\"…\"', a number or a @string name", at: scanner.position)
                }
                scanner.skipWhitespace()
                guard scanner.current == "#" else { return raw }
                scanner.advance()
            }
        }

        /// Reads `{…}` or `"…"` with balanced inner braces and returns the text
        /// between the delimiters. A value still open when a line starting with
        /// `@` begins is unclosed: reported at its opening delimiter.
        /// `what` is built only for an error: this runs once per field of a bibliography of thousands.
        mutating func readDelimited(open: Unicode.Scalar, close: Unicode.Scalar, what: @autoclosure () -> String) throws -> String {
            let opening = scanner.position
            scanner.advance()
            let start = scanner.utf8Offset
            var depth = 0
            func unclosed() -> BibTeXSyntaxError {
                BibTeXSyntaxError("unclosed '\(open)' in \(what()): expected '\(close)'", at: opening)
            }
            while let c = scanner.current {
                if c == "\\", let next = scanner.peek(1), next == "{" || next == "}" || next == "\"" {
                    scanner.advance(); scanner.advance()
                    continue
                }
                if c == close && depth == 0 {
                    // The text is the scalars passed over, kept as they are.
                    let text = scanner.text(from: start)
                    scanner.advance()
                    return text
                }
                if c == "{" { depth += 1 }
                if c == "}" {
                    if depth == 0 { throw unclosed() }  // a stray '}' ends the entry: the quote was never closed
                    depth -= 1
                }
                if c == "\n" && scanner.lineOpensEntry(at: scanner.index + 1) { throw unclosed() }
                scanner.advance()
            }
            throw unclosed()
        }
    }
}
