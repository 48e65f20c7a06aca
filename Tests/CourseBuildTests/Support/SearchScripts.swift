import Foundation
import ZIPFoundation

/// The site's search index as search.js sees it once every shard has loaded.
enum SearchScripts {
    /// The manifest's JSON, its `sections` filled from the shards it names, in order.
    static func read(siteAt site: URL) throws -> [String: Any] {
        var index = try json(site.appendingPathComponent("search-index.js"), prefix: "window.coursebuildSearch = ") as? [String: Any] ?? [:]
        var sections: [Any] = []
        for (k, shard) in (index["shards"] as? [String] ?? []).enumerated() {
            let packed = try json(site.appendingPathComponent(shard), prefix: "window.coursebuildSearch.sections[\(k)] = ") as? String ?? ""
            sections += try JSONSerialization.jsonObject(with: unpacked(packed)) as? [Any] ?? []
        }
        index["sections"] = sections
        return index
    }

    /// A shard's JSON, as search.js's `unpack` reads it: base64, then raw inflate.
    static func unpacked(_ packed: String) throws -> Data {
        guard let deflated = Data(base64Encoded: packed) else { throw CocoaError(.fileReadCorruptFile) }
        var json = Data()
        _ = try Data.decompress(size: Int64(deflated.count), bufferSize: 1 << 16, skipCRC32: true,
                                provider: { position, size in deflated.subdata(in: Int(position)..<min(Int(position) + size, deflated.count)) },
                                consumer: { json.append($0) })
        return json
    }

    /// The JSON a script assigns: `prefix` then the value, then `;`.
    static func json(_ script: URL, prefix: String) throws -> Any {
        let text = try String(contentsOf: script, encoding: .utf8)
        guard text.hasPrefix(prefix) else { throw CocoaError(.fileReadCorruptFile) }
        let value = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
        return try JSONSerialization.jsonObject(with: Data(value.utf8), options: .fragmentsAllowed)
    }
}
