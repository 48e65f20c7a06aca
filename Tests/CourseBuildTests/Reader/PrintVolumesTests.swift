import Foundation
import Testing
@testable import CourseBuild

/// A course too long to print from one page (issue #17: no site page over
/// 2 MB) is printed in volumes that `print.html` lists; a short course keeps
/// its one page (ReaderTests).
@Suite struct PrintVolumesTests {
    static let chapters = 30

    /// Chapters of about 90 KB each (a long code block, which the claims checker
    /// does not read), each using the glossary's term and linking to the next.
    static func longCourse() throws -> TemporaryCourse {
        var files = ["course.yml": TemporaryCourse.minimalConfig, "glossary.yml": RuleExample.glossary]
        let code = String(repeating: "let dose = 350 // mg of elemental magnesium a day\n", count: 1_800)
        for i in 1...chapters {
            let next = String(format: "%02d", i % chapters + 1)
            files["chapters/\(String(format: "%02d", i))-chapter.md"] = "---\ntitle: \"Chapter \(i)\"\n---\n\n## Dosing\n\n"
                + "The receptor binds it; see [the next chapter](\(next)-chapter.md#dosing).\n\n```swift\n\(code)```\n"
        }
        return try TemporaryCourse(files)
    }

    @Test func aLongCourseIsPrintedInVolumesEachUnderTwoMegabytes() throws {
        let course = try Self.longCourse()
        let out = course.root.appendingPathComponent("out")
        #expect(try Build.run(path: course.path, output: out.path, options: .init()).errorCount == 0)
        let site = out.appendingPathComponent("site")
        let list = try String(contentsOf: site.appendingPathComponent("print.html"), encoding: .utf8)
        #expect(!list.contains("class=\"print-chapter\""), "print.html lists the volumes")
        let files = try FileManager.default.contentsOfDirectory(atPath: site.path).filter { $0.hasPrefix("print-") }
        #expect(files.count >= 2)
        var chapterOrder: [String] = []
        for k in 1...files.count {
            let name = PrintEdition.volumeFile(k)
            let volume = try String(contentsOf: site.appendingPathComponent(name), encoding: .utf8)
            #expect(volume.utf8.count <= 2_000_000, "\(name): \(volume.utf8.count) bytes")
            #expect(volume.contains("Volume \(k) of \(files.count): "))
            #expect(volume.components(separatedBy: "<h1").count == 2, "one h1: the course's title")
            #expect(volume.contains(PrintEdition.glossaryID) == (k == files.count), "the glossary ends the last volume")
            #expect(!volume.contains(PrintEdition.referencesID), "each chapter ends with its own references")
            #expect(list.contains("<h3><a href=\"\(name)\">Volume \(k)</a>: "))
            let ids = captures(#" id="([^"]*)""#, in: volume)
            #expect(Set(ids).count == ids.count)
            let missing = captures(##"href="#([^"]*)""##, in: volume).filter { !Set(ids).contains($0) }
            #expect(missing.isEmpty, "\(name): links without a target: \(missing)")
            chapterOrder += captures(#"<section class="print-chapter" id="([^"]*)""#, in: volume)
        }
        let slugs = (1...Self.chapters).map { "chapter-" + String(format: "%02d", $0) + "-chapter" }
        #expect(chapterOrder == slugs, "every chapter once, in reading order")
        for slug in slugs { #expect(list.components(separatedBy: "#\(slug)\"").count == 2, "\(slug) listed once") }
    }

    @Test func aVolumeHoldsConsecutiveChaptersWithinItsBudget() {
        #expect(SizeBudget.runs([5, 5, 5, 20, 1, 2], budget: 10) == [0..<2, 2..<3, 3..<4, 4..<6])
        #expect(SizeBudget.runs([3], budget: 10) == [0..<1])
        #expect(PrintEdition.label(0..<45, glossary: false) == "chapters 1–45")
        #expect(PrintEdition.label(45..<46, glossary: true) == "chapter 46 and the glossary")
        #expect(PrintEdition.label(46..<46, glossary: true) == "the glossary")
    }
}
