import Foundation

/// RFC 4180 records over bytes, for large files read once: fields separated by
/// commas, quoted fields may hold commas, line breaks and doubled quotes, and
/// records end at LF or CRLF. Hand-written because CSV.swift, the package on
/// our list, read Crossref's 60,000-row Retraction Watch file in 6–8 s and
/// 210 MB; this reads it in a fraction of a second (README, Design).
struct CSVRecords {
    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        // A byte-order mark is not part of the first field.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    /// The next record's fields, decoded as UTF-8 (invalid bytes replaced); nil at the end.
    /// `keep` says which field indices to decode; the others come back empty.
    mutating func next(keep: (Int) -> Bool = { _ in true }) -> [String]? {
        guard position < bytes.count else { return nil }
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        var fields: [String] = []
        while true {
            let index = fields.count
            var field = [UInt8]()
            if position < bytes.count, bytes[position] == quote {
                position += 1
                let kept = keep(index)
                // Long quoted text (titles, notes) is skipped with memchr up to each quote.
                while position < bytes.count {
                    let rest = bytes.count - position
                    let found = memchr(bytes.baseAddress! + position, Int32(quote), rest)
                    let end = found.map { bytes.baseAddress!.distance(to: UnsafeRawPointer($0)) } ?? bytes.count
                    if kept { field.append(contentsOf: bytes[position..<end]) }
                    position = end
                    guard position < bytes.count else { break }
                    if position + 1 < bytes.count, bytes[position + 1] == quote {
                        if kept { field.append(quote) }
                        position += 2
                        continue
                    }
                    position += 1
                    break
                }
            }
            let start = position
            while position < bytes.count, bytes[position] != comma, bytes[position] != lf { position += 1 }
            if keep(index) {
                var end = position
                if end > start, bytes[end - 1] == cr, position == bytes.count || bytes[position] == lf { end -= 1 }
                field.append(contentsOf: bytes[start..<end])
                fields.append(String(decoding: field, as: UTF8.self))
            } else {
                fields.append("")
            }
            guard position < bytes.count, bytes[position] == comma else {
                position += 1  // past the line feed
                return fields
            }
            position += 1
        }
    }
}
