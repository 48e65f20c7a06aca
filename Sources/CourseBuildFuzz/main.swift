import Foundation
@testable import CourseBuild

// Fuzz targets for issue #14: one reader per target, chosen by FUZZ_TARGET.
// Built by `make fuzz` with libFuzzer's coverage instrumentation and its
// no-main runtime, it hands each target to libFuzzer (LLVMFuzzerRunDriver).
// Built without them (as `swift build` does), it runs a plain random-mutation
// loop over the same seeds, so the target always links and can still be run.

/// The readers, each fed one input.
let targets: [String: (Data) -> Void] = [
    "frontmatter": { data in _ = FrontMatterReader.read(text(data), file: "chapters/01-a.md") },
    "config": { data in _ = CourseConfigReader.read(text(data), file: "course.yml") },
    "glossary": { data in _ = GlossaryReader.read(text(data), file: "glossary.yml") },
    "bibtex": { data in _ = BibTeXParser.parseKeepingBrokenKeys(text(data), file: "references.bib") },
    "csljson": { data in _ = CSLJSONParser.parse(data, file: "references.json") },
    "chapter": { data in pipeline(chapter: data) },
]

/// Seeds: small valid inputs the mutations start from.
let seeds: [String: [String]] = [
    "frontmatter": ["---\ntitle: \"A\"\nobjectives: [a, b]\nsummary: S\n---\n\nText.\n", "---\ntitle: A: b\n---\n"],
    "config": ["title: T\nlanguage: en\nchapters:\n  - chapters/01-a.md\nobjectives:\n  - id: a\n    text: A.\nlint:\n  rules:\n    claims.hype: off\n  claims:\n    hype: [wow]\n"],
    "glossary": ["- term: Ion\n  aliases: [ions, 1,25-x]\n  definition: A charged atom.\n  see: [Channel]\n- term: Channel\n  definition: A pore.\n"],
    "bibtex": ["@string{j = \"J Physiol\"}\n@article{smith2020,\n  author = {Smith, J. and {\\\"O}zt{\\\"u}rk, A.},\n  title = {On {Ions}},\n  journal = j,\n  year = 2020, month = jan,\n  doi = {10.1/x}\n}\n@comment{x}\n"],
    "csljson": ["[{\"id\": \"a\", \"type\": \"article-journal\", \"title\": \"T <i>x</i>\", \"author\": [{\"family\": \"Doe\", \"given\": \"J\"}], \"issued\": {\"date-parts\": [[2020]]}, \"note\": \"evidence: rct\\nPMID: 1\"}]"],
    "chapter": ["---\ntitle: A\nobjectives: [a]\n---\n\n# H\n\nText [@k] about the [ion](term:ion) and the ion.\n\n> quote\n\n- a\n  - b\n\n| x | y |\n|---|---|\n| 1 | 2 |\n\n![alt](x.png \"t\")\n\n```quiz\nquestion: Q?\nobjective: a\nchoices:\n  - text: A\n    correct: true\n    feedback: F\n```\n"],
]

func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

/// The whole pipeline on one chapter: load, check and render a course in a
/// scratch folder (nothing is written outside it).
let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("coursebuild-fuzz-\(getpid())")
func pipeline(chapter data: Data) {
    let files: [String: Data] = [
        "course.yml": Data("title: T\nobjectives:\n  - id: a\n    text: A.\n".utf8),
        "glossary.yml": Data("- term: Ion\n  definition: A charged atom.\n".utf8),
        "references.bib": Data("@article{k, author={Doe, J.}, title={T}, journal={J}, year={2020}}\n".utf8),
        "chapters/01-a.md": data,
    ]
    for (path, bytes) in files {
        let url = scratch.appendingPathComponent(path)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? bytes.write(to: url)
    }
    guard let (course, _) = try? Build.check(path: scratch.path, options: .init(), claims: .everyClaim) else { return }
    _ = try? Build.render(course, only: nil)
}

let name = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? ""
guard let target = targets[name] else {
    FileHandle.standardError.write(Data("set FUZZ_TARGET to one of: \(targets.keys.sorted().joined(separator: ", "))\n".utf8))
    exit(2)
}

typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
typealias RunDriver = @convention(c) (
    UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>, TestOneInput) -> CInt

/// libFuzzer's entry when linked in (make fuzz links it and exports its symbols).
if let symbol = dlsym(nil, "LLVMFuzzerRunDriver") {  // RTLD_DEFAULT on Linux
    let driver = unsafeBitCast(symbol, to: RunDriver.self)
    // An empty corpus folder starts from the seeds.
    for folder in CommandLine.arguments.dropFirst() where !folder.hasPrefix("-") {
        guard (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true else { continue }
        for (i, seed) in (seeds[name] ?? []).enumerated() {
            try? Data(seed.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("seed-\(i)"))
        }
    }
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(driver(&argc, &argv) { bytes, count in
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        targets[ProcessInfo.processInfo.environment["FUZZ_TARGET"]!]!(data)
        return 0
    })
}

// The fallback: random mutations of the seeds for FUZZ_SECONDS (default 60).
// Each input is written to fuzz-<target>-current before it runs, so a crash leaves it behind.
let seconds = Double(ProcessInfo.processInfo.environment["FUZZ_SECONDS"] ?? "") ?? 60
let interesting: [[UInt8]] = ["---", "\n", ": ", "\t", "[", "]", "{", "}", "\"", "'", "@", ",", "#", "*", "`", "```", "|", ">", "- ", "&a ", "*a",
                              "\\", "<", "\u{0}", "\r", "\u{FEFF}", "é", "🙂", "1", "-1", "99999999999999999999"].map { Array($0.utf8) }
var generator = SystemRandomNumberGenerator()
func mutate(_ input: [UInt8]) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...8, using: &generator) {
        let at = bytes.isEmpty ? 0 : Int.random(in: 0...bytes.count, using: &generator)
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: bytes.insert(contentsOf: interesting.randomElement(using: &generator)!, at: at)
        case 1: if at < bytes.count { bytes.remove(at: at) }
        case 2: if at < bytes.count { bytes[at] = UInt8.random(in: 0...255, using: &generator) }
        case 3:  // repeat a slice
            let end = min(bytes.count, at + Int.random(in: 1...16, using: &generator))
            if at < end { bytes.insert(contentsOf: Array(repeating: bytes[at..<end], count: Int.random(in: 1...50, using: &generator)).joined(), at: at) }
        default:
            let end = min(bytes.count, at + Int.random(in: 1...32, using: &generator))
            if at < end { bytes.removeSubrange(at..<end) }
        }
    }
    return Array(bytes.prefix(1 << 16))
}
let current = URL(fileURLWithPath: "fuzz-\(name)-current")
var pool = (seeds[name] ?? [""]).map { Array($0.utf8) }
let start = Date()
var runs = 0
while Date().timeIntervalSince(start) < seconds {
    let input = mutate(pool.randomElement(using: &generator)!)
    try? Data(input).write(to: current)
    target(Data(input))
    runs += 1
    if runs % 50 == 0 && pool.count < 200 { pool.append(input) }
}
try? FileManager.default.removeItem(at: current)
try? FileManager.default.removeItem(at: scratch)
print("\(name): \(runs) runs in \(Int(seconds)) s (random mutation, no coverage guidance), no crash")
