import Testing
@testable import CourseBuild

/// Representative sentences copied from the labelled dev corpus
/// (../shared/lint-corpus/claims-dev.tsv), one per kind of difficulty; the full
/// set is scored by the scratch harness, not here, so tests never read /work/shared.
@Suite("Claims dev sample")
struct ClaimsDevSampleTests {
    static let rows: [(id: String, label: String, sentence: String)] = [
        ("d001", "hype", "Supercharge serotonin with this one simple mineral."),
        ("d003", "cited-claim", "The evidence that magnesium eases subjective anxiety is suggestive but of low quality [@boyle2017]."),
        ("d004", "claim", "For nocturnal leg cramps in older adults, magnesium is no more effective than placebo."),
        ("d007", "plain", "At resting membrane potential, magnesium ions sit in the NMDA receptor pore and block the flow of calcium."),
        ("d009", "plain", "Convert milligrams of magnesium to millimoles by dividing by 24.3."),
        ("d014", "vague", "Many doctors now believe that magnesium deficiency underlies chronic fatigue."),
        ("d019", "claim", "Roughly half of the body's magnesium is stored in bone."),
        ("d021", "claim", "In the 2012 Iranian insomnia trial, participants took 500 mg of magnesium daily."),
        ("d024", "hype", "Magnesium L-threonate is the natural ketamine your patients have been waiting for."),
        ("d029", "vague", "The literature consistently reports that magnesium eases premenstrual mood symptoms."),
        ("d030", "plain", "There is no cure for Alzheimer's disease, so treatment aims to slow decline and support function."),
        ("d037", "cited-claim", "- Oral magnesium lowered systolic blood pressure by about 2 mmHg in a pooled analysis [@zhang2016]."),
        ("d043", "plain", "What do the studies show about magnesium and sleep?"),
        ("d050", "plain", "His serum magnesium is 0.58 mmol/L and his potassium is 3.1 mmol/L."),
        ("d055", "claim", "Serum contains less than one percent of the body's magnesium."),
        ("d059", "plain", "By the end of this course you will have met all 12 objectives listed on the overview page."),
        ("d069", "vague", "According to recent research, magnesium L-threonate sharpens memory in older adults."),
        ("d073", "vague", "It has been shown that magnesium lowers cortisol after acute stress."),
        ("d074", "cited-claim", "Hypermagnesaemia is uncommon when kidney function is normal. [@jahnen-dechent2012]"),
        ("d085", "claim", "Eby and Eby described rapid recovery from major depression in patients given magnesium glycinate and taurinate."),
        ("d089", "plain", "Be wary of products marketed as a \"miracle mineral\"."),
        ("d091", "plain", "Write a citation as `[@tarleton2017]` directly after the claim it supports."),
        ("d097", "hype", "- Clinically proven to work for everyone."),
        ("d101", "cited-claim", "Studies show [@serefko2013; @botturi2020] that magnesium status is lower in some people with depression."),
        ("d106", "claim", "Divide the daily dose of magnesium L-threonate, taking one third in the morning and two thirds in the evening."),
        ("d113", "claim", "Magnesium is the second most abundant intracellular cation after potassium."),
        ("d123", "claim", "Red-cell magnesium falls weeks before serum magnesium does."),
        ("d128", "claim", "Organic magnesium salts such as citrate have higher bioavailability than inorganic salts."),
        ("d129", "plain", "Step 2: record every supplement the patient takes, including over-the-counter products."),
        ("d146", "hype", "Forget antidepressants: magnesium is all your patients need."),
        ("d151", "claim", "Transdermal magnesium oil does not raise serum magnesium to a meaningful degree."),
        ("d157", "vague", "A growing body of evidence links magnesium to better outcomes in ADHD."),
    ]

    static let expectedRule = ["claim": "claims.uncited", "vague": "claims.vague-attribution", "hype": "claims.hype"]

    @Test(arguments: rows.map { [$0.id, $0.label, $0.sentence] })
    func labelIsReproduced(_ row: [String]) {
        let (label, sentence) = (row[1], row[2])
        let rules = findings(sentence).map(\.rule.rawValue)
        if let rule = Self.expectedRule[label] {
            #expect(rules.contains(rule), "\(row[0]): \(sentence) → \(rules)")
        } else {
            #expect(rules.isEmpty, "\(row[0]): \(sentence) → \(rules)")
        }
    }
}
