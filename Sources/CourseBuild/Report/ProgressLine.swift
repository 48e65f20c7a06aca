import Foundation

/// One line on a terminal's standard error that says what a long build is
/// doing, rewritten in place as stages start and cleared at the end.
public enum ProgressLine {
    @Sendable public static func show(_ stage: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[2Kbuilding: \(stage)…".utf8))
    }

    public static func clear() {
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}
