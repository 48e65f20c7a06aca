import Foundation

/// A source's study design (`evidence = {rct}` in BibTeX), SPEC §4. The
/// evidence rules judge a claim's wording by the designs of its sources.
enum StudyDesign: String, CaseIterable, Sendable {
    case metaAnalysis = "meta-analysis"
    case systematicReview = "systematic-review"
    case rct
    case cohort
    case caseControl = "case-control"
    case crossSectional = "cross-sectional"
    case caseSeries = "case-series"
    case caseReport = "case-report"
    case animal
    case inVitro = "in-vitro"
    case guideline
    case review
    case expertOpinion = "expert-opinion"

    /// Strong enough for causal or efficacy wording.
    var supportsCausalWording: Bool { [.rct, .metaAnalysis, .systematicReview, .guideline].contains(self) }
    /// Weak for causal or efficacy wording: observational, case, preclinical, opinion.
    var isWeakForCausalWording: Bool {
        [.cohort, .caseControl, .crossSectional, .caseSeries, .caseReport, .animal, .inVitro, .expertOpinion].contains(self)
    }
    var isPreclinical: Bool { self == .animal || self == .inVitro }

    /// A design as written, in any case ("RCT" is `rct`).
    init?(written: String) {
        self.init(rawValue: written.trimmingBlanks().lowercased())
    }

    /// The listed design an unknown word most likely means: a common synonym, else the nearest spelling.
    static func suggestion(for written: String) -> StudyDesign? {
        let synonyms: [String: StudyDesign] = [
            "trial": .rct, "randomised controlled trial": .rct, "randomized controlled trial": .rct, "randomised trial": .rct,
            "randomized trial": .rct, "meta analysis": .metaAnalysis, "metaanalysis": .metaAnalysis,
            "systematic review": .systematicReview, "case report": .caseReport, "case series": .caseSeries,
            "in vitro": .inVitro, "invitro": .inVitro, "in vivo": .animal, "preclinical": .animal,
            "opinion": .expertOpinion, "narrative review": .review, "observational": .cohort, "prospective cohort": .cohort,
        ]
        let lower = written.trimmingBlanks().lowercased()
        return synonyms[lower] ?? NearMiss.suggest(lower, among: allCases.map(\.rawValue)).flatMap(StudyDesign.init(rawValue:))
    }
}
