import Foundation

/// A Retraction Watch notice about a paper the course cites.
struct RetractionNotice: Sendable, Equatable {
    enum Nature: Sendable, Equatable {
        case retraction, expressionOfConcern
    }
    var nature: Nature
    /// As the file gives it, e.g. "3/14/2021 0:00"; only the date is shown.
    var date: String
    var reason: String
    var noticeDOI: String?
}

/// Reads the Retraction Watch CSV that Crossref publishes (SPEC §3
/// `lint: retractions:`) in one pass over the mapped file, decoding only the
/// columns it needs and keeping only notices about the identifiers the
/// course's bibliography holds: the file is about 60 MB, the course cites a
/// few dozen papers.
enum RetractionWatchReader {
    /// A DOI or PMID as a comparable key: "doi:10.1000/x" (lower-cased, no
    /// resolver prefix) or "pmid:123"; nil for "unavailable", "0" or empty.
    static func key(doi: String) -> String? {
        var d = doi.trimmingBlanks().lowercased()
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"]
        where d.hasPrefix(prefix) { d.removeFirst(prefix.count) }
        return d.hasPrefix("10.") ? "doi:" + d : nil
    }

    static func key(pmid: String) -> String? {
        let p = pmid.trimmingBlanks()
        return !p.isEmpty && p != "0" && p.allSatisfy(\.isASCIIDigit) ? "pmid:" + p : nil
    }

    /// "+Data fabrication;+Duplication of image;" as "Data fabrication, Duplication of image".
    static func reasons(_ raw: String) -> String {
        raw.split(separator: ";").map { $0.trimmingBlanks().drop { $0 == "+" } }
            .filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The notices about `wanted` keys in the file's bytes, or a reason it cannot be read.
    static func read(_ data: Data, wanted: Set<String>) -> Result<[String: [RetractionNotice]], CourseError> {
        data.withUnsafeBytes { bytes in
            var records = CSVRecords(bytes)
            let header = (records.next() ?? []).map { $0.trimmingBlanks() }
            let required = ["OriginalPaperDOI", "OriginalPaperPubMedID", "RetractionNature"]
            let missing = required.filter { !header.contains($0) }
            guard missing.isEmpty else {
                return .failure(CourseError("has no \(missing.joined(separator: ", ")) column; is it Crossref's Retraction Watch CSV?"))
            }
            let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            let used = Set(["OriginalPaperDOI", "OriginalPaperPubMedID", "RetractionNature", "RetractionDate", "Reason", "RetractionDOI"]
                .compactMap { column[$0] })
            var notices: [String: [RetractionNotice]] = [:]
            while let row = records.next(keep: used.contains) {
                let field = { (name: String) -> String in column[name].flatMap { $0 < row.count ? row[$0] : nil } ?? "" }
                let keys = [key(doi: field("OriginalPaperDOI")), key(pmid: field("OriginalPaperPubMedID"))]
                    .compactMap { $0 }.filter(wanted.contains)
                guard !keys.isEmpty else { continue }
                let nature: RetractionNotice.Nature
                switch field("RetractionNature").trimmingBlanks().lowercased() {
                case "retraction": nature = .retraction
                case "expression of concern": nature = .expressionOfConcern
                default: continue  // a correction or a reinstatement withdraws nothing
                }
                let notice = RetractionNotice(
                    nature: nature, date: String(field("RetractionDate").split(separator: " ").first ?? ""),
                    reason: reasons(field("Reason")), noticeDOI: key(doi: field("RetractionDOI")).map { String($0.dropFirst(4)) })
                for key in keys { notices[key, default: []].append(notice) }
            }
            return .success(notices)
        }
    }
}
