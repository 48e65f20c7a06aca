extension CSLJSONParser {
    /// Where each `"id": …` member stands in the JSON text, found by a light
    /// scan (Foundation's parser keeps no positions). Items claim them in
    /// order, so two items with the same id still get their own lines.
    struct IDPositions {
        private var found: [(value: String, position: SourcePosition, claimed: Bool)] = []

        init(text: String) {
            let scalars = Array(text.unicodeScalars)
            var line = 1, column = 1, i = 0
            let needle = Array("\"id\"".unicodeScalars)
            while i < scalars.count {
                if scalars[i] == "\"" && Array(scalars[i..<min(i + 4, scalars.count)]) == needle {
                    let position = SourcePosition(line: line, column: column)
                    var j = i + 4
                    while j < scalars.count && scalars[j].properties.isWhitespace { j += 1 }
                    if j < scalars.count && scalars[j] == ":" {
                        j += 1
                        while j < scalars.count && scalars[j].properties.isWhitespace { j += 1 }
                        var value = String.UnicodeScalarView()
                        if j < scalars.count && scalars[j] == "\"" {
                            j += 1
                            while j < scalars.count && scalars[j] != "\"" {
                                if scalars[j] == "\\" { j += 1 }
                                if j < scalars.count { value.append(scalars[j]) }
                                j += 1
                            }
                        } else {
                            while j < scalars.count && (scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j])) {
                                value.append(scalars[j]); j += 1
                            }
                        }
                        found.append((String(value), position, false))
                    }
                }
                if scalars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
                i += 1
            }
        }

        /// The first unclaimed `"id"` with this value, now claimed.
        mutating func claim(_ id: String) -> SourcePosition? {
            guard let index = found.firstIndex(where: { !$0.claimed && $0.value == id }) else { return nil }
            found[index].claimed = true
            return found[index].position
        }
    }
}
