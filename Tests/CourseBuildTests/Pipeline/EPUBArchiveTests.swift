import Foundation
import Testing
import ZIPFoundation
@testable import CourseBuild

/// The EPUB is zipped by our own writer: an independent reader (ZIPFoundation)
/// must find the OCF layout and every file intact, CRCs checked.
@Suite struct EPUBArchiveTests {
    @Test func theEPUBOpensWithAnotherReaderAndHoldsTheBundle() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("cb-zip-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        _ = try Build.run(path: Golden.fixtures.appendingPathComponent("small-course").path, output: out.path,
                          options: .init(only: .epub))
        let epubName = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".epub") })
        let archive = try Archive(url: out.appendingPathComponent(epubName), accessMode: .read)
        let entries = Array(archive)
        #expect(entries.first?.path == "mimetype")
        #expect(entries.first?.type == .file)
        #expect(entries.first.map { $0.compressedSize == $0.uncompressedSize } == true)
        #expect(entries.dropFirst().allSatisfy { $0.path != "mimetype" })
        let bundle = out.appendingPathComponent("epub")
        let bundleFiles = FileManager.default.enumerator(atPath: bundle.path)!.compactMap { $0 as? String }
            .filter { !(try! bundle.appendingPathComponent($0).resourceValues(forKeys: [.isDirectoryKey]).isDirectory!) }
        #expect(Set(entries.map(\.path)) == Set(bundleFiles))
        for entry in entries {
            var extracted = Data()
            _ = try archive.extract(entry) { extracted.append($0) }
            #expect(extracted == (try Data(contentsOf: bundle.appendingPathComponent(entry.path))), "\(entry.path)")
        }
    }

    @Test func dosDatesAreUTC() {
        let (time, date) = ZipArchive.dosTimeAndDate(Date(timeIntervalSince1970: 1_700_000_000))  // 2023-11-14 22:13:20 UTC
        #expect(date == UInt16((2023 - 1980) << 9 | 11 << 5 | 14))
        #expect(time == UInt16(22 << 11 | 13 << 5 | 20 / 2))
    }
}
