/// Parts of the output split into files of bounded size: the print edition's
/// volumes, the search index's shards.
enum SizeBudget {
    /// Consecutive runs of parts whose sizes add up to at most `budget`; a part larger than the budget is a run alone.
    static func runs(_ sizes: [Int], budget: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = 0
        var total = 0
        for (i, size) in sizes.enumerated() {
            if i > start, total + size > budget {
                runs.append(start..<i)
                (start, total) = (i, 0)
            }
            total += size
        }
        if start < sizes.count { runs.append(start..<sizes.count) }
        return runs
    }
}
