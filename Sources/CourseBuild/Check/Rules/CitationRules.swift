import Foundation

/// Rules on citations and the bibliography.
enum CitationRules {
    static let unknownKey = Rule(
        "cite.unknown-key", .error, "a citation names no bibliography entry",
        examples: [.fires("Serum holds under 1% [@nosuchkey]."), .passes("Serum holds under 1% [@k].")],
        check: { context in
            let keys = Array(context.index.entries.keys)
            return context.course.chapters.flatMap { chapter -> [Diagnostic] in
                var found: [Diagnostic] = []
                chapter.blocks.forEachInline { inline, _ in
                    guard case .citation(let items) = inline.kind else { return }
                    for item in items where context.index.entries[item.key] == nil {
                        let near = NearMiss.suggest(item.key, among: keys)
                        found.append(
                            Diagnostic.finding("cite.unknown-key",
                                "no bibliography entry '\(item.key)'" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                                at: inline.range, hint: "add the entry to references.bib or correct the key"))
                    }
                }
                return found
            }
        })

    static let unused = Rule(
        "cite.unused", .warning, "a bibliography entry is never cited",
        check: { context in
            let cited = Set(context.facts.flatMap { $0.citingPlaces.map(\.key) })
            return context.course.bibliography.filter { !cited.contains($0.key) }.map {
                Diagnostic.finding("cite.unused", "bibliography entry '\($0.key)' is never cited", at: $0.range,
                    hint: "cite it with [@\($0.key)] or remove it")
            }
        })

    static let incomplete = Rule(
        "cite.incomplete", .warning,
        "an entry lacks author, title, year or venue, or has a malformed DOI or PMID",
        check: { context in
            context.course.bibliography.flatMap { entry -> [Diagnostic] in
                var found: [Diagnostic] = []
                var missing: [String] = []
                if entry.authors.isEmpty { missing.append("author") }
                if (entry.title ?? "").isEmpty { missing.append("title") }
                if (entry.year ?? "").isEmpty { missing.append("year") }
                if (entry.containerTitle ?? entry.publisher ?? "").isEmpty && entry.url == nil { missing.append("venue (journal, book or publisher)") }
                if !missing.isEmpty {
                    found.append(Diagnostic.finding("cite.incomplete", "entry '\(entry.key)' has no \(missing.joined(separator: ", "))", at: entry.range))
                }
                if let doi = entry.doi, doi.range(of: #"^10\.\d{4,9}/\S+$"#, options: .regularExpression) == nil {
                    found.append(Diagnostic.finding("cite.incomplete", "entry '\(entry.key)' has a malformed DOI '\(doi)'",
                        at: SourceRange(file: entry.range.file, line: entry.line(ofField: "doi")), hint: "a DOI has the form 10.NNNN/…"))
                }
                if let pmid = entry.pmid, pmid.isEmpty || !pmid.allSatisfy(\.isASCIIDigit) {
                    found.append(Diagnostic.finding("cite.incomplete", "entry '\(entry.key)' has a malformed PMID '\(pmid)'",
                        at: SourceRange(file: entry.range.file, line: entry.line(ofField: "pmid")), hint: "a PMID is all digits"))
                }
                return found
            }
        })

    static let duplicateKey = Rule(
        "cite.duplicate-key", .error, "two bibliography entries share a key",
        check: { context in
            var first: [String: BibEntry] = [:]
            return context.course.bibliography.compactMap { entry -> Diagnostic? in
                guard let earlier = first[entry.key] else {
                    first[entry.key] = entry
                    return nil
                }
                return Diagnostic.finding("cite.duplicate-key",
                    "bibliography key '\(entry.key)' is defined twice", at: entry.range,
                    notes: [.init("first defined here", at: earlier.range)])
            }
        })

    static let syntax = Rule("cite.syntax", .error, "a bibliography file that cannot be parsed (BibTeX or CSL-JSON)")

    static let missingEvidence = Rule(
        "cite.missing-evidence", .off, "a cited entry names no study design (evidence = {rct}, …)",
        check: { context in
            let cited = Set(context.facts.flatMap { $0.citingPlaces.map(\.key) })
            return context.course.bibliography.filter { cited.contains($0.key) && $0.evidence == nil }.map {
                Diagnostic.finding("cite.missing-evidence", "entry '\($0.key)' names no study design", at: $0.range,
                    hint: "add evidence = {rct} (or meta-analysis, cohort, animal, …)")
            }
        })

    static let all = [unknownKey, unused, incomplete, duplicateKey, syntax, missingEvidence]
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
