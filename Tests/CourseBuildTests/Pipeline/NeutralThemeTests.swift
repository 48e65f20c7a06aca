import Foundation
import Testing
import ZIPFoundation
@testable import CourseBuild

/// The built-in theme speaks for no course: a course on sourdough baking shows
/// its own notice and home-page text, and none of the flagship's words.
@Suite struct NeutralThemeTests {
    static let flagshipWords = ["masterclass", "clinician", "medical advice", "magnesium", "no video", "prescribing"]

    func build() throws -> URL {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-neutral-\(UUID().uuidString)")
        let result = try Build.run(path: Golden.fixtures.appendingPathComponent("sourdough").path, output: out.path, options: .init())
        #expect(result.errorCount == 0)
        return out
    }

    /// Every output file's text, the zipped EPUB's entries included.
    func texts(_ out: URL) throws -> [(String, String)] {
        var texts: [(String, String)] = []
        for case let path as String in FileManager.default.enumerator(atPath: out.path)! {
            let url = out.appendingPathComponent(path)
            guard !FileManager.default.isDirectory(url) else { continue }
            if path.hasSuffix(".epub") {
                let archive = try Archive(url: url, accessMode: .read)
                for entry in archive {
                    var data = Data()
                    _ = try archive.extract(entry) { data.append($0) }
                    texts.append((path + "!" + entry.path, String(decoding: data, as: UTF8.self)))
                }
            } else {
                texts.append((path, String(decoding: try Data(contentsOf: url), as: UTF8.self)))
            }
        }
        return texts
    }

    @Test func noFlagshipTextInAnyOutputFile() throws {
        let files = try texts(try build())
        #expect(files.count > 20)
        for (path, text) in files {
            for word in Self.flagshipWords {
                #expect(!text.lowercased().contains(word), "\(path) says '\(word)'")
            }
        }
    }

    @Test func noticeOncePerPageAndOnTheTitlePage() throws {
        let out = try build()
        let notice = "For home bakers: check your oven&#39;s manual before baking at high heat."
        for page in ["site/index.html", "site/chapters/01-starter.html", "site/glossary.html", "epub/OEBPS/cover.xhtml"] {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(html.components(separatedBy: notice).count == 2, "\(page) should show the notice once")
        }
        let home = try String(contentsOf: out.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<div class=\"about\">\n<p>Written for home bakers. Each chapter ends with a <strong>self-check</strong> question.</p>"))
    }

    @Test func aboutCannotInjectScript() throws {
        let config = TemporaryCourse.minimalConfig + "about: \"<script>alert(1)</script> [x](javascript:alert(1))\"\n"
        let course = try TemporaryCourse(chapter: "Text.", config: config)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-about-\(UUID().uuidString)")
        _ = try Build.run(path: course.path, output: out.path, options: .init())
        let home = try String(contentsOf: out.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(!home.contains("<script>alert") && !home.contains("javascript:"))
    }

    @Test func theThemeAndTheSourcesCarryNoCourseWords() throws {
        for (name, text) in DefaultTheme.files {
            for word in Self.flagshipWords {
                #expect(!text.lowercased().contains(word), "templates/\(name) says '\(word)'")
            }
        }
    }
}
