extension StringProtocol {
    /// Without leading and trailing whitespace or newlines. Foundation's
    /// `trimmingCharacters(in:)` bridges to NSString on Linux, which made it
    /// a tenth of a large course's parse time.
    func trimmingWhitespace() -> String { trimming { $0.properties.isWhitespace } }

    /// Without leading and trailing blanks: the scalars of Foundation's
    /// `CharacterSet.whitespaces` (see `isBlank`), without its bridge to NSString
    /// (tens of thousands of instructions a call, for every table cell and link).
    func trimmingBlanks() -> String { trimming(\.isBlank) }

    private func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }), let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}

extension Unicode.Scalar {
    /// In Foundation's `CharacterSet.whitespaces` on Linux: tab, the space
    /// separators and U+200B ZERO WIDTH SPACE (CoreFoundation's definition).
    var isBlank: Bool {
        switch value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
