import Foundation
import Testing
@testable import TerminalUI

#if canImport(Glibc)
import Glibc

/// glibc's `wcwidth`, looked up at run time (Swift does not import it).
private func glibcWcwidth() -> (@convention(c) (Int32) -> Int32)? {
    guard setlocale(LC_CTYPE, "C.UTF-8") != nil,
          let handle = dlopen(nil, RTLD_NOW),
          let symbol = dlsym(handle, "wcwidth") else { return nil }
    return unsafeBitCast(symbol, to: (@convention(c) (Int32) -> Int32).self)
}

@Suite struct WidthTableTests {
    @Test func matchesGlibcOnEveryCodePoint() throws {
        let wcwidth = try #require(glibcWcwidth(), "glibc wcwidth and the C.UTF-8 locale are needed")
        if ProcessInfo.processInfo.environment["RAPPORT_REGENERATE_WIDTHS"] == "1" {
            try regenerate(with: wcwidth)
        }
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF where !(0xD800...0xDFFF).contains(value) {
            let expected = Int(wcwidth(Int32(value)))
            let actual = CodePointWidth.of(value)
            if expected != actual && mismatches.count < 20 {
                mismatches.append(String(format: "U+%04X: glibc %d, table %d", value, expected, actual))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }

    /// Rewrites WidthTable.swift from glibc (RAPPORT_REGENERATE_WIDTHS=1).
    private func regenerate(with wcwidth: @convention(c) (Int32) -> Int32) throws {
        var runs: [(UInt32, Int32)] = []
        for value in UInt32(0)...0x10FFFF {
            let width: Int32 = (0xD800...0xDFFF).contains(value) ? -1 : wcwidth(Int32(value))
            if runs.last?.1 != width { runs.append((value, width)) }
        }
        var lines = [
            "// Generated from glibc's wcwidth in the C.UTF-8 locale; do not edit by hand.",
            "// WidthTableTests checks it against glibc and rewrites it when RAPPORT_REGENERATE_WIDTHS=1.",
            "",
            "extension CodePointWidth {",
            "    /// The first code point of each run of code points sharing one width;",
            "    /// a run ends where the next begins.",
            "    static let runStarts: [UInt32] = [",
        ]
        for chunk in stride(from: 0, to: runs.count, by: 8) {
            lines.append("        " + runs[chunk..<min(runs.count, chunk + 8)]
                .map { String(format: "0x%05X,", $0.0) }.joined(separator: " "))
        }
        lines += ["    ]", "", "    /// The width of each run: -1 (not printable), 0, 1 or 2.", "    static let runWidths: [Int8] = ["]
        for chunk in stride(from: 0, to: runs.count, by: 24) {
            lines.append("        " + runs[chunk..<min(runs.count, chunk + 24)].map { "\($0.1)," }.joined(separator: " "))
        }
        lines += ["    ]", "}"]
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/TerminalUI/Text/WidthTable.swift")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
#endif

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("漢", 2), ("❤️", 1), ("👍", 2), ("👍🏽", 4),
        ("👨‍👩‍👧", 6), ("🇫🇷", 2), ("\u{200D}", 0), ("─", 1), ("…", 1), ("⏎", 1), ("␛", 1),
    ])
    func clusterWidths(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func stringWidthIsTheSumOfItsClusters() {
        #expect("Zoë 漢字 👍🏽".displayWidth == 3 + 1 + 4 + 1 + 4)
    }

    @Test func nonPrintableCodePointsAreMinusOne() {
        #expect(CodePointWidth.of(0x1B) == -1)
        #expect(CodePointWidth.of(0x378) == -1)
        #expect(CodePointWidth.of(0x110000) == -1)
    }
}
