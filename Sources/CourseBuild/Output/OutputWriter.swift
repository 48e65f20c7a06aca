import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The `write` stage: writes every file into a fresh folder beside the output
/// folder, then swaps it into place, so a failed or killed build leaves the
/// previous output whole. Refuses an output folder that is, holds, or lies
/// inside the course's sources.
///
/// A build killed outright (SIGKILL, a power cut) cannot clean up after
/// itself: the swap is one atomic exchange where the system has one, and the
/// next build removes what a dead build left beside the output (and puts back
/// a previous output it had moved aside).
enum OutputWriter {
    static func write(_ files: [OutputFile], to output: URL, course: CourseFolder) throws {
        let target = output.standardizedFileURL.resolvingSymlinksInPath()
        try checkSafe(target, course: course)
        let fm = FileManager.default
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).building-\(getpid())")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        recoverFromDeadBuilds(of: target)
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
            let folders = Set(files.flatMap { ancestors(of: $0.path) })
            let reused = try SpareOutput.claim(beside: target, as: staging.path)
            removeStale(reused, keeping: Set(files.map(\.path)), folders: folders, in: staging.path)
            for folder in folders.subtracting(reused.folders).sorted() {
                try fm.createDirectory(atPath: staging.path + "/" + folder, withIntermediateDirectories: false)
            }
            let (unique, copies) = sameBytes(files)
            // Thousands of small files: writing them from all cores halves the time spent in system calls.
            let failures = unique.concurrentMap { file -> Error? in
                do { try FileBytes.save(file.data, to: staging.appendingPathComponent(file.path).path) } catch { return error }
                return nil
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw failure }
            // A large file written twice (the site's copy of the EPUB) is a hard link to the first;
            // where the system refuses the link, the bytes are written again.
            for (copy, original) in copies {
                let path = staging.appendingPathComponent(copy.path).path
                unlink(path)  // an empty file of the spare
                if link(staging.appendingPathComponent(original).path, path) != 0 { try FileBytes.save(copy.data, to: path) }
            }
            if fm.fileExists(atPath: target.path), exchange(staging.path, target.path) {
                // The previous output is now at the staging path.
                guard SpareOutput.keep(staging.path, beside: target) else {
                    throw CourseError("could not remove the previous output '\(staging.path)'")
                }
            } else if fm.fileExists(atPath: target.path) {
                try fm.moveItem(at: target, to: old)
                try fm.moveItem(at: staging, to: target)
                guard SpareOutput.keep(old.path, beside: target) else { throw CourseError("could not remove the previous output '\(old.path)'") }
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch {
            FolderRemover.removeTree(staging.path)
            if !fm.fileExists(atPath: target.path), fm.fileExists(atPath: old.path) { try? fm.moveItem(at: old, to: target) }
            throw (error as? CourseError) ?? CourseError("could not write '\(target.path)': \(error.localizedDescription)")
        }
    }

    /// The folders holding `path`, outermost first: "a", "a/b" for "a/b/c.html".
    static func ancestors(of path: String) -> [String] {
        var folders: [String] = []
        var end = path.startIndex
        while let slash = path[end...].firstIndex(of: "/") {
            folders.append(String(path[..<slash]))
            end = path.index(after: slash)
        }
        return folders
    }

    /// Removes from a reused staging folder what the new output does not have:
    /// folders first (with all they hold), then files in the folders that stay.
    static func removeStale(_ reused: FolderInventory, keeping files: Set<String>, folders: Set<String>, in staging: String) {
        for folder in reused.folders.subtracting(folders) { FolderRemover.removeTree(staging + "/" + folder) }
        for file in reused.files.subtracting(files) { unlink(staging + "/" + file) }
    }

    /// Files of at least `linkSize` bytes whose bytes equal an earlier file's, with that
    /// file's path, apart from the rest. The whole output is swapped in and never edited
    /// in place, so two names for one file cannot diverge.
    static let linkSize = 1 << 20

    static func sameBytes(_ files: [OutputFile]) -> (unique: [OutputFile], copies: [(OutputFile, String)]) {
        var unique: [OutputFile] = []
        var copies: [(OutputFile, String)] = []
        var large: [Int: [OutputFile]] = [:]
        for file in files {
            let n = file.data.count
            if n >= linkSize, let original = large[n]?.first(where: { $0.data == file.data }) {
                copies.append((file, original.path))
                continue
            }
            if n >= linkSize { large[n, default: []].append(file) }
            unique.append(file)
        }
        return (unique, copies)
    }

    /// The files of a previous output under `output`, except those whose path starts
    /// with one of `prefixes`: what `build --only` keeps. Symbolic links are not followed.
    static func previousFiles(in output: URL, except prefixes: [String]) -> [OutputFile] {
        let root = output.standardizedFileURL.resolvingSymlinksInPath()
        guard let walker = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [OutputFile] = []
        for case let path as String in walker where !prefixes.contains(where: { path == $0 || path.hasPrefix($0) }) {
            let url = root.appendingPathComponent(path)
            guard let kind = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
                kind == .typeRegular, let data = FileManager.default.contents(atPath: url.path)
            else { continue }
            files.append(OutputFile(path, data: data))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Swaps two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`),
    /// so the output folder is never missing; false where that is not supported.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let atCWD: Int32 = -100, renameExchange: UInt32 = 1 << 1
        return renameat2(atCWD, a, atCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// Removes the staging and old folders that builds killed before they could
    /// clean up left beside `target`; if one had moved the previous output aside
    /// and died before putting the new one in place, puts the previous one back.
    static func recoverFromDeadBuilds(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let name = target.lastPathComponent
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            for kind in ["building", "old"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid(),
                    kill(pid, 0) != 0, errno == ESRCH
                else { continue }
                let path = parent.appendingPathComponent(entry).path
                if kind == "old", !FileManager.default.fileExists(atPath: target.path) {
                    try? FileManager.default.moveItem(atPath: path, toPath: target.path)
                } else {
                    FolderRemover.removeTree(path)
                }
            }
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
