import Foundation
import Testing
@testable import CourseBuild

/// The search index's text is split into shards that search.js loads on the first
/// query (issue #17: one 18.8 MB script at 1,000 chapters); the manifest names them.
@Suite struct SearchShardsTests {
    @Test func shardsHoldEverySectionOnceInOrderWithinTheirBudget() throws {
        let (course, _) = try Build.check(path: try CoursePageSizeTests.course().path, options: .init())
        let budget = 600
        let files = try SearchIndex.files(course.index, course.facts, shardBytes: budget)
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("cb-search-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        for file in files {
            let url = site.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.data.write(to: url)
        }
        let index = try SearchScripts.read(siteAt: site)
        let shards = try #require(index["shards"] as? [String])
        #expect(shards.count > 2)
        #expect(files.map(\.path) == [SearchIndex.manifest] + shards)
        #expect(shards == (1...shards.count).map(SearchIndex.shardFile))
        for (k, file) in files.dropFirst().enumerated() {
            // A shard holds what fits, or one chapter's sections if they alone are larger: its JSON, deflated.
            let script = String(decoding: file.data, as: UTF8.self)
            let prefix = "window.coursebuildSearch.sections[\(k)] = \""
            #expect(script.hasPrefix(prefix) && script.hasSuffix("\";\n"))
            let json = try SearchScripts.unpacked(String(script.dropFirst(prefix.count).dropLast(3)))
            let pages = Set(captures(#"\n\[(\d+),"#, in: String(decoding: json, as: UTF8.self)))
            #expect(json.count < budget + 200 || pages.count == 1, "\(file.path): \(json.count) bytes of JSON")
            #expect(file.data.count < json.count, "\(file.path) is deflated")
        }
        let sections = try #require(index["sections"] as? [[Any]])
        let expected = course.facts.flatMap(\.searchSections).map(\.text) + course.index.course.glossary.map(\.definition)
        #expect(sections.compactMap { $0[3] as? String } == expected)
        #expect(sections.compactMap { $0[0] as? Int } == sections.compactMap { $0[0] as? Int }.sorted())
    }
}
