/// 64-bit FNV-1a, one value at a time: cheap for the short words the glossary matcher, the claims vocabulary
/// and the learned layer's features hash, each of which feeds it bytes or scalars of its own choosing.
enum FNV1a {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325

    static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 { (hash ^ value) &* 0x0000_0100_0000_01B3 }
}
