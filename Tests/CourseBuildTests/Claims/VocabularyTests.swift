import Testing
@testable import CourseBuild

/// The checker's word table is hand-written open addressing: every word it numbered must be found again,
/// with its classes, after the table has grown many times, and a word it never saw must not be.
@Suite struct VocabularyTests {
    @Test func everyNumberedWordIsFoundAfterTheTableGrows() {
        var vocabulary = Vocabulary()
        let words = (0..<5_000).map { "w\($0)" } + ["", "é", "naïve", "10,000", "mmol/l", "game-changer"]
        var ids: [String: Vocabulary.WordID] = [:]
        for (k, w) in words.enumerated() { ids[w] = vocabulary.add(w, as: k % 2 == 0 ? .clinical : []) }
        #expect(Set(ids.values).count == words.count)
        #expect(!ids.values.contains(Vocabulary.unknown))
        for (k, w) in words.enumerated() {
            #expect(vocabulary.id(of: w) == ids[w])
            #expect(vocabulary.classes[Int(ids[w]!)].contains(.clinical) == (k % 2 == 0))
        }
        #expect(vocabulary.id(of: "w5000") == Vocabulary.unknown)
        #expect(vocabulary.id(of: "W1") == Vocabulary.unknown)
    }

    @Test func addingAWordAgainKeepsItsNumberAndJoinsItsClasses() {
        var vocabulary = Vocabulary()
        let first = vocabulary.add("reduces", as: .effectVerb)
        let again = vocabulary.add("reduces", as: .outcomeVerb)
        #expect(first == again)
        #expect(vocabulary.count == 2)
        #expect(vocabulary.classes[Int(first)] == [.effectVerb, .outcomeVerb])
    }
}
