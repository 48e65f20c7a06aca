import Foundation
import ZIPFoundation

/// Zips the EPUB bundle per OCF: `mimetype` first and stored, the rest
/// deflated, entries sorted and dated from one fixed time, so the same
/// source gives the same bytes.
enum EPUBZipper {
    static func zip(_ files: [OutputFile], modified: Date) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let ordered = files.filter { $0.path == "mimetype" } + files.filter { $0.path != "mimetype" }.sorted { $0.path < $1.path }
        for file in ordered {
            let data = file.data
            try archive.addEntry(
                with: file.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                permissions: 0o644, compressionMethod: file.path == "mimetype" ? .none : .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw CourseError("could not create the EPUB archive") }
        return bytes
    }
}
