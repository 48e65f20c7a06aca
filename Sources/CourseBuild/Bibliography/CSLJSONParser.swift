import Foundation

/// Reads CSL-JSON as Zotero exports it (an array of items) into `BibEntry`
/// values, so a course may keep its references as `references.json`.
///
/// CSL types are mapped to BibTeX's vocabulary ("article-journal" → "article",
/// "chapter" → "incollection"…), so rules and styles see one kind of entry.
/// Each entry's range is the line of its `"id"`. The study design comes from a
/// custom `evidence` field or an "evidence: rct" line in `note` (where Zotero
/// keeps extra fields); a PMID likewise from `PMID` or a "PMID: …" note line.
enum CSLJSONParser {
    static func parse(_ text: String, file: String) -> (entries: [BibEntry], diagnostics: [Diagnostic]) {
        parse(Data(text.utf8), file: file)
    }

    static func parse(_ data: Data, file: String) -> (entries: [BibEntry], diagnostics: [Diagnostic]) {
        let text = String(decoding: data, as: UTF8.self)
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            let position = errorPosition(error, in: text)
            return ([], [syntaxError("invalid CSL-JSON: \(errorDetail(error))", file: file, at: position)])
        }
        guard let items = json as? [Any] else {
            return ([], [syntaxError("expected a JSON array of CSL items", file: file, at: SourcePosition(line: 1, column: 1))])
        }
        var idPositions = IDPositions(text: text)
        var entries: [BibEntry] = []
        var diagnostics: [Diagnostic] = []
        for (number, element) in items.enumerated() {
            guard let item = element as? [String: Any], let id = stringValue(item["id"]), !id.isEmpty else {
                diagnostics.append(syntaxError(
                    "expected an object with an \"id\" as item \(number + 1)", file: file, at: SourcePosition(line: 1, column: 1)))
                continue
            }
            let position = idPositions.claim(id) ?? SourcePosition(line: 1, column: 1)
            entries.append(entry(from: item, id: id, range: SourceRange(file: file, line: position.line, column: position.column)))
        }
        return (entries, diagnostics)
    }

    static func entry(from item: [String: Any], id: String, range: SourceRange) -> BibEntry {
        func string(_ key: String) -> String? {
            guard let value = stringValue(item[key]) else { return nil }
            let clean = stripMarkup(value).trimmingCharacters(in: .whitespacesAndNewlines)
            return clean.isEmpty ? nil : clean
        }
        let noteFields = noteLines(string("note"))
        let cslType = string("type")?.lowercased() ?? "article-journal"
        let type = bibtexTypes[cslType] ?? cslType
        let container: String?
        switch type {
        case "book", "report", "phdthesis":
            container = string("publisher") ?? string("container-title")
        default:
            container = string("container-title") ?? string("publisher")
        }
        return BibEntry(
            key: id, type: type,
            authors: names(item["author"]), editors: names(item["editor"]),
            title: string("title"), containerTitle: container,
            publisher: string("publisher"), address: string("publisher-place"),
            year: year(item["issued"]),
            volume: string("volume"), issue: string("issue"), pages: string("page"),
            doi: string("DOI") ?? string("doi"),
            pmid: string("PMID") ?? string("pmid") ?? noteFields["pmid"],
            url: string("URL") ?? string("url"),
            evidence: string("evidence") ?? noteFields["evidence"],
            range: range)
    }

    static let bibtexTypes: [String: String] = [
        "article-journal": "article", "article-magazine": "article", "article-newspaper": "article",
        "article": "article", "book": "book", "chapter": "incollection", "paper-conference": "inproceedings",
        "report": "report", "thesis": "phdthesis", "webpage": "online", "post-weblog": "online",
        "post": "online", "dataset": "misc", "document": "misc",
    ]

    static func names(_ value: Any?) -> [PersonName] {
        guard let list = value as? [[String: Any]] else { return [] }
        return list.compactMap { person in
            if let literal = stringValue(person["literal"]), !literal.isEmpty { return .literal(literal) }
            let particle = [stringValue(person["non-dropping-particle"]), stringValue(person["family"])]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            guard !particle.isEmpty else { return nil }
            let given = [stringValue(person["given"]), stringValue(person["dropping-particle"])]
                .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return PersonName(family: particle, given: given, suffix: stringValue(person["suffix"]) ?? "")
        }
    }

    /// `{"date-parts": [[2017, 6]]}`, `{"raw": "2017-06"}` or `{"literal": "2017"}`.
    static func year(_ value: Any?) -> String? {
        guard let issued = value as? [String: Any] else { return nil }
        if let parts = issued["date-parts"] as? [[Any]], let first = parts.first?.first, let year = stringValue(first) {
            return year
        }
        for key in ["raw", "literal"] {
            if let raw = stringValue(issued[key]), let year = BibEntry.leadingYear(raw) { return year }
        }
        return nil
    }

    /// "key: value" lines of a note, keys lower-cased.
    static func noteLines(_ note: String?) -> [String: String] {
        var result: [String: String] = [:]
        for line in (note ?? "").split(whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingBlanks().lowercased()
            let value = line[line.index(after: colon)...].trimmingBlanks()
            if !value.isEmpty && result[key] == nil { result[key] = value }
        }
        return result
    }

    static func stringValue(_ value: Any?) -> String? {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let i as Int: return String(i)
        default: return nil
        }
    }

    /// Zotero's rich-text markup in titles: `<i>`, `<b>`, `<sup>`, `<sub>`,
    /// `<sc>`, `<span class="nocase">` are dropped, leaving the text.
    static func stripMarkup(_ text: String) -> String {
        guard text.contains("<") else { return text }
        let pattern = try! Regex(#"</?(?:i|b|sup|sub|sc|span)(?:\s[^>]*)?>"#)
        return text.replacing(pattern, with: "")
    }

    static func syntaxError(_ message: String, file: String, at position: SourcePosition) -> Diagnostic {
        Diagnostic(.error, rule: BibTeXParser.syntaxRule, message, at: SourceRange(file: file, line: position.line, column: position.column))
    }

    static func errorDetail(_ error: Error) -> String {
        ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
    }

    /// Foundation reports "around character N" (a UTF-8 offset) on Linux and
    /// "around line L, column C" on Apple platforms; end-of-file errors point
    /// at the last line.
    static func errorPosition(_ error: Error, in text: String) -> SourcePosition {
        let detail = errorDetail(error)
        let numbers = detail.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        if detail.contains("line"), numbers.count >= 2 {
            return SourcePosition(line: numbers[0], column: numbers[1])
        }
        let bytes = Array(text.utf8)
        let offset = detail.contains("character") && !numbers.isEmpty ? min(numbers[0], bytes.count) : bytes.count
        let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
        let lines = prefix.split(separator: "\n", omittingEmptySubsequences: false)
        return SourcePosition(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
    }
}
