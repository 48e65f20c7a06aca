/// The claims checker's rules (SPEC §3): one pass of the checker over the
/// course's prose reports all three.
enum ClaimsRules {
    static let uncited = Rule(
        "claims.uncited", .warning,
        "a sentence makes a checkable claim (a statistic, study, comparison, dose or safety assertion) with no citation",
        examples: [
            .fires("Magnesium glycinate raised plasma levels by 30% more than oxide."),
            .passes("Magnesium glycinate raised plasma levels by 30% more than oxide [@k]."),
        ],
        check: { context in
            context.claims.byChapter.joined().flatMap(\.findings).map { finding in
                Diagnostic.finding(finding.rule, finding.message, at: finding.range, hint: finding.hint)
            }
        })

    static let vague = Rule(
        "claims.vague-attribution", .warning,
        "\"studies show\", \"research suggests\", \"experts agree\"… with no citation",
        examples: [.fires("Studies show that magnesium calms the mind."), .passes("Studies show [@k] that magnesium is absorbed.")])

    static let hype = Rule(
        "claims.hype", .warning,
        "marketing or absolute language in clinical text (\"miracle\", \"cure\", \"natural ketamine\"…)",
        examples: [.fires("Magnesium is a miracle mineral."), .passes("Products marketed as a \"miracle mineral\" overstate the evidence [@k].")])

    static let all = [uncited, vague, hype]
}
