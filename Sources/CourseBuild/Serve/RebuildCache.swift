import Foundation

/// What a rebuild can take from the one before: each chapter whose file is
/// unchanged, parsed, and its claims analyses. `coursebuild serve` keeps one
/// across rebuilds, so an edit re-parses and re-checks only its own chapter.
public final class RebuildCache: @unchecked Sendable {
    private let lock = NSLock()
    private var parsed: [String: (text: String, number: Int, result: (Chapter, [Diagnostic]))] = [:]
    private var sideFiles: [String: (text: String, result: Any)] = [:]
    private var claims: [String: (text: String, settings: ClaimsSettings, analyses: [SentenceAnalysis])] = [:]

    /// What besides the chapter's text the claims checker's verdict depends on.
    struct ClaimsSettings: Equatable {
        var scope: ClaimsScope
        var additions: ClaimsLexicon.Additions
        var keep: ClaimsStage.Keep
    }

    init() {}

    /// The chapter files the last build read, wherever course.yml put them: `serve` watches them.
    var chapterPaths: [String] { lock.withLock { Array(parsed.keys) } }

    func parse(path: String, text: String, number: Int, _ parse: () -> (Chapter, [Diagnostic])) -> (Chapter, [Diagnostic]) {
        if let hit = lock.withLock({ parsed[path] }), hit.text == text, hit.number == number { return hit.result }
        let result = parse()
        lock.withLock { parsed[path] = (text, number, result) }
        return result
    }

    /// The glossary or bibliography parsed from `text`, reused while the file is unchanged.
    func parse<Result>(sideFile name: String, text: String, _ parse: () -> Result) -> Result {
        if let hit = lock.withLock({ sideFiles[name] }), hit.text == text, let result = hit.result as? Result { return result }
        let result = parse()
        lock.withLock { sideFiles[name] = (text, result) }
        return result
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
