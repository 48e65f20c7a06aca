import Foundation

/// Where a link or image destination written in a chapter points.
enum LinkTarget: Equatable, Sendable {
    case external(String)
    case samePage(fragment: String)
    case chapter(index: Int, fragment: String?)
    case objective(String)
    case term(String)
    /// A file of the course (an image, a PDF), course-relative.
    case asset(String)
    case outside
    case broken(reason: String, hint: String?)
}

extension CourseIndex {
    /// Resolves a destination as SPEC §1 says: against the chapter's own folder
    /// first, then the course root.
    func resolve(_ destination: String, from chapterIndex: Int) -> LinkTarget {
        let dest = destination.trimmingBlanks()
        if dest.hasPrefix("objective:") { return .objective(String(dest.dropFirst("objective:".count))) }
        if dest.hasPrefix("term:") { return .term(String(dest.dropFirst("term:".count))) }
        if dest.hasPrefix("#") { return resolveFragment(String(dest.dropFirst()), chapter: chapterIndex, samePage: true) }
        if dest.isEmpty { return .broken(reason: "the link has no destination", hint: nil) }
        if let scheme = Self.scheme(of: dest) { return scheme == "file" ? .outside : .external(dest) }
        if dest.hasPrefix("/") || dest.hasPrefix("\\") { return .outside }

        let (rawPath, fragment, candidates) = Self.candidates(for: dest, from: course.chapters[chapterIndex].path)
        guard candidates.contains(where: { $0 != nil }) else { return .outside }
        for case let path? in candidates {
            if let index = chapterByPath[path] {
                return fragment.map { resolveFragment($0, chapter: index, samePage: false) } ?? .chapter(index: index, fragment: nil)
            }
            if assets.contains(path) || course.linkedPaths[path] == .file { return .asset(path) }
        }
        if let path = candidates.compactMap({ $0 }).first, course.linkedPaths[path] == .outside { return .outside }
        let known = Array(chapterByPath.keys) + course.assetFiles
        let near = NearMiss.suggest(rawPath, among: known).map { "did you mean '\($0)'?" }
        return .broken(reason: Self.noSuchPath(rawPath), hint: near)
    }

    private func resolveFragment(_ fragment: String, chapter: Int, samePage: Bool) -> LinkTarget {
        let ids = headings[chapter].map(\.id)
        guard ids.contains(fragment) else {
            let near = NearMiss.suggest(fragment, among: ids).map { "did you mean '#\($0)'?" }
            return .broken(
                reason: "there is no heading '#\(fragment)' in '\(course.chapters[chapter].path)'", hint: near)
        }
        return samePage ? .samePage(fragment: fragment) : .chapter(index: chapter, fragment: fragment)
    }

    /// Why a path is broken, as a sentence.
    static func noSuchPath(_ path: String) -> String { "'\(path)' is not a chapter or file of the course" }

    /// Whether `dest` names a path in the course, rather than a scheme, a fragment or an absolute path.
    static func isCoursePath(_ dest: String) -> Bool {
        let dest = dest.trimmingBlanks()
        return !dest.isEmpty && !dest.hasPrefix("#") && !dest.hasPrefix("/") && !dest.hasPrefix("\\") && scheme(of: dest) == nil
    }

    /// A relative destination's path (percent-decoded), its fragment, and the
    /// course-relative paths it may name: against the chapter's folder, then the
    /// root (nil where a path climbs above the root). Foundation only where
    /// needed (a `%` to decode): it ran for every link, in load and in resolve.
    static func candidates(for dest: String, from chapterPath: String) -> (path: String, fragment: String?, candidates: [String?]) {
        let parts = dest.trimmingBlanks().split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let rawPath = parts[0].utf8.contains(UInt8(ascii: "%")) ? String(parts[0]).removingPercentEncoding ?? String(parts[0]) : String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        // NSString's deletingLastPathComponent up to what `normalise` folds anyway (repeated slashes).
        var file = chapterPath.utf8[...]
        while file.count > 1, file.last == UInt8(ascii: "/") { file.removeLast() }
        let chapterDir = file.lastIndex(of: UInt8(ascii: "/")).map { String(chapterPath[..<$0]) } ?? ""
        return (rawPath, fragment, [normalise(chapterDir.isEmpty ? rawPath : chapterDir + "/" + rawPath), normalise(rawPath)])
    }

    /// The URL scheme (`https`, `mailto`), lower-cased, when `dest` starts with one.
    static func scheme(of dest: String) -> String? {
        guard let colon = dest.firstIndex(of: ":"), let first = dest.first, first.isASCII, first.isLetter else { return nil }
        let name = dest[..<colon]
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) else { return nil }
        return name.lowercased()
    }

    /// Folds `.` and `..` in a course-relative path; nil when it climbs above the root.
    /// Split at the byte '/' (as NSString does), not by Character: that was most of resolving a link.
    static func normalise(_ path: String) -> String? {
        var parts: [Substring] = []
        for part in path.utf8.split(separator: UInt8(ascii: "/")).map(Substring.init) {
            if part == "." || part.isEmpty { continue }
            if part == ".." {
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        return parts.joined(separator: "/")
    }
}
