extension Unicode.Scalar {
    /// `properties.isWhitespace` with ASCII (tab to carriage return, and space)
    /// decided without the property look-up that dominated the scanners.
    @inline(__always) var isWhitespaceQuick: Bool {
        isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace
    }

    /// `properties.isAlphabetic` with ASCII letters decided by range.
    @inline(__always) var isAlphabeticQuick: Bool {
        isASCII ? ("a"..."z").contains(self) || ("A"..."Z").contains(self) : properties.isAlphabetic
    }

    /// `properties.isUppercase` with ASCII capitals decided by range.
    @inline(__always) var isUppercaseQuick: Bool {
        isASCII ? ("A"..."Z").contains(self) : properties.isUppercase
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
