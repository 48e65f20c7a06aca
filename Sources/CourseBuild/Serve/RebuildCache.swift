import Foundation

/// What a rebuild can take from the one before: each chapter whose file is
/// unchanged, parsed, and its claims analyses; and, in `memo`, what was made
/// from inputs that are unchanged (resolved chapters, pages). `coursebuild
/// serve` keeps one across rebuilds, so an edit re-parses, re-checks and
/// re-renders only what it changed.
public final class RebuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [String: (text: String, number: Int, result: (Chapter, [Diagnostic]), revision: Int)] = [:]
    private var sideFiles: [String: (text: String, result: Any)] = [:]
    /// Goes up with every parse: a chapter's revision, or the side files' when one of them was re-read.
    private var parses = 0
    private var sideFilesRevision = 0
    private var tracker = RevisionTracker()
    let memo = RebuildMemo()
    private var claims: [String: (text: String, settings: ClaimsSettings, analyses: [SentenceAnalysis])] = [:]
    private var derived: [String: (input: Any, value: Any)] = [:]
    private var texts: [String: (signature: FileSignature, readAt: Double, text: String)] = [:]

    /// What besides the chapter's text the claims checker's verdict depends on.
    struct ClaimsSettings: Equatable {
        var scope: ClaimsScope
        var model: Bool
        var additions: ClaimsLexicon.Additions
        var keep: ClaimsStage.Keep
    }

    init() {}

    /// The chapter files the last build read, wherever course.yml put them: `serve` watches them.
    var chapterPaths: [String] { lock.withLock { Array(parsed.keys) } }

    func parse(path: String, text: String, number: Int, _ parse: () -> (Chapter, [Diagnostic])) -> (Chapter, [Diagnostic]) {
        if let hit = lock.withLock({ parsed[path] }), hit.text == text, hit.number == number { return hit.result }
        let result = parse()
        lock.withLock {
            parses += 1
            parsed[path] = (text, number, result, parses)
        }
        return result
    }

    /// The glossary or bibliography parsed from `text`, reused while the file is unchanged.
    func parse<Result>(sideFile name: String, text: String, _ parse: () -> Result) -> Result {
        if let hit = lock.withLock({ sideFiles[name] }), hit.text == text, let result = hit.result as? Result { return result }
        let result = parse()
        lock.withLock {
            parses += 1
            sideFilesRevision = parses
            sideFiles[name] = (text, result)
        }
        return result
    }

    /// Starts a rebuild of the course `index` was made from: tells the memo what changed since the last one.
    func begin(_ index: CourseIndex) {
        let revisions = lock.withLock { () -> CourseRevisions in
            // A chapter the cache did not parse (not UTF-8) gets a number no other rebuild had.
            let chapters = index.course.chapters.map { chapter -> Int in
                // The chapter the cache handed out shares its text's storage: comparing is immediate.
                if let hit = parsed[chapter.path], hit.number == chapter.number, hit.result.0.source.text == chapter.source.text {
                    return hit.revision
                }
                parses += 1
                return parses
            }
            return tracker.update(index, chapters: chapters, sideFiles: sideFilesRevision)
        }
        memo.begin(revisions)
    }

    /// A chapter file's text as read before, while `stat` shows the file unchanged since; else `read()`'s.
    func text<Failure>(of file: String, in folder: CourseFolder, _ read: () -> Result<String, Failure>) -> Result<String, Failure> {
        // Taken before reading: a change made while the file is read shows next time.
        let signature = folder.signature(of: file), now = Date().timeIntervalSince1970
        if let signature, let hit = lock.withLock({ texts[file] }), hit.signature == signature, signature.isSettled(at: hit.readAt) {
            return .success(hit.text)
        }
        let result = read()
        if let signature, case .success(let text) = result { lock.withLock { texts[file] = (signature, now, text) } }
        return result
    }

    /// What `make` computes from `input` alone (a chapter's headings from its
    /// text, the citation formatter from the bibliography), reused while the
    /// input is equal: at once when it is the value the cache handed out before.
    func derived<Input: Equatable, T>(_ name: String, from input: Input, _ make: () -> T) -> T {
        if let hit = lock.withLock({ derived[name] }), hit.input as? Input == input, let value = hit.value as? T { return value }
        let value = make()
        lock.withLock { derived[name] = (input, value) }
        return value
    }

    func claims(for chapter: Chapter, settings: ClaimsSettings, _ analyse: () -> [SentenceAnalysis]) -> [SentenceAnalysis] {
        if let hit = lock.withLock({ claims[chapter.path] }), hit.text == chapter.source.text, hit.settings == settings {
            return hit.analyses
        }
        let analyses = analyse()
        lock.withLock { claims[chapter.path] = (chapter.source.text, settings, analyses) }
        return analyses
    }
}

extension Optional where Wrapped == RebuildCache {
    /// `make()`, or with a cache (in `serve`) what it made before from an equal input.
    func derived<Input: Equatable, T>(_ name: String, from input: Input, _ make: () -> T) -> T {
        guard let cache = self else { return make() }
        return cache.derived(name, from: input, make)
    }

    /// What `make` finds in a chapter's text alone, reused while the chapter at its path has the same text.
    func derived<T>(_ name: String, from chapter: Chapter, _ make: () -> T) -> T {
        derived(name + "/" + chapter.path, from: chapter.source.text, make)
    }
}
