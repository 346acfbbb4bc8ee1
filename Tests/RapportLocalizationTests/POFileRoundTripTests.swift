import RapportLocalization
import Testing

@Suite("Catalogs: .po files written by a tool read back the same")
struct POFileRoundTripTests {
    /// SplitMix64: the same inputs on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces = ["a", "é", "Ü", "\"", "\\", "\n", "\t", "%s", "%'d", " ", "«", "»", "’", "🦄", "#", "msgid", "\u{7}", "x"]

    func text(_ generator: inout Generator, allowEmpty: Bool = false) -> String {
        let count = Int.random(in: (allowEmpty ? 0 : 1)...12, using: &generator)
        return (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    /// A string as gettext tools write it: escaped, cut after each `\n` into quoted lines.
    func quoted(_ value: String) -> String {
        var escaped = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n\"\n\""
            case "\t": escaped += "\\t"
            case "\u{7}": escaped += "\\a"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }

    @Test func randomCatalogsRoundTrip() throws {
        var generator = Generator(state: 12)
        for _ in 0..<200 {
            var entries: [POEntry] = []
            var seen: Set<String> = []
            var lines = ["msgid \"\"", "msgstr \"\"", "\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"", ""]
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                let context = Bool.random(using: &generator) ? text(&generator) : nil
                let id = text(&generator)
                guard seen.insert((context ?? "") + "\u{4}" + id).inserted else { continue }
                let plural = Bool.random(using: &generator) ? text(&generator) : nil
                let strings = (0..<(plural == nil ? 1 : 2)).map { _ in text(&generator, allowEmpty: true) }
                let fuzzy = Int.random(in: 0..<5, using: &generator) == 0
                if fuzzy { lines.append("#, fuzzy") }
                lines.append("#: Sources/Some/File.swift:\(entries.count + 1)")
                // The entry starts on the next physical line (a quoted string cut after `\n` spans several).
                let line = lines.reduce(1) { $0 + 1 + $1.filter { $0 == "\n" }.count }
                if let context { lines.append("msgctxt " + quoted(context)) }
                lines.append("msgid " + quoted(id))
                if let plural {
                    lines.append("msgid_plural " + quoted(plural))
                    for (index, string) in strings.enumerated() { lines.append("msgstr[\(index)] " + quoted(string)) }
                } else {
                    lines.append("msgstr " + quoted(strings[0]))
                }
                lines.append("")
                entries.append(POEntry(context: context, id: id, idPlural: plural, strings: strings,
                                       flags: fuzzy ? ["fuzzy"] : [], line: line))
            }
            let file = try POFile.parse(lines.joined(separator: "\n"), file: "r.po")
            #expect(file.entries == entries, "\(lines.joined(separator: "\n"))")
            #expect(file.pluralRule == .french)
        }
    }
}
