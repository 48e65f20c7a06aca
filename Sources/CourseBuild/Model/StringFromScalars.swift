extension String {
    /// Scalars as a string, through their UTF-8 bytes: appending them one by one to a
    /// `String.UnicodeScalarView` cost about 360 instructions a scalar (two thirds of
    /// quoting a finding under its message).
    init(scalars: some Sequence<Unicode.Scalar>) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
