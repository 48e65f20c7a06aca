/// JSON string literals, for output written without an encoder.
enum JSONText {
    /// `text` as a quoted JSON string: quotes, backslashes and control
    /// characters escaped, and `<`, `>`, `&` as `\u003c` etc. so that author
    /// text can never close a `<script>` the JSON is embedded in, nor read as
    /// markup to a consumer that forgets to escape; everything else, non-ASCII
    /// included, as it is.
    static func quoted(_ text: String) -> String {
        var out = ""
        quote(text, into: &out)
        return out
    }

    static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: one pass over the bytes, then a single append.
        if text.utf8.withContiguousStorageIfAvailable({ !$0.contains(where: needsEscape) }) == true {
            out += text
            out += "\""
            return
        }
        let bytes = text.utf8
        var run = bytes.startIndex
        var i = run
        while i < bytes.endIndex {
            let byte = bytes[i]
            if needsEscape(byte) {
                out += text[run..<i]
                switch byte {
                case UInt8(ascii: "\""): out += "\\\""
                case UInt8(ascii: "\\"): out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case UInt8(ascii: "<"): out += "\\u003c"
                case UInt8(ascii: ">"): out += "\\u003e"
                case UInt8(ascii: "&"): out += "\\u0026"
                default: out += "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                }
                run = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        out += text[run..<bytes.endIndex]
        out += "\""
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&")
    }
}
