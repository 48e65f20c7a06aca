/// The claims checker's rules (SPEC §3). The checker runs once, as a stage
/// (`ClaimsStage`); each rule reports the findings under its own id.
struct ClaimsUncitedRule: ChapterRule {
    let id = RuleID.claimsUncited
    let defaultSetting = RuleSetting.warning
    let summary = "a sentence makes a checkable claim (a statistic, study, comparison, dose or safety assertion) with no citation"
    let examples: [RuleExample] = [
        .fires("Magnesium glycinate raised plasma levels by 1️⃣30% more than oxide."),
        .passes("Magnesium glycinate raised plasma levels by 30% more than oxide [@k]."),
    ]
    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] { claimFindings(course, i, id) }
}

struct ClaimsVagueAttributionRule: ChapterRule {
    let id = RuleID.claimsVagueAttribution
    let defaultSetting = RuleSetting.warning
    let summary = "\"studies show\", \"research suggests\", \"experts agree\"… with no citation"
    let examples: [RuleExample] = [
        .fires("1️⃣Studies show that magnesium calms the mind."),
        .passes("Studies show [@k] that magnesium is absorbed."),
    ]
    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] { claimFindings(course, i, id) }
}

struct ClaimsHypeRule: ChapterRule {
    let id = RuleID.claimsHype
    let defaultSetting = RuleSetting.warning
    let summary = "marketing or absolute language in clinical text (\"miracle\", \"cure\", \"natural ketamine\"…)"
    let examples: [RuleExample] = [
        .fires("Magnesium is a 1️⃣miracle mineral."),
        .passes("Products marketed as a \"miracle mineral\" overstate the evidence [@k]."),
    ]
    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] { claimFindings(course, i, id) }
}

/// The claims stage's findings of one rule in chapter `i`.
private func claimFindings(_ course: ResolvedCourse, _ i: Int, _ id: RuleID) -> [Finding] {
    // No claims were analysed when no claims rule runs.
    guard course.claims.indices.contains(i) else { return [] }
    return course.claims[i].flatMap(\.findings).filter { $0.rule == id }.map {
        Finding($0.message, at: $0.range, hint: $0.hint)
    }
}
