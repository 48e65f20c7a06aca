/// What the evidence rules read in a cited sentence: causal or efficacy
/// wording, a sentence's own statement of scope ("In mice, …"), and talk of
/// patients or clinical use. Word lists are kinds of wording, not phrases
/// from any one course.
struct EvidenceWording {
    struct Word {
        var lower: String
        /// Unicode-scalar offset of the word in the sentence text.
        var offset: Int
    }

    let words: [Word]

    init(_ text: String) {
        // Word bounds found over an array of scalars, and each word made once: appending scalar by scalar to a
        // String's view instantiated generic metadata on every call, a twentieth of the whole lint.
        let scalars = Array(text.unicodeScalars)
        func inWord(_ k: Int, continuing: Bool) -> Bool {
            let c = scalars[k]
            return c.isASCII ? (c.value | 0x20 >= 0x61 && c.value | 0x20 <= 0x7A) || c == "-" && continuing : c.properties.isAlphabetic
        }
        var words: [Word] = []
        var i = 0
        while i < scalars.count {
            guard inWord(i, continuing: false) else {
                i += 1
                continue
            }
            var j = i + 1
            while j < scalars.count, inWord(j, continuing: true) { j += 1 }
            words.append(Word(lower: Self.lowered(scalars[i..<j]), offset: i))
            i = j
        }
        self.words = words
    }

    /// Most words are ASCII lower case already: lower-case only those that are not.
    private static func lowered(_ word: ArraySlice<Unicode.Scalar>) -> String {
        if word.allSatisfy({ $0.value >= 0x61 && $0.value <= 0x7A || $0 == "-" }) {
            // Written straight into the string (a short word stays inline, unallocated), not through a byte array.
            return String(unsafeUninitializedCapacity: word.count) { bytes in
                for (k, c) in zip(bytes.indices, word) { bytes[k] = UInt8(truncatingIfNeeded: c.value) }
                return word.count
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: word)
        return String(view).lowercased()
    }

    /// Verbs that assert an effect, in their finite forms.
    static let causalVerbs: Set<String> = Set(
        ["reverse", "restore", "prevent", "improve", "cause", "treat", "cure", "eliminate", "heal", "relieve",
         "alleviate", "reduce", "boost", "protect", "normalise", "normalize", "resolve", "abolish", "halve",
         "increase", "decrease", "enhance", "strengthen"]
            .flatMap { verb -> [String] in
                let stem = verb.hasSuffix("e") ? String(verb.dropLast()) : verb
                return [verb, verb + "s", stem + "ed", verb.hasSuffix("e") ? verb + "d" : verb + "ed"]
            }
    ).union(["lowers", "lowered", "works", "efficacious", "effective", "halts"])
    /// Words before a participle that make it an adjective or a study's description,
    /// not an assertion: "a reduced risk", "associated with improved sleep", "patients treated with".
    /// An infinitive names a purpose or a measure, not a result: "taken to improve sleep", "needed to treat".
    static let descriptiveBefore: Set<String> = ["a", "an", "the", "with", "of", "and", "or", "patients", "participants",
                                                 "people", "those", "subjects", "not", "no", "to"]
    /// Phrases by which a sentence states its own scope.
    static let scopes: [[String]] = [
        ["in", "mice"], ["in", "rats"], ["in", "rodents"], ["in", "animals"], ["in", "animal"], ["in", "vitro"],
        ["in", "cultured"], ["in", "cell"], ["in", "cells"], ["in", "a", "cohort"], ["in", "cohort"], ["in", "an", "observational"],
        ["in", "observational"], ["in", "a", "case"], ["in", "case"], ["in", "one", "patient"], ["in", "a", "patient"],
        ["in", "an", "uncontrolled"], ["in", "a", "cross-sectional"], ["in", "a", "case-control"], ["animal", "studies"],
        ["animal", "models"], ["case", "reports"], ["observational", "studies"], ["observational", "data"],
    ]
    /// Words that make a sentence about people or clinical use.
    static let clinical: Set<String> = [
        "patient", "patients", "people", "person", "humans", "human", "adults", "adult", "children", "adolescents",
        "women", "men", "clinical", "clinically", "clinician", "clinicians", "prescribe", "prescribing", "prescribed",
        "therapy", "therapeutic", "treatment", "treatments", "supplementation", "supplements", "dose", "doses", "dosing",
    ]

    /// The scope phrases by their first word, so a sentence is scanned once, not once a phrase.
    static let scopesByFirstWord: [String: [[String]]] = Dictionary(grouping: scopes, by: { $0[0] })

    var statesScope: Bool {
        words.indices.contains { i in
            guard let phrases = Self.scopesByFirstWord[words[i].lower] else { return false }
            return phrases.contains { phrase in
                i + phrase.count <= words.count && phrase.indices.allSatisfy { words[i + $0].lower == phrase[$0] }
            }
        }
    }

    /// The first word that asserts an effect, where it does.
    var causalWord: Word? {
        words.indices.first { i in
            Self.causalVerbs.contains(words[i].lower) && !(i > 0 && Self.descriptiveBefore.contains(words[i - 1].lower))
        }.map { words[$0] }
    }

    var clinicalWord: Word? { words.first { Self.clinical.contains($0.lower) } }
}
