extension StringProtocol {
    /// Without leading and trailing whitespace or newlines. Foundation's
    /// `trimmingCharacters(in:)` bridges to NSString on Linux, which made it
    /// a tenth of a large course's parse time.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
