import Foundation

/// SARIF 2.1.0 for code-scanning tools: one run, the rule catalogue as the
/// driver's rules, each finding a result pointing at its region.
enum SARIFFormat {
    struct Log: Encodable {
        var version = "2.1.0"
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case version, schema = "$schema", runs }
    }
    struct Run: Encodable { var tool: Tool; var results: [Result]; var columnKind = "unicodeCodePoints" }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable { var name: String; var version: String; var informationUri: String; var rules: [RuleDescriptor] }
    struct RuleDescriptor: Encodable {
        var id: String
        var shortDescription: Message
        var defaultConfiguration: Configuration
    }
    struct Configuration: Encodable { var level: String; var enabled: Bool }
    struct Message: Encodable { var text: String }
    struct Result: Encodable {
        var ruleId: String, ruleIndex: Int, level: String, message: Message, locations: [Location]
        var relatedLocations: [Location]?
    }
    struct Location: Encodable { var physicalLocation: Physical; var message: Message? }
    struct Physical: Encodable { var artifactLocation: Artifact; var region: Region }
    struct Artifact: Encodable { var uri: String; var uriBaseId = "COURSEROOT" }
    struct Region: Encodable { var startLine: Int, startColumn: Int, endLine: Int, endColumn: Int }

    static func render(_ diagnostics: [Diagnostic]) -> String {
        let rules = RuleID.allCases
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        let descriptors = rules.map {
            RuleDescriptor(id: $0.rawValue, shortDescription: .init(text: $0.summary),
                defaultConfiguration: .init(level: $0.defaultSetting == .error ? "error" : "warning", enabled: $0.defaultSetting != .off))
        }
        let location = { (r: SourceRange, message: String?) in
            Location(
                physicalLocation: Physical(
                    artifactLocation: Artifact(uri: r.file),
                    region: Region(startLine: r.start.line, startColumn: r.start.column, endLine: r.end.line, endColumn: r.end.column + 1)),
                message: message.map { Message(text: $0) })
        }
        let results = diagnostics.map { d in
            Result(
                ruleId: d.rule.rawValue, ruleIndex: ruleIndex[d.rule] ?? 0, level: d.severity.rawValue,
                message: .init(text: d.message + (d.hint.map { " (hint: \($0))" } ?? "")),
                locations: [location(d.range, nil)],
                relatedLocations: d.notes.isEmpty ? nil : d.notes.compactMap { n in n.range.map { location($0, n.message) } })
        }
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(name: "coursebuild", version: CourseBuildVersion.current,
                informationUri: "https://example.org/coursebuild", rules: descriptors)),
            results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(log)) ?? Data(), as: UTF8.self) + "\n"
    }
}

public enum CourseBuildVersion {
    public static let current = "0.1.0"
}
