import Testing
@testable import CourseBuild

@Suite("LaTeX to Unicode")
struct LaTeXTextTests {
    @Test(arguments: [
        (#"{\"u}"#, "ü"), (#"\"u"#, "ü"), (#"\'e"#, "é"), (#"{\'e}"#, "é"), (#"\`a"#, "à"), (#"\^o"#, "ô"),
        (#"\~n"#, "ñ"), (#"\c{c}"#, "ç"), (#"\v{s}"#, "š"), (#"\=a"#, "ā"), (#"\.z"#, "ż"), (#"\u{a}"#, "ă"),
        (#"\H{o}"#, "ő"), (#"{\aa}"#, "å"), (#"{\o}"#, "ø"), (#"{\ss}"#, "ß"), (#"{\ae}"#, "æ"), (#"{\oe}"#, "œ"),
        (#"{\l}"#, "ł"), (#"{\i}"#, "ı"), (#"\'{\i}"#, "í"), (##"\& \% \$ \# \_"##, "& % $ # _"),
        ("1--2", "1–2"), ("a---b", "a—b"), ("a~b", "a\u{00A0}b"), ("{{Braces}} {gone}", "Braces gone"),
        (#"Mg$^{2+}$ and $\beta$"#, "Mg²⁺ and β"), (#"\emph{word}"#, "word"), ("two\n   lines", "two lines"),
        (#"``quoted''"#, "“quoted”"), (#"Bj\o rn"#, "Bjørn"),
    ])
    func decodes(_ raw: String, _ expected: String) {
        #expect(LaTeXText.decode(raw) == expected)
    }
}
