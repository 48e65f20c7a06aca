import Foundation

/// Turns the LaTeX that BibTeX fields are written in into plain Unicode text:
/// `Gis{\`e}le` → "Gisèle", `165--177` → "165–177", `5\% dextrose` → "5% dextrose",
/// `Mg$^{2+}$` → "Mg²⁺". Braces only protect case in BibTeX, so they are dropped.
/// Unknown commands (`\emph`, `\textit`) vanish and keep their argument's text.
enum LaTeXText {
    /// Decodes a field value; whitespace runs (including line breaks) become one space.
    static func decode(_ raw: String) -> String {
        let plain = collapseWhitespace(raw)
        let collapsed: String
        if hasMarkup(plain) {
            var decoder = Decoder(scalars: Array(plain.unicodeScalars))
            collapsed = collapseWhitespace(decoder.run())
        } else {
            collapsed = plain  // most values: nothing for the decoder to do
        }
        // Composing only matters where an accent was decoded; most fields are ASCII.
        return collapsed.utf8.allSatisfy { $0 < 0x80 } ? collapsed : collapsed.precomposedStringWithCanonicalMapping
    }

    /// For URLs and DOIs: only un-escapes `\_`, `\%`, `\&`, `\#`, `\$`, `\~` and
    /// drops braces; dashes and `~` in a URL are kept as they are.
    static func decodeVerbatim(_ raw: String) -> String {
        // Most DOIs and URLs have nothing to un-escape: no scalar-by-scalar copy for them.
        guard raw.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "\\") }) else {
            return raw.trimmingWhitespace()
        }
        var out = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            switch c {
            case "{", "}": continue
            case "\\":
                if let next = scalars.next() { out.append(next) }
            default: out.append(c)
            }
        }
        return String(out).trimmingWhitespace()
    }

    static func collapseWhitespace(_ text: String) -> String {
        if !needsCollapsing(text.utf8) { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for c in text.unicodeScalars {
            if c == " " || c == "\t" || c == "\n" || c == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(c)
            }
        }
        return String(out)
    }

    /// Whether the decoder would change anything: braces, commands, ties, quotes, math or dashes.
    /// One pass over the bytes: Foundation's `contains("--")` bridged every field to NSString.
    private static func hasMarkup(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "\\"), UInt8(ascii: "~"), UInt8(ascii: "`"), UInt8(ascii: "$"):
                return true
            case UInt8(ascii: "-"), UInt8(ascii: "'"):
                if byte == previous { return true }
            default: break
            }
            previous = byte
        }
        return false
    }

    /// Whether the text has a tab or line break, a doubled space, or a space at either end.
    private static func needsCollapsing(_ bytes: String.UTF8View) -> Bool {
        var previousSpace = true
        for byte in bytes {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { return true }
            let space = byte == 0x20
            if space && previousSpace { return true }
            previousSpace = space
        }
        return previousSpace && !bytes.isEmpty
    }

    /// Accent commands written with a symbol: `\"u`, `\'e`, … → combining mark.
    static let symbolAccents: [Unicode.Scalar: Unicode.Scalar] = [
        "\"": "\u{0308}", "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}",
        "~": "\u{0303}", "=": "\u{0304}", ".": "\u{0307}",
    ]

    /// Accent commands written with a letter: `\c{c}`, `\v{s}`, … → combining mark.
    static let letterAccents: [String: Unicode.Scalar] = [
        "c": "\u{0327}", "v": "\u{030C}", "u": "\u{0306}", "H": "\u{030B}",
        "k": "\u{0328}", "r": "\u{030A}", "d": "\u{0323}", "b": "\u{0331}",
    ]

    /// Commands that stand for one character (text and the math a title needs).
    static let symbols: [String: String] = [
        "aa": "å", "AA": "Å", "o": "ø", "O": "Ø", "ss": "ß", "ae": "æ", "AE": "Æ",
        "oe": "œ", "OE": "Œ", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð",
        "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
        "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…",
        "textregistered": "®", "texttrademark": "™", "textcopyright": "©", "copyright": "©",
        "S": "§", "P": "¶", "textdegree": "°", "textmu": "µ", "textpm": "±",
        "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
        "textasciitilde": "~", "textbackslash": "\\", "textunderscore": "_", "&": "&",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
        "zeta": "ζ", "eta": "η", "theta": "θ", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν",
        "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ",
        "chi": "χ", "psi": "ψ", "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ",
        "Lambda": "Λ", "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
        "pm": "±", "times": "×", "cdot": "·", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
        "neq": "≠", "approx": "≈", "sim": "∼", "infty": "∞", "rightarrow": "→", "to": "→",
        "leftarrow": "←", "circ": "°", "prime": "′", "%": "%",
    ]

    static let superscripts: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷",
        "8": "⁸", "9": "⁹", "+": "⁺", "-": "⁻", "=": "⁼", "(": "⁽", ")": "⁾", "n": "ⁿ", "i": "ⁱ",
    ]

    static let subscripts: [Unicode.Scalar: Unicode.Scalar] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇",
        "8": "₈", "9": "₉", "+": "₊", "-": "₋", "=": "₌", "(": "₍", ")": "₎",
    ]

    /// A single left-to-right pass over the scalars of a field value.
    struct Decoder {
        let scalars: [Unicode.Scalar]
        var index = 0
        var out = String.UnicodeScalarView()
        var inMath = false

        init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

        func peek(_ offset: Int = 0) -> Unicode.Scalar? {
            index + offset < scalars.count ? scalars[index + offset] : nil
        }

        mutating func run() -> String {
            while let c = peek() {
                switch c {
                case "{", "}":
                    index += 1
                case "\\":
                    command()
                case "-":
                    if peek(1) == "-" && peek(2) == "-" {
                        out.append("—"); index += 3
                    } else if peek(1) == "-" {
                        out.append("–"); index += 2
                    } else {
                        out.append("-"); index += 1
                    }
                case "~":
                    out.append("\u{00A0}"); index += 1
                case "`":
                    if peek(1) == "`" { out.append("“"); index += 2 } else { out.append("‘"); index += 1 }
                case "'" where peek(1) == "'":
                    out.append("”"); index += 2
                case "$":
                    inMath.toggle(); index += 1
                case "^" where inMath, "_" where inMath:
                    index += 1
                    let table = c == "^" ? LaTeXText.superscripts : LaTeXText.subscripts
                    for s in argument().unicodeScalars { out.append(table[s] ?? s) }
                default:
                    out.append(c); index += 1
                }
            }
            return String(out)
        }

        /// At a backslash: an accent, a one-character command, an escaped
        /// character, or an unknown command (dropped, its argument kept).
        mutating func command() {
            index += 1
            guard let next = peek() else { return }
            if let mark = LaTeXText.symbolAccents[next] {
                index += 1
                appendAccented(argument(), mark: mark)
                return
            }
            guard next.properties.isAlphabetic && next.isASCII else {
                index += 1
                switch next {
                case "\\", " ", "\n": out.append(" ")
                case ",": out.append("\u{2009}")
                case "-", "/", "@": break
                default: out.append(next)
                }
                return
            }
            var name = ""
            while let c = peek(), c.isASCII, c.properties.isAlphabetic {
                name.unicodeScalars.append(c); index += 1
            }
            if let mark = LaTeXText.letterAccents[name] {
                appendAccented(argument(), mark: mark)
                return
            }
            while peek() == " " { index += 1 }  // TeX eats spaces after a control word
            if let symbol = LaTeXText.symbols[name] {
                out.append(contentsOf: symbol.unicodeScalars)
            }
        }

        /// The argument of an accent or script: `{…}` decoded, `\i`, or one scalar.
        mutating func argument() -> String {
            while peek() == " " { index += 1 }
            guard let c = peek() else { return "" }
            if c == "{" {
                var depth = 0
                let start = index
                while let d = peek() {
                    index += 1
                    if d == "{" { depth += 1 }
                    if d == "}" { depth -= 1; if depth == 0 { break } }
                }
                let inner = Array(scalars[(start + 1)..<max(start + 1, index - 1)])
                var nested = Decoder(scalars: inner)
                nested.inMath = inMath
                return nested.run()
            }
            if c == "\\" {
                var nested = Decoder(scalars: Array(scalars[index...]))
                nested.command()
                index += nested.index
                return String(nested.out)
            }
            index += 1
            return String(c)
        }

        /// Puts the combining mark after the first letter; a dotless ı or ȷ
        /// takes its dot back ("\'{\i}" → "í").
        mutating func appendAccented(_ base: String, mark: Unicode.Scalar) {
            var scalars = Array(base.unicodeScalars)
            guard !scalars.isEmpty else { return }
            if scalars[0] == "ı" { scalars[0] = "i" }
            if scalars[0] == "ȷ" { scalars[0] = "j" }
            out.append(scalars[0])
            out.append(mark)
            out.append(contentsOf: scalars.dropFirst())
        }
    }
}
