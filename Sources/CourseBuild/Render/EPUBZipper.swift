import Foundation

/// Zips the EPUB bundle per OCF: `mimetype` first and stored, the rest
/// deflated, entries sorted and dated from one fixed time, so the same
/// source gives the same bytes.
enum EPUBZipper {
    static func zip(_ files: [OutputFile], modified: Date) throws -> Data {
        let ordered = files.filter { $0.path == "mimetype" } + files.filter { $0.path != "mimetype" }.sorted { $0.path < $1.path }
        let entries = ordered.map { ZipArchive.Entry(path: $0.path, data: $0.data, deflate: $0.path != "mimetype") }
        return try ZipArchive.make(entries, modified: modified)
    }
}
