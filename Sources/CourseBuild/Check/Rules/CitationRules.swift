import Foundation

/// Rules on citations and the bibliography.
struct CiteUnknownKeyRule: ChapterRule {
    let id = RuleID.citeUnknownKey
    let defaultSetting = RuleSetting.error
    let summary = "a citation names no bibliography entry"
    let examples: [RuleExample] = [
        .fires("Serum holds under 1% 1️⃣[@nosuchkey]."),
        .passes("Serum holds under 1% [@k]."),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        let unreadable = course.course.unreadable
        // A bibliography that could not be read is reported as a syntax error, not once per citation.
        guard !unreadable.bibliography else { return [] }
        var found: [Finding] = []
        course.course.chapters[i].blocks.forEachInline { inline, _ in
            guard case .citation(let items) = inline.kind else { return }
            // `index(forKey:)`, not a subscript, so the entry is not copied out only to be compared with nil.
            for item in items where course.index.entries.index(forKey: item.key) == nil && !unreadable.citationKeys.contains(item.key) {
                let near = NearMiss.suggest(item.key, among: Array(course.index.entries.keys))
                found.append(Finding(
                    "the bibliography has no entry '\(item.key)'" + (near.map { "; did you mean '\($0)'?" } ?? ""),
                    at: inline.range, hint: "add the entry to references.bib or correct the key"))
            }
        }
        return found
    }
}

struct CiteUnusedRule: BibliographyRule {
    let id = RuleID.citeUnused
    let defaultSetting = RuleSetting.warning
    let summary = "a bibliography entry is never cited"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": RuleExample.entryK + "1️⃣@book{spare, author={Roe, Ann}, title={Spare}, publisher={P}, year={2019}}\n",
        ]),
        .passes("Serum holds under 1% [@k]."),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        let cited = Set(course.facts.flatMap(\.citedKeys))
        return course.course.bibliography.filter { !cited.contains($0.key) }.map {
            Finding("bibliography entry '\($0.key)' is never cited", at: $0.range, hint: "cite it with [@\($0.key)] or remove it")
        }
    }
}

struct CiteIncompleteRule: BibliographyRule {
    let id = RuleID.citeIncomplete
    let defaultSetting = RuleSetting.warning
    let summary = "an entry lacks author, title, year or venue, or has a malformed DOI or PMID"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": "1️⃣@article{k, title={T}, journal={J}, year={2020},\n2️⃣  doi={doi:10.1/x}}\n",
        ]),
        .passes("Serum holds under 1% [@k]."),
    ]

    /// Compiled once: `range(of:options: .regularExpression)` built it again for every entry (about 40,000
    /// instructions each). Matching is thread-safe: CoreFoundation checks the compiled pattern out per match.
    private static let doiPattern = try! NSRegularExpression(pattern: #"^10\.\d{4,9}/\S+$"#)

    func check(_ course: ResolvedCourse) -> [Finding] {
        course.course.bibliography.flatMap { entry -> [Finding] in
            var found: [Finding] = []
            var missing: [String] = []
            if entry.authors.isEmpty { missing.append("author") }
            if (entry.title ?? "").isEmpty { missing.append("title") }
            if (entry.year ?? "").isEmpty { missing.append("year") }
            if (entry.containerTitle ?? entry.publisher ?? "").isEmpty && entry.url == nil { missing.append("venue (journal, book or publisher)") }
            if !missing.isEmpty {
                found.append(Finding("entry '\(entry.key)' has no \(missing.joined(separator: ", "))", at: entry.range))
            }
            if let doi = entry.doi, Self.doiPattern.firstMatch(in: doi, range: NSRange(doi.startIndex..., in: doi)) == nil {
                found.append(Finding("entry '\(entry.key)' has a malformed DOI '\(doi)'",
                    at: SourceRange(file: entry.range.file, line: entry.line(ofField: "doi")), hint: "a DOI has the form 10.NNNN/…"))
            }
            if let pmid = entry.pmid, pmid.isEmpty || !pmid.allSatisfy(\.isASCIIDigit) {
                found.append(Finding("entry '\(entry.key)' has a malformed PMID '\(pmid)'",
                    at: SourceRange(file: entry.range.file, line: entry.line(ofField: "pmid")), hint: "a PMID is all digits"))
            }
            return found
        }
    }
}

struct CiteDuplicateKeyRule: BibliographyRule {
    let id = RuleID.citeDuplicateKey
    let defaultSetting = RuleSetting.error
    let summary = "two bibliography entries share a key"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": RuleExample.entryK + "1️⃣@book{k, author={Roe, Ann}, title={Again}, publisher={P}, year={2019}}\n",
        ]),
        .passes("Serum holds under 1% [@k]."),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        var first: [String: BibEntry] = [:]
        return course.course.bibliography.compactMap { entry -> Finding? in
            guard let earlier = first[entry.key] else {
                first[entry.key] = entry
                return nil
            }
            return Finding("bibliography key '\(entry.key)' is defined twice", at: entry.range,
                           notes: [.init("first defined here", at: earlier.range)])
        }
    }
}

struct CiteSyntaxRule: LoadRule {
    let id = RuleID.citeSyntax
    let defaultSetting = RuleSetting.error
    let summary = "a bibliography file that cannot be parsed (BibTeX or CSL-JSON)"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": RuleExample.entryK + "@article{broken, author={Roe, Ann} 1️⃣title={T}, journal={J}, year={2019}}\n",
        ]),
        .passes("Serum holds under 1% [@k]."),
    ]
}

struct CiteMissingEvidenceRule: BibliographyRule {
    let id = RuleID.citeMissingEvidence
    let defaultSetting = RuleSetting.off
    let summary = "a cited entry names no study design (evidence = {rct}, …)"
    let examples: [RuleExample] = [
        .fires(files: [
            "course.yml": RuleExample.config + "lint:\n  rules:\n    cite.missing-evidence: warning\n",
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": "1️⃣" + RuleExample.entryK,
        ]),
        .passes(files: [
            "course.yml": RuleExample.config + "lint:\n  rules:\n    cite.missing-evidence: warning\n",
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": "@article{k, author={Doe, Jane}, title={T}, journal={J}, year={2020}, evidence={rct}}\n",
        ]),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        let cited = Set(course.facts.flatMap(\.citedKeys))
        return course.course.bibliography.filter { cited.contains($0.key) && $0.evidence == nil }.map {
            Finding("entry '\($0.key)' names no study design", at: $0.range,
                    hint: "add evidence = {rct} (or meta-analysis, cohort, animal, …)")
        }
    }
}
