/// A first-hand report of an effect: "my reading speed has gone up", "within a month my migraines had
/// gone", "it stopped my cramps". A testimonial is an uncited claim about what a product does.
extension StructureCues {
    static let firstPerson: Set<String> = ["my", "our"]
    /// Words that say a symptom or a measure changed.
    static let changeWords: Set<String> = [
        "gone", "disappeared", "vanished", "improved", "better", "eased", "cleared", "dropped", "fell", "rose",
        "doubled", "halved", "stopped", "settled", "calmed", "lifted", "transformed", "fixed",
    ]

    /// What a customer says changed in them: "my skin", "my reading speed".
    static let bodyMeasures: Set<String> = ["skin", "hair", "speed", "gut", "digestion", "bloating", "cholesterol", "waist", "joints", "knees", "back", "brain"]

    func testimony(_ v: SentenceView, _ i: Int) -> SentenceView.Cue? {
        let t = v.tokens
        guard !v.context.isCourseProse else { return nil }
        // The thing that changed: a symptom, a measure or a clinical word within three words of "my".
        guard let thing = (i + 1..<min(t.count, i + 4)).first(where: { k in
            let w = t[k].lower
            return Self.isClinical(v, k) || v.lex.outcomeNouns.contains(w) || Self.bodyMeasures.contains(w)
        }) else { return nil }
        // "my migraines had gone", "my reading speed has gone up": the change follows in the same clause.
        var k = thing + 1
        while k < t.count, k <= thing + 5, !t[k].classes.contains(.clauseBreak) {
            // "has gone up", "went down": "up" and "down" only after a verb of going.
            if Self.changeWords.contains(t[k].lower) || ["up", "down"].contains(t[k].lower) && ["gone", "went", "come", "came"].contains(v.lower(k - 1) ?? "") {
                return .init(reason: "asserts an effect", span: i...k)
            }
            k += 1
        }
        // "it stopped my cramps": the change comes first.
        if i >= 1, Self.changeWords.contains(t[i - 1].lower) {
            return .init(reason: "asserts an effect", span: (i - 1)...thing)
        }
        return nil
    }
}
