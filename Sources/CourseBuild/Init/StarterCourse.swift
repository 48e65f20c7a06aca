import Foundation

/// `coursebuild init DIR`: a small course that shows every feature once
/// (objectives, a BibTeX citation, a glossary term with aliases, a
/// cross-reference, a table, a numbered figure with its image, a callout and
/// a quiz per objective), with a README for authors and a `.gitignore` for
/// `output/`. The files are `starter/` in the repository, embedded by
/// `scripts/embed-starter`; tests build the result and lint it `--strict`.
public enum StarterCourse {
    /// Writes the course into `path`, which must be absent or an empty folder;
    /// returns what to tell the author.
    @discardableResult
    public static func write(to path: String) throws -> String {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: root.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw CourseError("'\(path)' exists and is not a folder") }
            let entries = (try? fm.contentsOfDirectory(atPath: root.path)) ?? []
            guard entries.isEmpty else {
                throw CourseError("'\(path)' is not empty; init writes a new course only into an empty or new folder")
            }
        }
        do {
            for (name, text) in files.sorted(by: { $0.key < $1.key }) {
                let url = root.appendingPathComponent(name)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // A Swift multi-line literal ends before the newline that precedes its closing quotes.
                try Data((text + "\n").utf8).write(to: url)
            }
        } catch {
            throw CourseError("could not write the course into '\(path)': \(error.localizedDescription)")
        }
        return """
            wrote a new course into \(path)
              coursebuild lint \(path) --strict   check it
              coursebuild build \(path)           write \((path as NSString).appendingPathComponent("output"))/site and the EPUB
              coursebuild serve \(path)           preview it while you edit
            README.md there explains the format.
            """
    }
}
