import Foundation

/// The site's search index, as scripts that assign a global, so that search.js
/// finds it from file:// as well as from a server (a fetch of JSON fails from
/// file://). `search-index.js` is the small part every search needs:
/// `window.coursebuildSearch = {"pages": [[href, title]], "shards": [file], "sections": []}`.
/// The sections' text is in shards of consecutive chapters, `search/1.js`, …,
/// each under `shardBytes` of JSON, each setting `coursebuildSearch.sections[k]`
/// to its `[page, fragment, heading, text]` arrays (fragment and heading empty
/// for the text before a chapter's first heading), deflated and in base64; the
/// glossary's terms end the last. search.js loads the shards when the first
/// query is made, inflates them, and shows results as they arrive: one 18.8 MB
/// script at 1,000 chapters had to load whole before the search page answered
/// anything.
///
/// Compact: no field names per entry, only arrays, and deflated: prose deflates
/// to about a third (the benchmark's generated prose to an eighth), so with
/// base64 a shard is a sixth to a half of its JSON. Written directly:
/// JSONEncoder took half a second over a large course's 18 MB.
enum SearchIndex {
    static let shardBytes = 1_000_000
    static let manifest = "search-index.js"

    static func shardFile(_ number: Int) -> String { "search/\(number).js" }

    /// The manifest, then the shards, paths relative to `site/`. In `serve` (`memo`), an edit
    /// quotes again only its chapter's entries and deflates again only the shard whose JSON
    /// changed: remaking the whole index was most of a one-chapter rebuild at 1,000 chapters.
    static func files(_ index: CourseIndex, _ facts: [ChapterFacts], shardBytes: Int = shardBytes, memo: RebuildMemo? = nil) throws -> [OutputFile] {
        let course = index.course
        var pages = course.chapters.map { c in
            "[" + JSONText.quoted("chapters/\(c.slug).html") + "," + JSONText.quoted("Chapter \(c.number). \(c.title)") + "]"
        }
        // Each chapter's sections as one run of entries; the glossary's terms as one more.
        var runs = course.chapters.indices.map { i in
            memo.reuse("search/run/\(i)", inputs: { PageInputs.ownChapter(i, $0) }) {
                facts[i].searchSections.map { entry(page: i, fragment: $0.id ?? "", heading: $0.title ?? "", text: $0.text) }
            }
        }
        if !course.glossary.isEmpty {
            pages.append("[\"glossary.html\",\"Glossary\"]")
            runs.append(memo.reuse("search/glossary", inputs: { PageInputs.outline($0) }) {
                course.glossary.map { term in
                    let name = term.aliases.isEmpty ? term.term : "\(term.term) (\(term.aliases.joined(separator: ", ")))"
                    return entry(page: course.chapters.count, fragment: "term-" + term.id, heading: name, text: term.definition)
                }
            })
        }
        let shards = SizeBudget.runs(runs.map { $0.reduce(0) { $0 + $1.utf8.count + 2 } }, budget: shardBytes)
        let names = shards.indices.map { shardFile($0 + 1) }
        let manifest = "window.coursebuildSearch = {\"pages\":[" + pages.joined(separator: ",")
            + "],\n\"shards\":[" + names.map(JSONText.quoted).joined(separator: ",") + "],\"sections\":[]};\n"
        return try [OutputFile(Self.manifest, manifest)] + zip(shards.indices, shards).map { k, shard in
            let json = "[\n" + runs[shard].flatMap { $0 }.joined(separator: ",\n") + "]"
            // Keyed by the JSON itself: equal text packs to equal bytes.
            let base64: String = try memo.reuse("search/shard/\(k)", inputs: { _ in AnyHashable(json) }) { try packed(json) }
            return OutputFile(names[k], "window.coursebuildSearch.sections[\(k)] = \"\(base64)\";\n")
        }
    }

    /// A shard's JSON as search.js reads it: deflated, then base64 (a script's string). zlib's
    /// default level: a shard is written once and read by every search (0.26 s for 18 MB).
    static func packed(_ json: String) throws -> String {
        try ZipArchive.deflated(Data(json.utf8), level: 6).base64EncodedString()
    }

    private static func entry(page: Int, fragment: String, heading: String, text: String) -> String {
        var entry = "[\(page),"
        JSONText.quote(fragment, into: &entry)
        entry += ","
        JSONText.quote(heading, into: &entry)
        entry += ","
        JSONText.quote(text, into: &entry)
        return entry + "]"
    }
}
