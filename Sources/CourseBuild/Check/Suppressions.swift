import Foundation

/// `<!-- coursebuild-disable RULE -->` … `<!-- coursebuild-enable RULE -->` and
/// `<!-- coursebuild-disable-next-line RULE -->`, each with an optional reason
/// after `--`. Read from the HTML nodes of the parsed tree.
struct Suppression: Sendable, Equatable {
    var rules: [String]
    var reason: String?
    var file: String
    /// The comment's own place.
    var range: SourceRange
    /// Lines it covers, inclusive.
    var lines: ClosedRange<Int>
}

extension Suppression {
    /// Whether this comment waives `rule` on `line` of `file`.
    func waives(_ rule: RuleID, in file: String, line: Int) -> Bool {
        self.file == file && lines.contains(line) && rules.contains(rule.rawValue)
    }
}

enum Suppressions {
    enum Directive: Equatable {
        case disable([String], reason: String?)
        case enable([String])
        case disableNextLine([String], reason: String?)
    }

    /// The directive an HTML comment holds, if any.
    static func directive(in html: String) -> Directive? {
        let text = html.trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("<!--"), text.hasSuffix("-->") else { return nil }
        let body = text.dropFirst(4).dropLast(3).trimmingBlanks()
        let parts = body.components(separatedBy: " -- ")
        let words = parts[0].split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        let reason = parts.count > 1 ? parts.dropFirst().joined(separator: " -- ").trimmingBlanks() : nil
        guard let verb = words.first else { return nil }
        let rules = Array(words.dropFirst())
        switch verb {
        case "coursebuild-disable": return .disable(rules, reason: reason)
        case "coursebuild-enable": return .enable(rules)
        case "coursebuild-disable-next-line": return .disableNextLine(rules, reason: reason)
        default: return nil
        }
    }

    static func find(in chapter: Chapter) -> [Suppression] {
        var comments: [(Directive, SourceRange)] = []
        chapter.blocks.forEachBlock { block in
            if case .htmlBlock(let html) = block.kind {
                // An HTML block may hold several comment lines; read each.
                for (offset, line) in html.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    if let d = directive(in: String(line)) {
                        let n = block.range.start.line + offset
                        comments.append((d, SourceRange(file: chapter.path, line: n)))
                    }
                }
            }
        }
        chapter.blocks.forEachInline { inline, _ in
            if case .html(let html) = inline.kind, let d = directive(in: html) { comments.append((d, inline.range)) }
        }
        comments.sort { $0.1.start < $1.1.start }
        let lastLine = chapter.source.lineCount
        var result: [Suppression] = []
        for (i, (directive, range)) in comments.enumerated() {
            switch directive {
            case .disableNextLine(let rules, let reason):
                var next = range.end.line + 1
                while next < lastLine, chapter.source.line(next).trimmingBlanks().isEmpty { next += 1 }
                result.append(Suppression(rules: rules, reason: reason, file: chapter.path, range: range, lines: next...next))
            case .disable(let rules, let reason):
                let end = comments[(i + 1)...].first { candidate in
                    if case .enable(let enabled) = candidate.0 { return !Set(enabled).isDisjoint(with: rules) }
                    return false
                }?.1.start.line ?? lastLine
                result.append(Suppression(rules: rules, reason: reason, file: chapter.path, range: range,
                    lines: range.end.line...max(end, range.end.line)))
            case .enable: break
            }
        }
        return result
    }
}
