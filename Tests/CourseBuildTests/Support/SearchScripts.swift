import Foundation

/// The site's search index as search.js sees it once every shard has loaded.
enum SearchScripts {
    /// The manifest's JSON, its `sections` filled from the shards it names, in order.
    static func read(siteAt site: URL) throws -> [String: Any] {
        var index = try json(site.appendingPathComponent("search-index.js"), prefix: "window.coursebuildSearch = ") as? [String: Any] ?? [:]
        var sections: [Any] = []
        for (k, shard) in (index["shards"] as? [String] ?? []).enumerated() {
            let prefix = "window.coursebuildSearch.sections[\(k)] = "
            sections += try json(site.appendingPathComponent(shard), prefix: prefix) as? [Any] ?? []
        }
        index["sections"] = sections
        return index
    }

    /// The JSON a script assigns: `prefix` then the value, then `;`.
    static func json(_ script: URL, prefix: String) throws -> Any {
        let text = try String(contentsOf: script, encoding: .utf8)
        guard text.hasPrefix(prefix) else { throw CocoaError(.fileReadCorruptFile) }
        let value = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
        return try JSONSerialization.jsonObject(with: Data(value.utf8))
    }
}
