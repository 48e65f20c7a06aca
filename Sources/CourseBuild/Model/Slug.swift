/// GitHub-style heading slugs: the one function every anchor comes from, so
/// links written by authors (`#the-rbc-test`) match the ids the renderer emits.
enum Slug {
    static func make(_ text: String) -> String {
        let slug = text.utf8.allSatisfy { $0 < 0x80 } ? asciiSlug(text) : unicodeSlug(text)
        return slug.isEmpty ? "section" : slug
    }

    /// The same rule as `unicodeSlug` on ASCII text, decided byte by byte: nearly
    /// every heading and glossary name is ASCII, and the Unicode property
    /// look-up cost more than the rest of the build's slugs together.
    private static func asciiSlug(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            switch lower {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                out.append(lower)
            case UInt8(ascii: " "): out.append(UInt8(ascii: "-"))
            default: break
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func unicodeSlug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " {
                out += "-"
            }
        }
        return out
    }
}

/// Hands out unique slugs within one page: a repeat gets -1, -2… as GitHub does.
struct SlugAllocator: Sendable {
    private var used: [String: Int] = [:]

    init(reserved: [String] = []) {
        for r in reserved { used[r] = 0 }
    }

    mutating func unique(for text: String) -> String {
        let base = Slug.make(text)
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var n = count + 1
        while used["\(base)-\(n)"] != nil { n += 1 }
        used[base] = n
        used["\(base)-\(n)"] = 0
        return "\(base)-\(n)"
    }
}
