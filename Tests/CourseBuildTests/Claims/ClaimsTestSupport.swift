@testable import CourseBuild

/// Builds a ProseParagraph from one line of Markdown the simple way the claims
/// tests need: `[...@key...]` → citation, backtick spans → code, a leading
/// "- " or "1. " → list item. Columns count Unicode scalars from 1.
func prose(_ markdown: String, line: Int = 1, file: String = "ch.md") -> ProseParagraph {
    var u = Array(markdown.unicodeScalars)
    var col = 1
    var isList = false
    if u.count > 2, u[0] == "-", u[1] == " " { u.removeFirst(2); col += 2; isList = true } else if let dot = u.firstIndex(of: "."), dot > 0,
        u[..<dot].allSatisfy({ ("0"..."9").contains($0) }), dot + 1 < u.count, u[dot + 1] == " " {
        u.removeFirst(dot + 2); col += dot + 2; isList = true
    }
    var pieces: [ProseParagraph.Piece] = []
    var text = String.UnicodeScalarView()
    var textStart = col
    func pos(_ i: Int) -> SourcePosition { SourcePosition(line: line, column: col + i) }
    func flush() {
        if !text.isEmpty { pieces.append(.text(String(text), start: SourcePosition(line: line, column: textStart))) }
        text = String.UnicodeScalarView()
    }
    var i = 0
    while i < u.count {
        if u[i] == "`", let close = u[(i + 1)...].firstIndex(of: "`") {
            flush()
            pieces.append(.code(String(String.UnicodeScalarView(u[(i + 1)..<close])), range: SourceRange(file: file, start: pos(i), end: pos(close))))
            i = close + 1; textStart = col + i; continue
        }
        if u[i] == "[", let close = u[(i + 1)...].firstIndex(of: "]"), u[(i + 1)..<close].contains("@") {
            flush()
            let inner = String(String.UnicodeScalarView(u[(i + 1)..<close]))
            let keys = inner.split(separator: "@", omittingEmptySubsequences: false).dropFirst().map { part in
                String(part.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" })
            }
            pieces.append(.citation(keys: keys, range: SourceRange(file: file, start: pos(i), end: pos(close))))
            i = close + 1; textStart = col + i; continue
        }
        if text.isEmpty { textStart = col + i }
        text.append(u[i]); i += 1
    }
    flush()
    return ProseParagraph(file: file, pieces: pieces, isListItem: isList)
}

/// The hand-written rules alone: the tests of each round pin what the rules catch and what their exclusions
/// leave alone; the learned layer has its own tests (ClaimsModelTests) and is measured on the corpora.
let rulesOnlyChecker = ClaimsChecker(learned: false)
/// The whole checker as a course runs it, learned layer included; made once, as compiling the lexicon is not free.
let wholeChecker = ClaimsChecker()

/// The findings of a one-sentence paragraph, by the rules alone unless another checker is given.
func findings(_ markdown: String, checker: ClaimsChecker = rulesOnlyChecker) -> [ClaimFinding] {
    checker.analyse(prose(markdown)).flatMap(\.findings)
}

/// Columns (start, end) of a finding on line 1.
func columns(_ f: ClaimFinding) -> (Int, Int) { (f.range.start.column, f.range.end.column) }

/// The source text a finding's range covers, for a one-line paragraph.
func covered(_ f: ClaimFinding, in markdown: String) -> String {
    let u = Array(markdown.unicodeScalars)
    return String(String.UnicodeScalarView(u[(f.range.start.column - 1)...(f.range.end.column - 1)]))
}

/// Which claims rules fire on one sentence: the questions the generalisation tests ask.
func rules(_ s: String, checker: ClaimsChecker = rulesOnlyChecker) -> [RuleID] { findings(s, checker: checker).map(\.rule) }
func uncited(_ s: String) -> Bool { rules(s).contains(ClaimFinding.uncited) }
func vague(_ s: String) -> Bool { rules(s).contains(ClaimFinding.vagueAttribution) }
func hype(_ s: String) -> Bool { rules(s).contains(ClaimFinding.hype) }
func quiet(_ s: String) -> Bool { rules(s).isEmpty }
