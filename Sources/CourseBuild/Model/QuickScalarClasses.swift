extension Unicode.Scalar {
    /// `properties.isWhitespace` with ASCII (tab to carriage return, and space)
    /// decided without the property look-up that dominated the scanners.
    @inline(__always) var isWhitespaceQuick: Bool {
        isASCII ? self == " " || ("\t"..."\r").contains(self) : properties.isWhitespace
    }
}
