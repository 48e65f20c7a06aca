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
