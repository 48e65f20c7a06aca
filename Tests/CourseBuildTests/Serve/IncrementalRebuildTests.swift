import Foundation
import Testing
@testable import CourseBuild

/// A `serve` rebuild reuses what it made before from unchanged inputs: after
/// each kind of edit its pages and findings must be exactly a fresh build's.
@Suite struct IncrementalRebuildTests {
    /// The small fixture course with 34 chapters more, so that sidebars show a window.
    func course() throws -> TemporaryCourse {
        let fixture = Golden.fixtures.appendingPathComponent("small-course")
        var files: [String: String] = [:]
        for path in ["course.yml", "glossary.yml", "references.bib", "assets/figure.svg", "chapters/01-basics.md", "chapters/02-safety.md"] {
            files[path] = try String(contentsOf: fixture.appendingPathComponent(path), encoding: .utf8)
        }
        for n in 3...36 {
            files[String(format: "chapters/%02d-more.md", n)] = "---\ntitle: \"More \(n)\"\n---\n\n## Part \(n)\n\nPlain words for part \(n).\n"
        }
        return try TemporaryCourse(files)
    }

    /// Rewrites a file of the course: `old` must be in it.
    func edit(_ course: TemporaryCourse, _ path: String, _ old: String, _ new: String) throws {
        let text = try #require(course.read(path))
        try #require(text.contains(old), "\(path) holds '\(old)'")
        try course.write(path, Data(text.replacingOccurrences(of: old, with: new).utf8))
    }

    /// The rebuild with `cache` gives a fresh build's findings and, when it publishes, its pages byte for byte.
    /// `finding`: a rule the edit must make fire; `fixing`: one it must leave silent.
    func expectFreshBuild(
        _ course: TemporaryCourse, _ cache: RebuildCache, _ what: String, finding: RuleID? = nil, fixing: RuleID? = nil
    ) throws {
        let rebuilt = try Build.siteInMemory(path: course.path, cache: cache)
        let (fresh, result) = try Build.check(path: course.path, options: .init(), claims: .everyClaim)
        #expect(rebuilt.result.diagnostics == result.diagnostics, "findings after \(what)")
        let rules = Set(result.diagnostics.map(\.rule))
        if let finding { #expect(rules.contains(finding), "\(finding) after \(what)") }
        if let fixing { #expect(!rules.contains(fixing), "no \(fixing) after \(what)") }
        guard result.errorCount == 0 else { return #expect(rebuilt.files.isEmpty) }
        let expected = Dictionary(uniqueKeysWithValues: try Build.render(fresh, only: .site, linksEPUB: true).all.map { ($0.path, $0.data) })
        let pages = Dictionary(uniqueKeysWithValues: rebuilt.files.map { ($0.path, $0.data) })
        #expect(pages.keys.sorted() == expected.keys.sorted(), "pages after \(what)")
        let differing = expected.keys.filter { pages[$0] != nil && pages[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "pages that differ from a fresh build after \(what): \(differing)")
    }

    @Test func eachKindOfEditGivesAFreshBuildsPages() throws {
        let course = try course()
        let cache = RebuildCache()
        try expectFreshBuild(course, cache, "the first build")

        try edit(course, "chapters/02-safety.md", "A second heading", "An edited second heading")
        try expectFreshBuild(course, cache, "a body edit")
        try edit(course, "chapters/02-safety.md", "title: \"Safety\"", "title: \"Safety first\"")
        try expectFreshBuild(course, cache, "a title edit")
        try edit(course, "chapters/20-more.md", "More 20", "Twenty")
        try expectFreshBuild(course, cache, "a title edit in the middle of the sidebar window")
        try edit(course, "chapters/01-basics.md", "What the basics are.", "What the basics are, in brief.")
        try expectFreshBuild(course, cache, "a summary edit (the home page)")

        // A heading another chapter links to: the link breaks (an error), then follows it.
        try edit(course, "chapters/01-basics.md", "## The NMDA receptor", "## The NMDA channel")
        try expectFreshBuild(course, cache, "renaming a linked heading")
        try edit(course, "chapters/02-safety.md", "#the-nmda-receptor", "#the-nmda-channel")
        try expectFreshBuild(course, cache, "following the renamed heading")
        try edit(course, "chapters/05-more.md", "Plain words", "See [the channel](01-basics.md#the-nmda-channel). Plain words")
        try expectFreshBuild(course, cache, "a new link to another chapter's heading")

        try edit(course, "chapters/07-more.md", "Plain words", "The NMDAR is a receptor. Plain words")
        try expectFreshBuild(course, cache, "a glossary term's first use in a chapter")
        try edit(course, "chapters/09-more.md", "Plain words", "Plain words [@iom1997]")
        try expectFreshBuild(course, cache, "a new citation")
        try edit(course, "chapters/02-safety.md", "350 mg/day [@iom1997]", "350 mg/day")
        try expectFreshBuild(course, cache, "a citation removed")
        try edit(course, "chapters/09-more.md", "Plain words [@iom1997]", "Plain words")
        try expectFreshBuild(course, cache, "the last citation of an entry removed (cite.unused)")
        try edit(course, "chapters/11-more.md", "Plain words", "[This part](objective:basics) covers the basics. Plain words")
        try expectFreshBuild(course, cache, "an objective link")
        try edit(course, "chapters/11-more.md", "[This part](objective:basics)", "[This part](objective:safety)")
        try expectFreshBuild(course, cache, "an objective link changed (the objectives page)")

        try edit(course, "glossary.yml", "A glutamate-gated", "An ionotropic glutamate-gated")
        try expectFreshBuild(course, cache, "a glossary edit")
        try edit(course, "course.yml", "title: \"Small course\"", "title: \"Smaller course\"")
        try expectFreshBuild(course, cache, "a course.yml edit")
        try course.write("chapters/37-new.md", Data("---\ntitle: \"New\"\n---\n\nA new chapter.\n".utf8))
        try expectFreshBuild(course, cache, "a new chapter")
        try FileManager.default.removeItem(at: course.root.appendingPathComponent("chapters/03-more.md"))
        try expectFreshBuild(course, cache, "a chapter removed")
    }

    /// Findings that one chapter's edit adds or fixes, and those that arise from
    /// several chapters or the bibliography: a rebuild reuses each rule's findings
    /// per chapter, so each must still equal a fresh lint's.
    @Test func lintFindingsFollowEachEdit() throws {
        let course = try course()
        let cache = RebuildCache()
        try expectFreshBuild(course, cache, "the first build")
        for step in Self.lintEdits {
            try edit(course, step.path, step.old, step.new)
            try expectFreshBuild(course, cache, step.what, finding: step.finding, fixing: step.fixing)
        }
    }

    /// An edit, and a rule it must make fire or leave silent.
    struct LintEdit {
        var path: String
        var old: String
        var new: String
        var what: String
        var finding: RuleID? = nil
        var fixing: RuleID? = nil
    }

    static let lintEdits: [LintEdit] = [
        .init(path: "chapters/04-more.md", old: "Plain words", new: "Most patients respond within a week. Plain words",
              what: "an uncited claim", finding: .claimsUncited),
        .init(path: "chapters/04-more.md", old: "Most patients respond within a week. ", new: "",
              what: "the uncited claim removed", fixing: .claimsUncited),
        .init(path: "chapters/06-more.md", old: "Plain words", new: "Plain words [@nowak1948]",
              what: "an unknown citation key (an error)", finding: .citeUnknownKey),
        .init(path: "chapters/06-more.md", old: "[@nowak1948]", new: "[@nowak1984]", what: "the key corrected", fixing: .citeUnknownKey),
        .init(path: "chapters/08-more.md", old: "## Part 8", new: "#### Part 8", what: "a heading that skips a level", finding: .structureHeadingSkip),
        .init(path: "chapters/08-more.md", old: "#### Part 8", new: "## Part 8", what: "the heading level fixed", fixing: .structureHeadingSkip),

        .init(path: "chapters/01-basics.md", old: "objective: basics\nquestion", new: "objective: safety\nquestion",
              what: "a quiz that assesses another objective", finding: .objectivesUnassessed),
        .init(path: "chapters/01-basics.md", old: "objective: safety\nquestion", new: "objective: safe\nquestion",
              what: "a quiz naming no objective (an error)", finding: .quizUnknownObjective),
        .init(path: "chapters/01-basics.md", old: "objective: safe\nquestion", new: "objective: basics\nquestion",
              what: "the quiz's objective back", fixing: .quizUnknownObjective),

        .init(path: "glossary.yml", old: "- term: NMDA receptor",
              new: "- term: Hypomagnesaemia\n  definition: \"Low serum magnesium.\"\n- term: NMDA receptor",
              what: "a glossary term no chapter uses", finding: .glossaryUnused),
        .init(path: "chapters/10-more.md", old: "Plain words", new: "Hypomagnesaemia is common. Plain words",
              what: "the term's first use", fixing: .glossaryUnused),
        .init(path: "references.bib", old: "@book{iom1997,", new: "@article{spare, author = {Roe, Ann}, title = {Spare}}\n@book{iom1997,",
              what: "an incomplete entry no chapter cites", finding: .citeUnused),
        .init(path: "chapters/12-more.md", old: "Plain words", new: "Plain words [@spare]", what: "the entry cited", fixing: .citeUnused),
        .init(path: "references.bib", old: "title = {Spare}}", new: "title = {Spare}, evidence = {cohort}}", what: "the entry's design named"),
        .init(path: "chapters/12-more.md", old: "Plain words [@spare]", new: "Magnesium improves sleep in patients [@spare]. Plain words",
              what: "effect wording on cohort evidence", finding: .claimsCausalOverreach),
        .init(path: "references.bib", old: "evidence = {cohort}", new: "evidence = {rct}",
              what: "the source's design alone changed", fixing: .claimsCausalOverreach),

        .init(path: "chapters/14-more.md", old: "Plain words", new: "<!-- coursebuild-disable-next-line claims.hype -- quoted -->\nPlain words",
              what: "a suppression that suppresses nothing", finding: .suppressionUnused),
        .init(path: "chapters/14-more.md", old: "-->\nPlain words", new: "-->\nThis miracle cure works. Plain words",
              what: "the suppression used", fixing: .suppressionUnused),
        .init(path: "chapters/16-more.md", old: "Plain words", new: "See [the missing part](17-less.md). Plain words",
              what: "a link to a chapter that does not exist", finding: .linksBroken),
        .init(path: "chapters/16-more.md", old: "17-less.md", new: "17-more.md", what: "the link corrected", fixing: .linksBroken),
    ]

    /// What the disk holds at a linked path, files saved without a change, and files not read again.
    @Test func linkedFilesAddedRemovedOrTouched() throws {
        let course = try course()
        let cache = RebuildCache()
        try expectFreshBuild(course, cache, "the first build")

        try edit(course, "chapters/18-more.md", "Plain words", "![A chart](../assets/chart.svg) Plain words")
        try expectFreshBuild(course, cache, "an image that does not exist yet", finding: .imagesMissing)
        let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n".utf8)
        try course.write("assets/chart.svg", svg)
        try expectFreshBuild(course, cache, "the image added", fixing: .imagesMissing)
        try edit(course, "chapters/19-more.md", "Plain words", "![The same chart](../assets/chart.svg) Plain words")
        try expectFreshBuild(course, cache, "a second chapter showing it")
        try FileManager.default.removeItem(at: course.root.appendingPathComponent("assets/chart.svg"))
        try expectFreshBuild(course, cache, "the image removed (both chapters break)", finding: .imagesMissing)
        try course.write("assets/chart.svg", svg)
        try expectFreshBuild(course, cache, "the image back", fixing: .imagesMissing)
        try FileManager.default.removeItem(at: course.root.appendingPathComponent("assets/chart.svg"))
        try FileManager.default.createDirectory(at: course.root.appendingPathComponent("assets/chart.svg"), withIntermediateDirectories: false)
        try expectFreshBuild(course, cache, "a folder where the image was", finding: .imagesMissing)
        try FileManager.default.removeItem(at: course.root.appendingPathComponent("assets/chart.svg"))
        try course.write("assets/chart.svg", svg)
        try expectFreshBuild(course, cache, "the file back in the folder's place", fixing: .imagesMissing)

        for path in ["chapters/20-more.md", "glossary.yml", "references.bib", "course.yml", "assets/figure.svg"] {
            try course.write(path, try #require(course.read(path)).data(using: .utf8)!)
        }
        try expectFreshBuild(course, cache, "files saved without a change")
        try edit(course, "chapters/21-more.md", "Plain words", "Plain words")
        try expectFreshBuild(course, cache, "a chapter saved without a change")

        // Unchanged files are not read again once their last change is a second old;
        // an edit of the same size with the old modification date set back still shows.
        Thread.sleep(forTimeInterval: 1.1)
        try expectFreshBuild(course, cache, "a rebuild that reads no chapter again")
        let path = course.root.appendingPathComponent("chapters/22-more.md").path
        var before = stat()
        #expect(stat(path, &before) == 0)
        // Written in place, so the file keeps its inode, size and (set back) modification time.
        let text = try #require(course.read("chapters/22-more.md")).replacingOccurrences(of: "Plain words", with: "Plain verbs")
        let file = open(path, O_WRONLY)
        #expect(pwrite(file, text, text.utf8.count, 0) == text.utf8.count)
        close(file)
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        try expectFreshBuild(course, cache, "a same-size edit with its modification date set back")
        #expect(try Build.siteInMemory(path: course.path, cache: cache).files.contains {
            $0.path == "site/chapters/22-more.html" && String(decoding: $0.data, as: UTF8.self).contains("Plain verbs")
        })
    }
}
