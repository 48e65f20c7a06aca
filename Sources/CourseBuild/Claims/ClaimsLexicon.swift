import Foundation

/// The claims checker's vocabulary, kept as data so a course can extend it
/// (course.yml `lint: claims:`) and a reviewer can read it without reading code.
/// Entries are lower case; phrases are matched word by word and each word also
/// matches its simple inflections ("melt away" matches "melts away"); `*` in a
/// phrase stands for any one word.
struct ClaimsLexicon: Sendable, Equatable {
    /// Marketing or absolute language; fires even when the sentence is cited.
    var hype: [String]
    /// Whole phrases attributing a claim to unnamed sources.
    var attribution: [String]
    /// Unnamed sources that, as the subject of a reporting verb, make an attribution vague.
    var attributionSources: [String]
    /// Verbs by which a source reports ("show", "suggest", "agree").
    var reportingVerbs: [String]
    /// Kinds of study; one named with a determiner, count, date or finding verb is a claim.
    var studyNouns: [String]
    /// Verbs that assert an effect on an outcome.
    var outcomeVerbs: [String]
    /// Nouns that name what an effect acts on; an outcome verb aimed at one is an effect claim.
    var outcomeNouns: [String]
    /// Phrases that compare efficacy, absorption, tolerability or risk.
    var comparisons: [String]
    /// Phrases that assert safety, tolerability, harm or interaction.
    var safety: [String]
    /// Phrases that state how common something is or link it to a risk.
    var associations: [String]
    /// Imperative verbs of a dosing instruction ("start", "divide", "separate").
    var doseVerbs: [String]
    /// Words that make an instruction about dosing ("dose", "daily", "bedtime").
    var doseWords: [String]
    /// Units of dose or amount.
    var doseUnits: [String]
    /// Units of measurement (concentration, pressure, score…).
    var measureUnits: [String]
    /// Units of time: alone they are not a claim ("over the last two weeks").
    var timeUnits: [String]
    /// Statistical terms that, with a number, report a statistic.
    var statistics: [String]
    /// Nouns naming a clinical entity (drug, nutrient, exposure, condition, patient group,
    /// measure): a clause whose subject holds one and whose verb asserts an effect is a claim.
    var clinicalEntities: [String] = ClaimsLexicon.standardClinicalEntities
    /// Word endings that mark a drug, condition or nutrient ("-azepine", "-aemia", "-itis").
    var clinicalSuffixes: [String] = ClaimsLexicon.standardClinicalSuffixes
    /// Verbs that assert an effect, cause, risk or change, beyond `outcomeVerbs` ("provoke", "aggravate").
    var effectVerbs: [String] = ClaimsLexicon.standardEffectVerbs
    /// Verbs that open a prescribing or safety instruction ("give", "avoid", "titrate").
    var instructionVerbs: [String] = ClaimsLexicon.standardInstructionVerbs
    /// Adjectives of frequency ("rare", "common", "widespread").
    var frequencyWords: [String] = ClaimsLexicon.standardFrequencyWords
    /// Absolute promises, superlatives and sweeping rhetoric (claims.hype): "nothing comes close",
    /// "every single", "the single most important".
    var absolutes: [String] = ClaimsLexicon.standardAbsolutes

    init(hype: [String], attribution: [String], attributionSources: [String], reportingVerbs: [String],
                studyNouns: [String], outcomeVerbs: [String], outcomeNouns: [String], comparisons: [String],
                safety: [String], associations: [String], doseVerbs: [String], doseWords: [String],
                doseUnits: [String], measureUnits: [String], timeUnits: [String], statistics: [String]) {
        self.hype = hype
        self.attribution = attribution
        self.attributionSources = attributionSources
        self.reportingVerbs = reportingVerbs
        self.studyNouns = studyNouns
        self.outcomeVerbs = outcomeVerbs
        self.outcomeNouns = outcomeNouns
        self.comparisons = comparisons
        self.safety = safety
        self.associations = associations
        self.doseVerbs = doseVerbs
        self.doseWords = doseWords
        self.doseUnits = doseUnits
        self.measureUnits = measureUnits
        self.timeUnits = timeUnits
        self.statistics = statistics
    }

    /// Per-course extra words from course.yml; every list is optional.
    struct Additions: Codable, Sendable, Equatable {
        var hype: [String]?
        var attribution: [String]?
        var studyNouns: [String]?
        var outcomeVerbs: [String]?
        var clinicalEntities: [String]?
        var effectVerbs: [String]?
        var absolutes: [String]?

        init(hype: [String]? = nil, attribution: [String]? = nil, studyNouns: [String]? = nil,
                    outcomeVerbs: [String]? = nil, clinicalEntities: [String]? = nil, effectVerbs: [String]? = nil,
                    absolutes: [String]? = nil) {
            self.hype = hype
            self.attribution = attribution
            self.studyNouns = studyNouns
            self.outcomeVerbs = outcomeVerbs
            self.clinicalEntities = clinicalEntities
            self.effectVerbs = effectVerbs
            self.absolutes = absolutes
        }

        enum CodingKeys: String, CodingKey {
            case hype, attribution, absolutes
            case studyNouns = "study-nouns"
            case outcomeVerbs = "outcome-verbs"
            case clinicalEntities = "clinical-entities"
            case effectVerbs = "effect-verbs"
        }

        /// Accepts both `study-nouns` (course.yml style) and `studyNouns`.
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: AnyKey.self)
            func list(_ names: String...) throws -> [String]? {
                for n in names { if let v = try c.decodeIfPresent([String].self, forKey: AnyKey(n)) { return v } }
                return nil
            }
            hype = try list("hype")
            attribution = try list("attribution")
            studyNouns = try list("study-nouns", "studyNouns")
            outcomeVerbs = try list("outcome-verbs", "outcomeVerbs")
            clinicalEntities = try list("clinical-entities", "clinicalEntities")
            effectVerbs = try list("effect-verbs", "effectVerbs")
            absolutes = try list("absolutes")
        }

        private struct AnyKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ s: String) { stringValue = s }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }
    }

    /// This lexicon plus a course's additions (lower-cased, trimmed, without repeats).
    func extended(with additions: Additions) -> ClaimsLexicon {
        func merge(_ base: [String], _ extra: [String]?) -> [String] {
            var out = base
            for e in extra ?? [] {
                let w = e.trimmingBlanks().lowercased()
                if !w.isEmpty, !out.contains(w) { out.append(w) }
            }
            return out
        }
        var l = self
        l.hype = merge(hype, additions.hype)
        l.attribution = merge(attribution, additions.attribution)
        l.studyNouns = merge(studyNouns, additions.studyNouns)
        l.outcomeVerbs = merge(outcomeVerbs, additions.outcomeVerbs)
        l.clinicalEntities = merge(clinicalEntities, additions.clinicalEntities)
        l.effectVerbs = merge(effectVerbs, additions.effectVerbs)
        l.absolutes = merge(absolutes, additions.absolutes)
        return l
    }
}
