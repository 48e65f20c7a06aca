import Foundation

/// Rules on the strength of a claim's sources (SPEC §4): the wording a
/// sentence uses against the study designs of what it cites.
struct ClaimsCausalOverreachRule: ChapterRule {
    let id = RuleID.claimsCausalOverreach
    let defaultSetting = RuleSetting.warning
    let summary = "causal or efficacy wording (\"reverses\", \"cures\", \"restores\") whose only sources are observational, case, animal, in-vitro or expert-opinion designs"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Magnesium 1️⃣reverses depression [@cohort].",
            "references.bib": RuleExample.entry("cohort", design: "cohort"),
        ]),
        .passes(files: [
            RuleExample.chapterFile: "Low magnesium intake was associated with depression [@cohort].\n\nIn mice, magnesium reverses anxiety [@cohort].",
            "references.bib": RuleExample.entry("cohort", design: "cohort"),
        ]),
        .passes(files: [
            RuleExample.chapterFile: "Magnesium reverses depression [@cohort; @trial].",
            "references.bib": RuleExample.entry("cohort", design: "cohort") + RuleExample.entry("trial", design: "rct"),
        ]),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        course.unscopedSentences(of: i, resting: \.isWeakForCausalWording, on: \.causalWord).map { sentence, designs, word in
            Finding("'\(word.lower)' asserts an effect, with \(DesignedSource.describe(designs))", at: sentence.range(of: word),
                    hint: "say what the evidence shows ('was associated with', 'in mice, …'), or cite a trial, meta-analysis, systematic review or guideline")
        }
    }
}

struct ClaimsPreclinicalOnlyRule: ChapterRule {
    let id = RuleID.claimsPreclinicalOnly
    let defaultSetting = RuleSetting.warning
    let summary = "a sentence about patients or clinical use supported only by `animal` or `in-vitro` sources"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Magnesium eases anxiety in 1️⃣patients [@mice].",
            "references.bib": RuleExample.entry("mice", design: "animal"),
        ]),
        .passes(files: [
            RuleExample.chapterFile: "In mice, magnesium supplementation eased anxiety-like behaviour [@mice].",
            "references.bib": RuleExample.entry("mice", design: "animal"),
        ]),
    ]

    func check(_ course: ResolvedCourse, chapter i: Int) -> [Finding] {
        course.unscopedSentences(of: i, resting: \.isPreclinical, on: \.clinicalWord).map { sentence, designs, word in
            Finding("a sentence about people or clinical use ('\(word.lower)') with \(DesignedSource.describe(designs))",
                    at: sentence.range(of: word), hint: "state the scope ('In mice, …', 'In cultured neurons, …'), or cite a study in people")
        }
    }
}

struct CiteInvalidEvidenceRule: BibliographyRule {
    let id = RuleID.citeInvalidEvidence
    let defaultSetting = RuleSetting.warning
    let summary = "an `evidence` value that is not one of the study designs of SPEC §4"
    let examples: [RuleExample] = [
        .fires(files: [
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": "@article{k, author={Doe, Jane}, title={T}, journal={J}, year={2020},\n1️⃣  evidence={trial}}\n",
        ]),
        .passes(files: [
            RuleExample.chapterFile: "Serum holds under 1% [@k].",
            "references.bib": "@article{k, author={Doe, Jane}, title={T}, journal={J}, year={2020},\n  evidence={RCT}}\n",
        ]),
    ]

    func check(_ course: ResolvedCourse) -> [Finding] {
        course.course.bibliography.compactMap { entry in
            guard let written = entry.evidence, StudyDesign(written: written) == nil else { return nil }
            let near = StudyDesign.suggestion(for: written).map { "did you mean '\($0.rawValue)'? " } ?? ""
            return Finding("entry '\(entry.key)' names an unknown study design '\(written)'",
                           at: SourceRange(file: entry.range.file, line: entry.line(ofField: "evidence")),
                           hint: near + "designs: " + StudyDesign.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }
}

struct CiteRetractedRule: BibliographyRule {
    let id = RuleID.citeRetracted
    let defaultSetting = RuleSetting.error
    let summary = "a cited entry whose DOI or PMID the `lint: retractions:` file lists as retracted"
    let examples: [RuleExample] = RetractionRules.examples(nature: "Retraction")

    func check(_ course: ResolvedCourse) -> [Finding] {
        RetractionRules.findings(course, .retraction, verb: "was retracted",
            hint: "remove the citation and what rests on it, or cite the retraction notice itself")
    }
}

struct CiteExpressionOfConcernRule: BibliographyRule {
    let id = RuleID.citeExpressionOfConcern
    let defaultSetting = RuleSetting.warning
    let summary = "a cited entry under an expression of concern in the `lint: retractions:` file"
    let examples: [RuleExample] = RetractionRules.examples(nature: "Expression of concern")

    func check(_ course: ResolvedCourse) -> [Finding] {
        RetractionRules.findings(course, .expressionOfConcern, verb: "is under an expression of concern",
            hint: "read the notice; say so where the source is cited, or cite other evidence")
    }
}

/// The two retraction rules share their examples and their wording.
enum RetractionRules {
    static let header = "Record ID,Title,Subject,Institution,Journal,Publisher,Country,Author,URLS,ArticleType,RetractionDate,"
        + "RetractionDOI,RetractionPubMedID,OriginalPaperDate,OriginalPaperDOI,OriginalPaperPubMedID,RetractionNature,Reason,"
        + "Paywalled,Notes,\n"

    static func examples(nature: String) -> [RuleExample] {
        let row = "1,\"A title, with a comma\",S,I,J,P,C,A,,Research Article,3/14/2021 0:00,10.1/notice,0,1/1/2019 0:00,"
            + "HTTPS://DOI.ORG/10.1000/ABC,unavailable,\(nature),+Data fabrication;,No,,\n"
        let config = RuleExample.config + "lint:\n  retractions: data/rw.csv\n"
        let bib = "1️⃣@article{k, author={Doe, Jane}, title={T}, journal={J}, year={2020}, doi={10.1000/abc}}\n"
        return [
            .fires(files: ["course.yml": config, RuleExample.chapterFile: "Serum holds under 1% [@k].",
                           "references.bib": bib, "data/rw.csv": header + row]),
            .passes(files: ["course.yml": config, RuleExample.chapterFile: "Serum holds under 1% [@k].",
                            "references.bib": bib, "data/rw.csv": header + row.replacingOccurrences(of: nature, with: "Correction")]),
        ]
    }

    static func findings(_ course: ResolvedCourse, _ nature: RetractionNotice.Nature, verb: String, hint: String) -> [Finding] {
        // No notices (no `retractions:` file, as in most courses): nothing to look up for thousands of entries.
        guard !course.course.retractionNotices.isEmpty else { return [] }
        let cited = Set(course.facts.flatMap(\.citedKeys))
        return course.course.bibliography.filter { cited.contains($0.key) }.compactMap { entry in
            let keys = [entry.doi.flatMap(RetractionWatchReader.key(doi:)), entry.pmid.flatMap(RetractionWatchReader.key(pmid:))]
            guard let notice = keys.compactMap({ $0 }).flatMap({ course.course.retractionNotices[$0] ?? [] })
                .first(where: { $0.nature == nature }) else { return nil }
            let details = ["notice of \(notice.date)", notice.reason.isEmpty ? nil : "reason: \(notice.reason)",
                           notice.noticeDOI.map { "notice DOI \($0)" }].compactMap { $0 }
            return Finding("entry '\(entry.key)' \(verb) (\(details.joined(separator: "; ")))", at: entry.range, hint: hint)
        }
    }
}
