/// Every rule, in the order `coursebuild rules` lists them. A literal list:
/// adding a rule means adding it here, where a reader can see them all.
public enum RuleCatalog {
    public static let all: [Rule] = {
        var rules: [Rule] = ClaimsRules.all
        rules += CitationRules.all
        rules += GlossaryRules.all
        rules += ObjectiveRules.all
        rules += LinkRules.all
        rules += StructureRules.all
        rules += SourceRules.all
        rules += QuizRules.all
        rules.append(SuppressionRules.unused)
        return rules
    }()

    public static func rule(_ id: String) -> Rule? { all.first { $0.id == id } }
}
