/// One author or editor of a bibliography entry, already split into parts so
/// that each citation style can lay the name out its own way ("Tarleton EK",
/// "Tarleton, E. K.") without re-parsing BibTeX's name grammar.
///
/// A corporate author (`{{Institute of Medicine}}` in BibTeX, `{"literal": …}`
/// in CSL-JSON) is a `literal`: it is never split into family and initials.
struct PersonName: Sendable, Codable, Equatable, Hashable {
    /// Family name including any "von" particle: "de Baaij", "Jahnen-Dechent".
    var family: String
    /// Given names as written: "Emily K.", "Jeroen H. F."; empty when unknown.
    var given: String
    /// Generational suffix as written: "Jr.", "III"; empty when none.
    var suffix: String
    /// The whole name of a body that must not be split: "Institute of Medicine".
    var literal: String?

    init(family: String, given: String = "", suffix: String = "") {
        self.family = family
        self.given = given
        self.suffix = suffix
        self.literal = nil
    }

    /// A corporate or otherwise unsplittable name.
    static func literal(_ name: String) -> PersonName {
        var person = PersonName(family: "")
        person.literal = name
        return person
    }

    /// The part a reader looks a name up by: the family name, or the literal.
    var sortName: String { literal ?? family }

    /// Initials of the given names, one per word or hyphenated part:
    /// "Emily K." → ["E", "K"], "Jean-Pierre" → ["J", "-P"] (the hyphen kept so
    /// APA can write "J.-P."), "J.H.F." → ["J", "H", "F"].
    func givenInitials() -> [String] {
        var result: [String] = []
        for word in given.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "." }) {
            for (index, part) in word.split(separator: "-").enumerated() {
                guard let first = part.first(where: { $0.isLetter }) else { continue }
                result.append((index > 0 ? "-" : "") + String(first).uppercased())
            }
        }
        return result
    }
}
