import Foundation

/// The `load` and `parse` stages: reads the course folder (and nothing
/// outside it) into a `Course`. Content problems become diagnostics; only a
/// folder that is not a course at all throws.
enum CourseLoader {
    static func load(path: String, cache: RebuildCache? = nil) throws -> (Course, [Diagnostic]) {
        let folder = CourseFolder(path: path)
        let configFile = "course.yml"
        guard folder.isDirectory(".") else { throw CourseError("'\(path)' is not a folder") }
        guard folder.exists(configFile) || folder.isDirectory(configFile) else {
            throw CourseError("'\(path)' is not a course: it has no course.yml")
        }
        let configData: Data
        switch folder.read(configFile) {
        case .success(let data): configData = data
        case .failure(let why): throw CourseError("'\(path)/\(configFile)' \(why.description)")
        }
        var diagnostics: [Diagnostic] = []
        func text(_ data: Data, _ file: String) -> String? {
            if let s = String(data: data, encoding: .utf8) { return s }
            diagnostics.append(notUTF8(file, data))
            return nil
        }

        var config = CourseConfig()
        var unreadable = Unreadable()
        let configText = text(configData, configFile)
        if let configText {
            let read = { CourseConfigReader.read(configText, file: configFile) }
            let (c, d) = cache?.parse(sideFile: configFile, text: configText, read) ?? read()
            config = c
            diagnostics += d
        }
        unreadable.config = !config.readable || configText == nil
        if unreadable.config, let i = diagnostics.firstIndex(where: { $0.range.file == configFile }) {
            diagnostics[i].notes.append(.init("until course.yml can be read, only the files' own syntax is checked"))
        }

        let chapterFiles = chapterList(config, folder, configFile, &diagnostics)
        // The bibliography is one file: read it beside the chapters, not after them.
        let bibliographyResult = LockedValue<BibliographyRead>(BibliographyRead())
        let bibliographyTask = DispatchWorkItem { bibliographyResult.value = readBibliography(folder, cache: cache) }
        DispatchQueue.global().async(execute: bibliographyTask)
        let parsed = chapterFiles.enumerated().concurrentMap { index, file -> (Chapter?, [Diagnostic]) in
            let read = { chapterText(file, number: index + 1, folder) }
            switch cache?.text(of: file, in: folder, read) ?? read() {
            case .failure(let unreadable): return (unreadable.chapter, unreadable.diagnostics)
            case .success(let body):
                let parse = { ChapterParser.parse(path: file, text: body, number: index + 1) }
                return cache?.parse(path: file, text: body, number: index + 1, parse) ?? parse()
            }
        }
        var chapters: [Chapter] = []
        for (chapter, d) in parsed {
            if let chapter { chapters.append(chapter) }
            diagnostics += d
            for syntax in d where syntax.message.hasPrefix(YAMLReader.syntaxErrorPrefix) || syntax.message.contains("never closed") {
                if syntax.rule == .frontmatterInvalid { unreadable.frontMatter.insert(syntax.range.file) }
                if syntax.rule == .quizInvalid { unreadable.quizzes.insert(syntax.range.file) }
            }
        }

        var glossary: [GlossaryTerm] = []
        let glossaryFile = folder.exists("glossary.yml") ? "glossary.yml" : nil
        if let file = glossaryFile {
            let contents = folder.read(file)
            if case .failure(let why) = contents {
                diagnostics.append(unreadableFile(file, why))
                unreadable.glossary = true
            } else if case .success(let data) = contents, let t = text(data, file) {
                let read = { GlossaryReader.read(t, file: file) }
                let (terms, d) = cache?.parse(sideFile: file, text: t, read) ?? read()
                glossary = terms
                diagnostics += d
                unreadable.glossary = GlossaryReader.isUnreadable(d)
            } else {
                unreadable.glossary = true
            }
        }

        bibliographyTask.wait()
        let bibliographyRead = bibliographyResult.value
        let bibliography = bibliographyRead.entries
        diagnostics += bibliographyRead.diagnostics
        unreadable.bibliography = bibliographyRead.unreadable
        unreadable.citationKeys = bibliographyRead.brokenKeys.subtracting(bibliography.map(\.key))

        let assetFiles = folder.files(under: "assets")
        if let cover = config.cover,
            !assetFiles.contains(cover.path) || EPUBBuilder.mediaTypes[(cover.path as NSString).pathExtension.lowercased()] == nil
        {
            diagnostics.append(Diagnostic(.error, rule: .configInvalid, "cover '\(cover.path)' is not an image in assets/", at: cover.range,
                hint: "name a PNG, JPEG, GIF, SVG or WebP file under assets/, or remove 'cover:' to have one drawn from the title"))
        }
        let notices = readRetractions(config.lint, bibliography, folder, &diagnostics)
        let course = Course(
            folder: folder, config: config, configFile: configFile, chapters: chapters, glossary: glossary,
            glossaryFile: glossaryFile, bibliography: bibliography, theme: loadTheme(folder),
            assetFiles: assetFiles, assetData: assetFiles.reduce(into: [:]) { $0[$1] = folder.data($1) },
            linkedPaths: linkedPaths(chapters, folder, cache: cache), retractionNotices: notices,
            newestSourceDate: newestDate(of: [configFile] + chapterFiles + [glossaryFile].compactMap { $0 }, in: folder),
            unreadable: unreadable)
        return (course, diagnostics)
    }

    /// A chapter file that cannot be read as text: what to report, and the empty chapter that stands in when it is not UTF-8.
    struct UnreadableChapter: Error {
        var chapter: Chapter?
        var diagnostics: [Diagnostic]
    }

    private static func chapterText(_ file: String, number: Int, _ folder: CourseFolder) -> Result<String, UnreadableChapter> {
        let data: Data
        switch folder.read(file) {
        case .success(let d): data = d
        case .failure(let why): return .failure(UnreadableChapter(diagnostics: [unreadableFile(file, why)]))
        }
        guard let body = String(data: data, encoding: .utf8) else {
            return .failure(UnreadableChapter(
                chapter: ChapterParser.parse(path: file, text: "", number: number).0,
                diagnostics: [Diagnostic(.error, rule: .frontmatterInvalid, notUTF8Message(file, data),
                    at: SourceRange(file: file, line: invalidUTF8Position(data).line), hint: "save the file as UTF-8")]))
        }
        return .success(body)
    }

    /// What the disk holds at every path a chapter's links and images may name.
    /// The disk is asked again each time; the paths, in `serve`, only for edited chapters.
    private static func linkedPaths(_ chapters: [Chapter], _ folder: CourseFolder, cache: RebuildCache?) -> [String: PathStatus] {
        var paths: Set<String> = []
        for chapter in chapters {
            paths.formUnion(cache.derived("linked paths", from: chapter) { linkedPaths(of: chapter) })
        }
        return paths.reduce(into: [:]) { status, path in
            status[path] = folder.status(of: path)
        }
    }

    /// The course paths a chapter's links and images may name.
    private static func linkedPaths(of chapter: Chapter) -> [String] {
        var paths: [String] = []
        chapter.blocks.forEachInline { inline, _ in
            let destination: String
            switch inline.kind {
            case .link(let d, _, _), .image(let d, _, _): destination = d
            default: return
            }
            guard CourseIndex.isCoursePath(destination) else { return }
            paths += CourseIndex.candidates(for: destination, from: chapter.path).candidates.compactMap { $0 }
        }
        return paths
    }

    /// The notices of the `lint: retractions:` file about the bibliography's identifiers.
    private static func readRetractions(
        _ lint: LintSettings, _ bibliography: [BibEntry], _ folder: CourseFolder, _ diagnostics: inout [Diagnostic]
    ) -> [String: [RetractionNotice]] {
        guard let (path, range) = lint.retractions else { return [:] }
        let wanted = Set(bibliography.flatMap { [$0.doi.flatMap(RetractionWatchReader.key(doi:)), $0.pmid.flatMap(RetractionWatchReader.key(pmid:))] }
            .compactMap { $0 })
        let result: Result<[String: [RetractionNotice]], CourseError>
        var hint: String?
        if !folder.contains(path) {
            result = .failure(CourseError("is outside the course folder"))
        } else if let data = folder.mapped(path) {
            result = RetractionWatchReader.read(data, wanted: wanted)
        } else {
            result = .failure(CourseError("does not exist"))
            hint = "download Crossref's Retraction Watch CSV into the course folder (see the README)"
        }
        switch result {
        case .success(let notices): return notices
        case .failure(let error):
            diagnostics.append(Diagnostic(.error, rule: .configInvalid, "cannot check retractions: '\(path)' \(error.description)",
                                          at: range, hint: hint))
            return [:]
        }
    }

    /// The newest modification date of the files, to the second.
    private static func newestDate(of paths: [String], in folder: CourseFolder) -> Date {
        paths.compactMap(folder.modified).max() ?? Date(timeIntervalSince1970: 0)
    }

    /// What the bibliography files gave, and what of them could not be read.
    struct BibliographyRead: Sendable {
        var entries: [BibEntry] = []
        var diagnostics: [Diagnostic] = []
        /// Keys of BibTeX entries a syntax error dropped.
        var brokenKeys: Set<String> = []
        /// A file gave nothing at all: not UTF-8, or not JSON.
        var unreadable = false
    }

    /// references.bib and references.json, where present.
    private static func readBibliography(_ folder: CourseFolder, cache: RebuildCache?) -> BibliographyRead {
        var result = BibliographyRead()
        let parsers: [(file: String, parse: (String, String) -> BibliographyRead)] = [
            ("references.bib", { text, file in
                let read = BibTeXParser.parseKeepingBrokenKeys(text, file: file)
                return BibliographyRead(entries: read.entries, diagnostics: read.diagnostics, brokenKeys: read.brokenKeys)
            }),
            ("references.json", { text, file in
                let read = CSLJSONParser.parse(text, file: file)
                return BibliographyRead(entries: read.entries, diagnostics: read.diagnostics,
                                        unreadable: read.entries.isEmpty && !read.diagnostics.isEmpty)
            }),
        ]
        for (file, parse) in parsers where folder.exists(file) {
            let data: Data
            switch folder.read(file) {
            case .success(let d): data = d
            case .failure(let why):
                result.diagnostics.append(unreadableFile(file, why))
                result.unreadable = true
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                result.diagnostics.append(notUTF8(file, data))
                result.unreadable = true
                continue
            }
            let read = cache?.parse(sideFile: file, text: text) { parse(text, file) } ?? parse(text, file)
            // One file's entries keep the parsed array's storage, so a rebuild compares them at once.
            result.entries = result.entries.isEmpty ? read.entries : result.entries + read.entries
            result.diagnostics += read.diagnostics
            result.brokenKeys.formUnion(read.brokenKeys)
            result.unreadable = result.unreadable || read.unreadable
        }
        return result
    }

    /// A file the course names that cannot be read (no permission, not a regular file).
    static func unreadableFile(_ file: String, _ why: CourseError) -> Diagnostic {
        Diagnostic(.error, rule: .configInvalid, "'\(file)' \(why.description)", at: SourceRange(file: file, line: 1),
                   hint: why.description.hasPrefix("cannot be read") ? "make the file readable (chmod a+r '\(file)')" : "replace it with a text file")
    }

    static func notUTF8(_ file: String, _ data: Data) -> Diagnostic {
        Diagnostic(.error, rule: .configInvalid, notUTF8Message(file, data),
            at: SourceRange(file: file, line: invalidUTF8Position(data).line), hint: "save the file as UTF-8")
    }

    /// Says where: the range keeps column 1 so that this root cause sorts
    /// before the findings it causes on the same line.
    static func notUTF8Message(_ file: String, _ data: Data) -> String {
        let at = invalidUTF8Position(data)
        return "'\(file)' is not valid UTF-8 text: the first bad byte is character \(at.column) of line \(at.line)"
    }

    /// Where the first byte that is not UTF-8 stands: its line, and its column
    /// in characters, so the author can find it.
    static func invalidUTF8Position(_ data: Data) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var bytes = data.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) {
            if scalar.count == 1, scalar.first == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    /// The chapter files in order: as course.yml lists them, or chapters/*.md by name.
    private static func chapterList(
        _ config: CourseConfig, _ folder: CourseFolder, _ configFile: String, _ diagnostics: inout [Diagnostic]
    ) -> [String] {
        let markdown = folder.files(under: "chapters").filter { $0.hasSuffix(".md") }
        guard let listed = config.chapterPaths else {
            let built = markdown.filter { !$0.dropFirst(9).contains("/") }
            if config.readable { diagnostics += unbuilt(markdown, built: built, listing: false) }
            return built
        }
        let listedPaths = Set(listed.map { $0.path.hasPrefix("./") ? String($0.path.dropFirst(2)) : $0.path })
        let unlisted = markdown.filter { !listedPaths.contains($0) }
        var seen: [String: Int] = [:]
        var result: [String] = []
        for (raw, line) in listed {
            let path = raw.hasPrefix("./") ? String(raw.dropFirst(2)) : raw
            let at = SourceRange(file: configFile, line: line)
            let status = folder.status(of: path)
            if status == .outside {
                diagnostics.append(
                    Diagnostic(.error, rule: .linksOutsideCourse, "chapter '\(raw)' is outside the course folder", at: at))
            } else if let first = seen[path] {
                diagnostics.append(
                    Diagnostic(.error, rule: .configInvalid, "chapter '\(raw)' is listed twice", at: at,
                        notes: [.init("first listed here", at: SourceRange(file: configFile, line: first))]))
            } else if status != .file {
                // The likeliest meant is a Markdown file course.yml does not list yet.
                let near = NearMiss.suggest(path, among: unlisted) ?? (unlisted.count == 1 ? unlisted.first : nil)
                    ?? NearMiss.suggest(path, among: folder.files(under: "chapters").filter { !listedPaths.contains($0) })
                diagnostics.append(
                    Diagnostic(.error, rule: .configInvalid, "chapter file '\(raw)' does not exist", at: at,
                        hint: near.map { "did you mean '\($0)'?" }))
            } else {
                seen[path] = line
                result.append(path)
            }
        }
        diagnostics += unbuilt(markdown, built: result, listing: true)
        return result
    }

    /// A warning at each Markdown file under chapters/ that the build leaves out.
    private static func unbuilt(_ markdown: [String], built: [String], listing: Bool) -> [Diagnostic] {
        let built = Set(built)
        return markdown.filter { !built.contains($0) }.map { file in
            Diagnostic(
                .warning, rule: .configUnlistedChapter,
                listing ? "'\(file)' is not listed in course.yml's chapters, so it is not built"
                    : "'\(file)' is in a subfolder of chapters/, so it is not built",
                at: SourceRange(file: file, line: 1),
                hint: listing ? "add it to 'chapters:' in course.yml, or move it out of chapters/"
                    : "move it into chapters/, or list the chapters in course.yml")
        }
    }

    /// The course's own templates/ where present, the built-in theme for the rest.
    private static func loadTheme(_ folder: CourseFolder) -> Theme {
        var theme = DefaultTheme.theme
        for file in folder.files(under: "templates") {
            guard let data = folder.data(file), let text = String(data: data, encoding: .utf8) else { continue }
            let name = String(file.dropFirst("templates/".count))
            if name.hasSuffix(".mustache") {
                theme.templates[name.replacingSuffix(".mustache", with: "")] = text
            } else {
                theme.files[name] = text
            }
        }
        return theme
    }
}
