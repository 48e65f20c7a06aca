/// Text made from scalars through a buffer of UTF-8 bytes: appending scalars one
/// by one to a `String.UnicodeScalarView` cost about 360 instructions a scalar
/// (two thirds of quoting a finding under its message, most of spelling out a
/// sentence's words).
extension Array where Element == UInt8 {
    /// `scalar`'s UTF-8 bytes; ASCII, nearly every scalar of a course, as one byte.
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        if scalar.isASCII { append(UInt8(truncatingIfNeeded: scalar.value)) } else { UTF8.encode(scalar) { append($0) } }
    }
}

extension String {
    init(scalars: some Sequence<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { bytes.appendUTF8(scalar) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}

/// Scans over a string's UTF-8 bytes by offset: the byte loops of the parse, resolve
/// and claims stages step integers, and make string indices only where they cut.
extension String {
    /// `body` over the text's UTF-8 bytes in place. `withUTF8` is mutating only to make
    /// a bridged string contiguous; the copy taken for it shares a native string's storage.
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        var text = self
        return try text.withUTF8(body)
    }

    /// The index `offset` UTF-8 bytes from the start (constant time for a native string).
    func index(utf8Offset offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
}
