import Foundation

/// One file of the output, path relative to the output folder. Renderers
/// return these; only the writer touches the disk.
public struct OutputFile: Sendable {
    public var path: String
    public var data: Data

    public init(_ path: String, _ text: String) {
        self.path = path
        self.data = Data(text.utf8)
    }

    public init(_ path: String, data: Data) {
        self.path = path
        self.data = data
    }
}
