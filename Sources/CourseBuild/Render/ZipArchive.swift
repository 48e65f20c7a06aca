import Foundation
import ZIPFoundation
#if canImport(CDeflate)
import CDeflate  // zlib: deflate at a chosen level
#endif

/// Writes a ZIP archive in one pass: every entry is deflated on its own, on
/// all cores, then the headers are laid out around them. ZIPFoundation's
/// `Archive` adds entries one by one on one core, which took a tenth of a
/// 1,000-chapter build. Each entry is deflated in one call at level 3 where
/// zlib is importable (ZIPFoundation's `Data.compress` elsewhere, which is
/// fixed at zlib's default, 6): over a 1,000-chapter book's XHTML level 3 took
/// half the time of level 6 for 12% more bytes. The archive is laid out into
/// one buffer reserved at its final size.
enum ZipArchive {
    struct Entry {
        var path: String
        var data: Data
        /// Deflated when true, stored when false (the EPUB's `mimetype` must be stored).
        var deflate: Bool
    }

    private struct Packed {
        var entry: Entry
        var body: Data
        var crc: UInt32
    }

    static func make(_ entries: [Entry], modified: Date) throws -> Data {
        let packed = try entries.concurrentMap { entry in Result { try pack(entry) } }.map { try $0.get() }
        // Checked before any field is narrowed to ZIP's 16 and 32 bits (ZIP64 is not written).
        let total = packed.reduce(0) { $0 + 30 + 46 + 2 * $1.entry.path.utf8.count + $1.body.count } + 22
        guard total < Int(UInt32.max), packed.count < Int(UInt16.max),
            packed.allSatisfy({ $0.entry.path.utf8.count < Int(UInt16.max) && $0.entry.data.count < Int(UInt32.max) })
        else { throw CourseError("the EPUB is too large for a ZIP archive without ZIP64") }
        let (time, date) = dosTimeAndDate(modified)
        var archive = Data()
        archive.reserveCapacity(total)
        var central = Data()
        central.reserveCapacity(packed.reduce(22) { $0 + 46 + $1.entry.path.utf8.count })
        for item in packed {
            let offset = UInt32(archive.count)
            let name = Data(item.entry.path.utf8)
            var common = Data()
            common.append(le16(20))  // version needed: 2.0
            common.append(le16(0x0800))  // flags: names are UTF-8
            common.append(le16(item.entry.deflate ? 8 : 0))
            common.append(le16(time))
            common.append(le16(date))
            common.append(le32(item.crc))
            common.append(le32(UInt32(item.body.count)))
            common.append(le32(UInt32(item.entry.data.count)))
            common.append(le16(UInt16(name.count)))
            common.append(le16(0))  // extra field length

            archive.append(le32(0x0403_4b50))
            archive.append(common)
            archive.append(name)
            archive.append(item.body)

            central.append(le32(0x0201_4b50))
            central.append(le16(0x0314))  // made by: Unix, 2.0
            central.append(common)
            central.append(le16(0))  // comment length
            central.append(le16(0))  // disk number
            central.append(le16(0))  // internal attributes
            central.append(le32(0o100644 << 16))  // external attributes: a regular file, rw-r--r--
            central.append(le32(offset))
            central.append(name)
        }
        let centralOffset = UInt32(archive.count)
        archive.append(central)
        archive.append(le32(0x0605_4b50))
        archive.append(le16(0))
        archive.append(le16(0))
        archive.append(le16(UInt16(packed.count)))
        archive.append(le16(UInt16(packed.count)))
        archive.append(le32(UInt32(central.count)))
        archive.append(le32(centralOffset))
        archive.append(le16(0))  // comment length
        return archive
    }

    private static func pack(_ entry: Entry) throws -> Packed {
        Packed(entry: entry, body: entry.deflate ? try deflated(entry.data, level: level) : entry.data, crc: crc32(of: entry.data))
    }

    /// Raw deflate (no zlib header) of `data`: zlib's at `level` where zlib is importable, else
    /// ZIPFoundation's (zlib's default level). The EPUB's entries and the search index's shards.
    static func deflated(_ data: Data, level: Int32) throws -> Data {
        #if canImport(CDeflate)
        return try deflate(data, level: level)
        #else
        var body = Data()
        _ = try Data.compress(
            size: Int64(data.count), bufferSize: 1 << 16,
            provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) },
            consumer: { body.append($0) })
        return body
        #endif
    }

    /// zlib's CRC-32 where zlib is importable (table-driven C): ZIPFoundation's Swift one
    /// was a third of the zip stage's time in a profile of a 1,000-chapter build.
    static func crc32(of data: Data) -> UInt32 {
        #if canImport(CDeflate)
        return data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> UInt32 in
            guard let base = bytes.bindMemory(to: Bytef.self).baseAddress else { return 0 }
            return UInt32(CDeflate.crc32(0, base, uInt(bytes.count)))
        }
        #else
        return data.crc32(checksum: 0)
        #endif
    }

    /// zlib's level for the entries: fast for text (see the type's note).
    static let level: Int32 = 3

    #if canImport(CDeflate)
    /// Raw deflate (no zlib header, as ZIP wants) of all of `data` in one call, into a buffer of zlib's bound.
    private static func deflate(_ data: Data, level: Int32) throws -> Data {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                            Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw CourseError("could not start compressing a file (zlib)") }
        defer { deflateEnd(&stream) }
        let bound = Int(deflateBound(&stream, uLong(data.count)))
        var body = Data(count: bound)
        let result = data.withUnsafeBytes { (input: UnsafeRawBufferPointer) -> Int32 in
            body.withUnsafeMutableBytes { (output: UnsafeMutableRawBufferPointer) -> Int32 in
                stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.bindMemory(to: Bytef.self).baseAddress
                stream.avail_out = uInt(output.count)
                return CDeflate.deflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else { throw CourseError("could not compress a file (zlib \(result))") }
        body.count = Int(stream.total_out)
        return body
    }
    #endif

    /// MS-DOS time and date fields, in UTC so the bytes do not depend on the machine's zone.
    static func dosTimeAndDate(_ date: Date) -> (UInt16, UInt16) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let year = min(max((c.year ?? 1980) - 1980, 0), 127)
        let time = UInt16((c.hour ?? 0) << 11 | (c.minute ?? 0) << 5 | (c.second ?? 0) / 2)
        let day = UInt16(year << 9 | (c.month ?? 1) << 5 | (c.day ?? 1))
        return (time, day)
    }

    private static func le16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    private static func le32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
}
