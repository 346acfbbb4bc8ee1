import Foundation
import TerminalUI

/// Reading a rendered screen back by columns: where a text starts, what a
/// row says from a column, which roles cover a text.
extension ScreenBuffer {
    /// Row `y` as text, with the column each character starts at
    /// (continuation cells of wide characters are skipped).
    func rowText(_ y: Int) -> (text: String, columns: [Int]) {
        var text = ""
        var columns: [Int] = []
        for x in 0..<width {
            guard let cell = cell(atX: x, y: y), !cell.isContinuation else { continue }
            for _ in cell.text { columns.append(x) }
            text += cell.text
        }
        return (text, columns)
    }

    /// The column where `needle` starts on row `y`, nil when absent.
    func column(of needle: String, row y: Int, from start: Int = 0) -> Int? {
        let (text, columns) = rowText(y)
        let characters = Array(text)
        let wanted = Array(needle)
        guard !wanted.isEmpty, characters.count >= wanted.count else { return nil }
        for index in 0...(characters.count - wanted.count) where columns[index] >= start {
            if Array(characters[index..<(index + wanted.count)]) == wanted { return columns[index] }
        }
        return nil
    }

    /// The first (x, y) where `needle` appears, scanning rows top to bottom.
    func find(_ needle: String, fromRow first: Int = 0) -> (x: Int, y: Int)? {
        for y in max(0, first)..<height {
            if let x = column(of: needle, row: y) { return (x, y) }
        }
        return nil
    }

    /// Every row containing `needle`.
    func rows(containing needle: String) -> [Int] {
        (0..<height).filter { column(of: needle, row: $0) != nil }
    }

    /// The text of row `y` from column `x`, `count` columns wide.
    func text(x: Int, y: Int, count: Int) -> String {
        (x..<min(width, x + count)).compactMap { cell(atX: $0, y: y)?.text }.joined()
    }

    /// The roles of the columns `needle` covers on row `y` (needle must be there).
    func roles(of needle: String, row y: Int) -> Set<StyleRole> {
        guard let x = column(of: needle, row: y) else { return [] }
        let width = DisplayWidth.of(needle)
        return Set((x..<(x + width)).compactMap { role(atX: $0, y: y) })
    }

    /// The row of a form field: where `label` is drawn as a label.
    func formRow(_ label: String) -> Int? {
        rows(containing: label).first { y in
            guard let x = column(of: label, row: y) else { return false }
            return role(atX: x, y: y) == .formLabel || role(atX: x, y: y) == .formFieldFocused
        }
    }

    /// The role of the first cell of `needle` wherever it first appears.
    func role(of needle: String) -> StyleRole? {
        guard let (x, y) = find(needle) else { return nil }
        return role(atX: x, y: y)
    }

    /// Everything on screen as one string, rows joined by line breaks.
    var text: String { trimmedLines().joined(separator: "\n") }

    /// Cells whose text holds a code point that could act on a terminal or
    /// reorder text: C0/C1 controls, DEL, bidi embeddings, overrides, isolates.
    func unsafeCells() -> [(x: Int, y: Int, text: String)] {
        var found: [(Int, Int, String)] = []
        for y in 0..<height {
            for x in 0..<width {
                guard let cell = cell(atX: x, y: y) else { continue }
                if cell.text.unicodeScalars.contains(where: isUnsafe) { found.append((x, y, cell.text)) }
            }
        }
        return found
    }

    /// Whether every row adds up to exactly the screen's width and every
    /// continuation cell follows a wide character.
    func rowsAreWellFormed() -> Bool {
        for y in 0..<height {
            var x = 0
            while x < width {
                guard let cell = cell(atX: x, y: y), !cell.isContinuation, cell.width >= 1 else { return false }
                for next in (x + 1)..<min(width, x + cell.width) where self.cell(atX: next, y: y)?.isContinuation != true {
                    return false
                }
                x += cell.width
            }
            if x != width { return false }
        }
        return true
    }
}

extension ScreenBuffer {
    /// Whether row `y` of a contact list has its `Last` column ending at
    /// `lastEnd` (right-aligned: `12d`, `today`, `—`) and its warmth bar
    /// starting at `warmthX` after a blank column.
    func isContactRow(_ y: Int, lastEnd: Int, warmthX: Int) -> Bool {
        let bars: Set<String> = ["█", "▉", "▊", "▋", "▌", "▍", "▎", "▏", "░"]
        let last = text(x: lastEnd - 4, y: y, count: 5).trimmingCharacters(in: .whitespaces)
        let lastIsDays = last == "today" || last == "—" || (last.hasSuffix("d") && Int(last.dropLast()) != nil)
        return text(x: lastEnd - 5, y: y, count: 1) == " " && cell(atX: lastEnd, y: y)?.text != " " && lastIsDays
            && text(x: warmthX - 1, y: y, count: 1) == " " && bars.contains(text(x: warmthX, y: y, count: 1))
    }
}

func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value)
}

extension StyleRole {
    static let warmthRoles: Set<StyleRole> = ["warmth.cold", "warmth.cooling", "warmth.warm", "warmth.strong"]
}
