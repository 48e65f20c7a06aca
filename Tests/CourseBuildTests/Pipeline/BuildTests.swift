import Foundation
import Testing
@testable import CourseBuild

@Suite(.serialized) struct BuildTests {
    let fixture = Golden.fixtures.appendingPathComponent("small-course").path

    func tempOutput() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("cb-out-\(UUID().uuidString)")
    }

    @Test func buildWritesSitePagesAndAnEPUB() throws {
        let out = tempOutput()
        _ = try Build.run(path: fixture, output: out.path, options: .init())
        for page in ["site/index.html", "site/chapters/01-basics.html", "site/glossary.html", "site/references.html",
                     "site/objectives.html", "site/404.html", "site/search.html", "site/search-index.js",
                     "site/assets/theme.css", "site/assets/figure.svg", "small-course.epub", "epub/mimetype"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(page).path), "missing \(page)")
        }
        // The claims review's evidence map names the sentence that cites each entry.
        let review = try String(contentsOf: out.appendingPathComponent("review/chapters/02-safety.html"), encoding: .utf8)
        #expect(review.contains("The upper limit for supplemental magnesium is 350 mg/day"))
        let epub = try Data(contentsOf: out.appendingPathComponent("small-course.epub"))
        #expect(String(decoding: epub[30..<38], as: UTF8.self) == "mimetype")
    }

    @Test func twoBuildsAreByteIdentical() throws {
        setenv("SOURCE_DATE_EPOCH", "1700000000", 1)
        defer { unsetenv("SOURCE_DATE_EPOCH") }
        let a = tempOutput(), b = tempOutput()
        _ = try Build.run(path: fixture, output: a.path, options: .init())
        _ = try Build.run(path: fixture, output: b.path, options: .init())
        let files = FileManager.default.enumerator(atPath: a.path)!.compactMap { $0 as? String }
        #expect(files.count > 20)
        for file in files where !FileManager.default.isDirectory(a.appendingPathComponent(file)) {
            #expect(FileManager.default.contents(atPath: a.appendingPathComponent(file).path)
                == FileManager.default.contents(atPath: b.appendingPathComponent(file).path), "\(file) differs")
        }
    }

    @Test func aCourseWithErrorsWritesNothingAndKeepsThePreviousOutput() throws {
        let course = try TemporaryCourse(chapter: "See [gone](99-gone.md).")
        let out = tempOutput()
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: out.appendingPathComponent("keep.txt"))
        let result = try Build.run(path: course.path, output: out.path, options: .init())
        #expect(result.errorCount == 1)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("keep.txt").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("site").path))
    }

    @Test func outputThatIsOrHoldsTheCourseIsRefused() throws {
        let course = try TemporaryCourse(chapter: "Text.")
        #expect(throws: CourseError.self) { try Build.run(path: course.path, output: course.path, options: .init()) }
        #expect(throws: CourseError.self) {
            try Build.run(path: course.path, output: course.root.deletingLastPathComponent().path, options: .init())
        }
        #expect(throws: CourseError.self) {
            try Build.run(path: course.path, output: course.root.appendingPathComponent("chapters").path, options: .init())
        }
    }

    @Test func chapterTextCannotInjectScript() throws {
        let course = try TemporaryCourse(chapter: "[x](javascript:alert(1)) <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>")
        let out = tempOutput()
        _ = try Build.run(path: course.path, output: out.path, options: .init())
        let page = try String(contentsOf: out.appendingPathComponent("site/chapters/01-first.html"), encoding: .utf8)
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("onerror"))
    }

    @Test func outsidePathsAreReportedAndNeverCopied() throws {
        let course = try TemporaryCourse(chapter: "![secret](../../../../etc/passwd)\n\n[link](/etc/passwd)")
        let diagnostics = try course.lint().diagnostics.filter { $0.rule == .linksOutsideCourse }
        #expect(diagnostics.map(\.range.start.line) == [5, 7])
    }
}

/// A long build says on a terminal which stage it is in: the progress line hears each stage as it starts.
@Suite struct ProgressTests {
    final class Heard: @unchecked Sendable {
        var stages: [String] = []
    }

    @Test func eachStageIsAnnouncedAsItStarts() throws {
        let course = try TemporaryCourse(chapter: "Text.")
        let heard = Heard()
        let timings = StageTimings(onStageStart: { heard.stages.append($0) })
        let out = course.root.appendingPathComponent("out")
        _ = try Build.run(path: course.path, output: out.path, options: .init(timings: timings))
        #expect(heard.stages.first == "load + parse" && heard.stages.last == "write")
        #expect(heard.stages == timings.stages.map(\.name))
    }

    @Test func timingsReportEachStagesPeakMemory() throws {
        let course = try TemporaryCourse(chapter: "Text.")
        let timings = StageTimings()
        _ = try Build.run(path: course.path, output: course.root.appendingPathComponent("out").path, options: .init(timings: timings))
        let peaks = timings.stages.map(\.peakMB)
        // A high-water mark: never falls from one stage to the next, and a running build has some.
        #expect(peaks.first.map { $0 > 0 } == true && zip(peaks, peaks.dropFirst()).allSatisfy { $0 <= $1 })
        #expect(timings.report.split(separator: "\n").first?.hasSuffix(" MB)") == true)
    }
}
