import Foundation

/// One file of the output, path relative to the output folder. Renderers
/// return these; only the writer touches the disk.
struct OutputFile: Sendable {
    var path: String
    var data: Data

    init(_ path: String, _ text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }

    init(_ path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
