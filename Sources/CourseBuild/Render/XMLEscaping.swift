import Foundation

/// Escaping for text and attribute values put into XHTML: the one function
/// every piece of author text passes through on its way into a page.
enum XML {
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x40 && isSpecial[Int($0)] }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 32)
        escape(text, into: &out)
        return out
    }

    /// Appends `text` escaped: runs without specials are copied whole. The
    /// five specials are ASCII, so cutting at them never splits a character.
    static func escape<S: StringProtocol>(_ text: S, into out: inout String) {
        let bytes = text.utf8
        var run = bytes.startIndex
        var i = run
        while i < bytes.endIndex {
            let byte = bytes[i]
            if byte < 0x40, isSpecial[Int(byte)] {
                out += text[run..<i]
                switch byte {
                case UInt8(ascii: "&"): out += "&amp;"
                case UInt8(ascii: "<"): out += "&lt;"
                case UInt8(ascii: ">"): out += "&gt;"
                case UInt8(ascii: "\""): out += "&quot;"
                default: out += "&#39;"
                }
                run = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        out += text[run..<bytes.endIndex]
    }

    private static let isSpecial: [Bool] = (0..<0x40).map { "&<>\"'".utf8.contains(UInt8($0)) }

    /// A URL made fit for `href`/`src` as cmark (and CommonMark's examples) do:
    /// bytes outside a small safe set (spaces, `\\`, backtick, `[`, `]`, `"`,
    /// controls, and every byte of non-ASCII characters such as NBSP) are
    /// percent-encoded; existing `%XX` escapes are kept. The result still needs
    /// `escape` for the attribute (`&`, `'`).
    static func percentEncodeURL(_ url: String) -> String {
        guard url.utf8.contains(where: { !isSafeInURL[Int($0)] }) else { return url }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(url.utf8.count + 16)
        for b in url.utf8 {
            if isSafeInURL[Int(b)] {
                bytes.append(b)
            } else {
                bytes += [UInt8(ascii: "%"), hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// cmark's HREF_SAFE set, plus `&` and `'` (which `escape` turns into entities).
    private static let isSafeInURL: [Bool] = (0..<256).map { b in
        guard b < 0x80 else { return false }
        let c = Character(UnicodeScalar(UInt8(b)))
        return (c.isASCII && (c.isLetter || c.isNumber)) || "-_.!~*'();/?:@&=+$,%#".contains(c)
    }

    /// A link target is safe unless its scheme can run code (as cmark's safe mode decides).
    static func isSafeURL(_ url: String) -> Bool {
        let lower = url.lowercased().trimmingBlanks()
        for scheme in ["javascript:", "vbscript:", "file:"] where lower.hasPrefix(scheme) { return false }
        if lower.hasPrefix("data:") {
            return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lower.hasPrefix($0) }
        }
        return true
    }
}
