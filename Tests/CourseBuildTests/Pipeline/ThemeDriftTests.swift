import Foundation
import Testing
@testable import CourseBuild

/// The built-in theme is `templates/` embedded by `scripts/embed-theme`
/// (`make theme`): the two must not drift apart.
@Suite struct ThemeDriftTests {
    static let templates = Golden.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("templates")

    @Test func embeddedThemeEqualsTemplatesFolder() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.templates.path).sorted()
        #expect(names == DefaultTheme.files.keys.sorted(), "run `make theme` after adding or removing a file in templates/")
        for name in names {
            let text = try String(contentsOf: Self.templates.appendingPathComponent(name), encoding: .utf8)
            // A Swift multi-line literal ends before the newline that precedes its closing quotes.
            #expect(DefaultTheme.files[name].map { $0 + "\n" } == text, "templates/\(name) differs from the built-in theme: run `make theme`")
        }
    }
}

/// `docs/rules.md` is generated from the rules (`make rules-doc`) and must stay so.
@Suite struct RulesDocDriftTests {
    @Test func rulesDocumentMatchesTheRules() throws {
        let doc = ThemeDriftTests.templates.deletingLastPathComponent().appendingPathComponent("docs/rules.md")
        #expect(try String(contentsOf: doc, encoding: .utf8) == RulesReference.markdown, "run `make rules-doc`")
    }
}
