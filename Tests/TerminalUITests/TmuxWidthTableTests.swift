import Foundation
import TerminalUI
import Testing

/// The table `Tests/e2e/widths.sh` checks against what tmux really draws:
/// here, that the sanitizer turns each input into the `drawn` text, and that
/// `DisplayWidth` measures it as the columns tmux advanced.
@Suite struct TmuxWidthTableTests {
    struct Row: CustomTestStringConvertible, Sendable {
        let source: String
        let input: String
        let drawn: String
        let width: Int
        var testDescription: String { source }
    }

    static let rows: [Row] = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("e2e/widths.tsv")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 4, let width = Int(columns[3]) else { return nil }
            return Row(source: columns[0], input: unescaped(columns[0]), drawn: unescaped(columns[2]), width: width)
        }
    }()

    /// `\u` and 4 hex digits, `\U` and 8, as bash's printf reads them.
    static func unescaped(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\\", index + 1 < scalars.count, scalars[index + 1] == "u" || scalars[index + 1] == "U" {
                let digits = scalars[index + 1] == "u" ? 4 : 8
                let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<min(scalars.count, index + 2 + digits)]))
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    result.append(scalar)
                    index += 2 + digits
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }

    @Test func theTableIsThere() {
        #expect(Self.rows.count >= 20)
        #expect(Self.rows.contains { $0.input.unicodeScalars.contains("\u{200D}") })
    }

    @Test(arguments: rows)
    func sanitizedAndMeasuredAsTmuxDrawsIt(_ row: Row) {
        #expect(TextSanitizer.singleLine(row.input) == row.drawn)
        #expect(DisplayWidth.of(row.drawn) == row.width)
        #expect(TextSanitizer.clusters(row.input).displayWidth == row.width)
    }
}
