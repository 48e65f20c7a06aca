/// A `ClaimsLexicon` turned into hash lookups once, when the checker is made:
/// every entry word is expanded to its inflections ("reduce" → reduces, reduced,
/// reducing), so matching a sentence is one dictionary probe per token and no
/// per-sentence regex or string surgery.
struct CompiledLexicon: Sendable {
    let hype: PhraseMatcher
    let attribution: PhraseMatcher
    let sources: Set<String>
    let reportingVerbs: Set<String>
    let studyNouns: PhraseMatcher
    let outcomeVerbs: Set<String>
    let outcomeNouns: Set<String>
    let comparisons: PhraseMatcher
    let safety: PhraseMatcher
    let associations: PhraseMatcher
    let doseVerbs: Set<String>
    let doseWords: Set<String>
    let doseUnits: Set<String>
    let measureUnits: Set<String>
    let timeUnits: Set<String>
    let statistics: PhraseMatcher

    init(_ l: ClaimsLexicon) {
        hype = PhraseMatcher(l.hype)
        attribution = PhraseMatcher(l.attribution)
        sources = Set(l.attributionSources)
        reportingVerbs = Self.inflected(l.reportingVerbs)
        studyNouns = PhraseMatcher(l.studyNouns)
        outcomeVerbs = Self.inflected(l.outcomeVerbs)
        outcomeNouns = Set(l.outcomeNouns.compactMap { $0.split(separator: " ").last.map(String.init) })
        comparisons = PhraseMatcher(l.comparisons)
        safety = PhraseMatcher(l.safety)
        associations = PhraseMatcher(l.associations)
        doseVerbs = Set(l.doseVerbs)
        doseWords = Set(l.doseWords)
        doseUnits = Set(l.doseUnits)
        measureUnits = Set(l.measureUnits)
        timeUnits = Set(l.timeUnits)
        statistics = PhraseMatcher(l.statistics)
    }

    static func inflected(_ words: [String]) -> Set<String> {
        var s = Set<String>()
        for w in words { s.formUnion(forms(of: w)) }
        return s
    }

    /// Regular inflections of a base word; irregular ones are listed in the lexicon.
    static func forms(of w: String) -> [String] {
        guard w.count > 2, w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "-" }) else { return [w] }
        var out = [w, w + "s", w + "es", w + "ed", w + "ing", w + "d"]
        if w.hasSuffix("e") { out += [String(w.dropLast()) + "ing"] }
        if w.hasSuffix("y") { out += [String(w.dropLast()) + "ies", String(w.dropLast()) + "ied"] }
        if w.hasSuffix("sis") { out += [String(w.dropLast(3)) + "ses"] }
        if let last = w.last, "tpgnm".contains(last), w.count <= 4 { out += [w + String(last) + "ed", w + String(last) + "ing"] }
        return out
    }
}

/// Finds lexicon phrases in a token list. Each phrase word matches its
/// inflections; `*` matches any one word.
struct PhraseMatcher: Sendable {
    private var byFirst: [String: [[Set<String>]]] = [:]

    init(_ phrases: [String]) {
        for p in phrases {
            let words = ClaimTokenizer.words(of: p)
            guard let first = words.first, first != "*" else { continue }
            let compiled = words.map { $0 == "*" ? Set<String>() : Set(CompiledLexicon.forms(of: $0)) }
            for f in compiled[0] { byFirst[f, default: []].append(compiled) }
        }
    }

    /// The longest phrase starting at token `i`, as the index of its last token.
    func match(_ tokens: [ClaimToken], at i: Int) -> Int? {
        guard let candidates = byFirst[tokens[i].lower] else { return nil }
        var best: Int?
        for phrase in candidates where i + phrase.count <= tokens.count {
            var ok = true
            for (k, forms) in phrase.enumerated().dropFirst() where !forms.isEmpty && !forms.contains(tokens[i + k].lower) {
                ok = false; break
            }
            if ok, best.map({ i + phrase.count - 1 > $0 }) ?? true { best = i + phrase.count - 1 }
        }
        return best
    }

    /// Every match in the tokens, left to right, not overlapping.
    func matches(in tokens: [ClaimToken]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var i = 0
        while i < tokens.count {
            if let e = match(tokens, at: i) { out.append(i...e); i = e + 1 } else { i += 1 }
        }
        return out
    }
}

extension ClaimTokenizer {
    /// Lower-cased token texts of a plain string, for compiling lexicon phrases the
    /// same way sentences are tokenized ("100% safe" → 100, %, safe).
    static func words(of phrase: String) -> [String] {
        var atoms: [ProseAtom] = []
        var col = 1
        for s in phrase.unicodeScalars { atoms.append(.scalar(s, SourcePosition(line: 1, column: col))); col += 1 }
        return tokens(atoms[...]).map { $0.text == "*" ? "*" : $0.lower }
    }
}
