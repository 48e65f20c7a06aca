import Foundation
import Testing
@testable import CourseBuild

/// Templates escape `{{value}}` with XML.escape: the same five entities as
/// swift-mustache's escaping, also where a combining mark follows the character.
@Suite struct TemplateEscapingTests {
    func render(_ template: String, _ view: [String: String]) throws -> String {
        try TemplateSet(Theme(templates: ["t": template], files: [:])).render(view, "t")
    }

    @Test func escapesTheFiveCharactersAndLeavesTripleBracesAlone() throws {
        let view = ["title": #"Mg & "Ca" <b>'s</b>"#, "html": "<em>kept</em>"]
        #expect(try render(#"<a title="{{title}}">{{{html}}}</a>"#, view)
            == #"<a title="Mg &amp; &quot;Ca&quot; &lt;b&gt;&#39;s&lt;/b&gt;"><em>kept</em></a>"#)
    }

    @Test func aQuoteFollowedByACombiningMarkIsEscaped() throws {
        // One Character ("\"" + U+0301) that is not equal to "\"": escaping by Character missed it.
        let html = try render(#"<a title="{{title}}">x</a>"#, ["title": "a\"\u{301} onclick=alert(1)"])
        #expect(html == "<a title=\"a&quot;\u{301} onclick=alert(1)\">x</a>")
    }

    @Test func aBrokenTemplateIsReportedWithoutTheEscapingPragma() {
        do {
            _ = try render("<p>{{#open}}never closed</p>\n<p>{{x}}</p>", [:])
            Issue.record("a template with an open section was accepted")
        } catch {
            #expect("\(error)".hasPrefix("templates/t.mustache: "))
            #expect(!"\(error)".contains("CONTENT_TYPE"), "\(error)")
        }
    }
}
