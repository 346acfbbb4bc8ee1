import Foundation
import TerminalUI

/// Aligned text columns for the command line's human output. Widths are
/// display columns (accents, emoji and CJK measured as the terminal draws
/// them) and user text is sanitized, so a name cannot inject escape codes.
struct TextTable {
    enum Alignment { case left, right }

    struct Column {
        let title: String
        var alignment: Alignment = .left
        /// Longest a cell may be before it is cut with `…`.
        var maxWidth: Int = 40
    }

    let columns: [Column]
    private(set) var rows: [[String]] = []

    init(_ columns: [Column]) {
        self.columns = columns
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells.map(CLIText.clean))
    }

    func render(header: Bool = true) -> String {
        let all = (header ? [columns.map(\.title)] : []) + rows
        let widths = columns.indices.map { index in
            min(columns[index].maxWidth, all.map { CLIText.width($0[safe: index] ?? "") }.max() ?? 0)
        }
        return all.map { cells in
            columns.indices.map { index -> String in
                let text = CLIText.truncate(cells[safe: index] ?? "", to: widths[index])
                let padding = String(repeating: " ", count: max(0, widths[index] - CLIText.width(text)))
                let isLast = index == columns.count - 1
                switch columns[index].alignment {
                case .left: return isLast ? text : text + padding
                case .right: return padding + text
                }
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

/// Text helpers shared by the human output of every command.
enum CLIText {
    /// User text made safe for a terminal: control characters and escape
    /// sequences become visible placeholders.
    static func clean(_ text: String) -> String {
        TextSanitizer.singleLine(text)
    }

    /// Display width in terminal columns.
    static func width(_ text: String) -> Int {
        DisplayWidth.of(text)
    }

    /// Cuts text to `width` columns with a trailing `…`.
    static func truncate(_ text: String, to width: Int) -> String {
        TextFitting.truncate(text, to: width)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
