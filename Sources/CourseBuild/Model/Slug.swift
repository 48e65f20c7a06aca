/// GitHub-style heading slugs: the one function every anchor comes from, so
/// links written by authors (`#the-rbc-test`) match the ids the renderer emits.
enum Slug {
    static func make(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_" {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " {
                out += "-"
            }
        }
        return out.isEmpty ? "section" : out
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
