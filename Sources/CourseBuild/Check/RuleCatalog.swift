/// Every rule, in the order `coursebuild rules` lists them. A literal list:
/// adding a rule means adding it here, where a reader can see them all.
public enum RuleCatalog {
    public static let all: [Rule] =
        ClaimsRules.all + CitationRules.all + GlossaryRules.all + ObjectiveRules.all + LinkRules.all
        + StructureRules.all + SourceRules.all + QuizRules.all + [SuppressionRules.unused]

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
