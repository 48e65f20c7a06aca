/// The ebook's cover when course.yml names none: a plain SVG with the title,
/// the subtitle and the authors, so e-reader libraries show more than a blank tile.
enum CoverImage {
    static func svg(title: String, subtitle: String?, authors: [String]) -> String {
        var lines: [(text: String, size: Int, y: Int)] = []
        var y = 420
        for line in wrap(title, width: 20) {
            lines.append((line, 88, y))
            y += 104
        }
        y += 20
        for line in wrap(subtitle ?? "", width: 32) {
            lines.append((line, 52, y))
            y += 66
        }
        let byline = authors.joined(separator: ", ")
        var svg = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 1600 2400" width="1600" height="2400">
            <title>\(XML.escape(title))</title>
            <rect width="1600" height="2400" fill="#f4f1ea"/>
            <rect x="100" y="100" width="1400" height="2200" fill="none" stroke="#1d2329" stroke-width="6"/>
            <rect x="100" y="300" width="1400" height="12" fill="#0b5e8a"/>

            """
        for line in lines {
            svg += "<text x=\"800\" y=\"\(line.y)\" font-family=\"Georgia, serif\" font-size=\"\(line.size)\" "
                + "text-anchor=\"middle\" fill=\"#1d2329\">\(XML.escape(line.text))</text>\n"
        }
        for (i, line) in wrap(byline, width: 40).enumerated() {
            svg += "<text x=\"800\" y=\"\(2050 + i * 60)\" font-family=\"Georgia, serif\" font-size=\"48\" "
                + "text-anchor=\"middle\" fill=\"#4a5561\">\(XML.escape(line))</text>\n"
        }
        return svg + "</svg>\n"
    }

    /// Words in lines of at most `width` characters (a longer word stands alone).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
