/// The two citation styles a course can choose in course.yml
/// (`citation-style: vancouver | apa`); the raw values are what is written there.
enum CitationStyle: String, Sendable, Codable, CaseIterable {
    /// Numbered in order of first citation, medicine's default (ICMJE/NLM).
    case vancouver
    /// Author-date, APA 7th edition.
    case apa
}
