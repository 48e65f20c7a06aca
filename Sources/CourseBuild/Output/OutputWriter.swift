import Foundation

/// The `write` stage: writes every file into a fresh folder beside the output
/// folder, then swaps it into place, so a failed or killed build leaves the
/// previous output whole. Refuses an output folder that is, holds, or lies
/// inside the course's sources.
enum OutputWriter {
    static func write(_ files: [OutputFile], to output: URL, course: CourseFolder) throws {
        let target = output.standardizedFileURL.resolvingSymlinksInPath()
        try checkSafe(target, course: course)
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).building-\(getpid())")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        FolderRemover.removeTree(staging.path)
        do {
            for file in files {
                guard let path = CourseIndex.normalise(file.path), path == file.path else {
                    throw CourseError("refusing to write '\(file.path)' outside the output folder")
                }
            }
            // Two files at one path (a course's own assets/theme.css and the theme's): the later one wins, as before.
            var lastIndex: [String: Int] = [:]
            for (i, file) in files.enumerated() { lastIndex[file.path] = i }
            let files = files.enumerated().filter { lastIndex[$0.element.path] == $0.offset }.map(\.element)
            let folders = Set(files.map { staging.appendingPathComponent($0.path).deletingLastPathComponent().path })
            for folder in folders.sorted() { try fm.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            // Thousands of small files: writing them from all cores halves the time spent in system calls.
            let failures = files.concurrentMap { file -> Error? in
                do { try FileBytes.save(file.data, to: staging.appendingPathComponent(file.path).path) } catch { return error }
                return nil
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            if fm.fileExists(atPath: target.path) {
                try fm.moveItem(at: target, to: old)
                try fm.moveItem(at: staging, to: target)
                guard FolderRemover.removeTree(old.path) else { throw CourseError("could not remove the previous output '\(old.path)'") }
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            FolderRemover.removeTree(staging.path)
            if !fm.fileExists(atPath: target.path), fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: target) }
            throw (error as? CourseError) ?? CourseError("could not write '\(target.path)': \(error.localizedDescription)")
        }
    }

    /// The output may sit inside the course (as output/ does) but must not be
    /// the course folder, contain it, or be one of its source folders.
    static func checkSafe(_ target: URL, course: CourseFolder) throws {
        let out = target.path
        let root = course.root.path
        if out == root || root.hasPrefix(out + "/") || out == "/" {
            throw CourseError("refusing to write to '\(out)': it is or holds the course folder")
        }
        for source in ["chapters", "assets", "templates", "course.yml", "glossary.yml", "references.bib", "references.json"] {
            let path = root + "/" + source
            if out == path || out.hasPrefix(path + "/") {
                throw CourseError("refusing to write to '\(out)': it is inside the course's sources ('\(source)')")
            }
        }
        let fm = FileManager.default
        for source in ["course.yml", "chapters"] where fm.fileExists(atPath: target.appendingPathComponent(source).path) {
            throw CourseError("refusing to write to '\(out)': it holds course sources ('\(source)')")
        }
    }
}
