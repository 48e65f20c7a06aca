/// "Did you mean …?" for a name that matches nothing: an unknown citation key,
/// later a broken link target. Compares case-insensitively by
/// Damerau–Levenshtein distance (a swap of two neighbours counts once, so
/// "tarleton2071" finds "tarleton2017").
enum NearMiss {
    /// The closest candidate within distance 2, or within a third of the
    /// key's length for long keys; nil when nothing is that close. Ties go to
    /// the alphabetically first candidate, so output is stable.
    static func suggest(_ key: String, among candidates: [String]) -> String? {
        let target = Array(key.lowercased())
        guard !target.isEmpty else { return nil }
        let limit = max(2, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != key {
            let d = distance(target, Array(candidate.lowercased()))
            // A short key with every character wrong is not a near miss.
            guard d <= limit, d < target.count else { continue }
            if best == nil || d < best!.distance || (d == best!.distance && candidate < best!.candidate) {
                best = (candidate, d)
            }
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance: insertions, deletions,
    /// substitutions and transpositions of adjacent characters.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[a.count][b.count]
    }
}
