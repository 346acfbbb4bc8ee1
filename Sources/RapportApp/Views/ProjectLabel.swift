import TerminalUI

/// An exchange's project as the history shows it: a mark and the name cut
/// to a few columns ("◆ Lancement At…"); the exchange overlay shows it whole.
enum ProjectLabel {
    static let width = 16

    static func compact(_ name: String) -> String {
        let clean = TextSanitizer.singleLine(name)
        guard DisplayWidth.of(clean) > width else { return "◆ " + clean }
        var cut = ""
        for character in clean {
            if DisplayWidth.of(cut + String(character)) > width - 1 { break }
            cut.append(character)
        }
        while cut.last == " " { cut.removeLast() }
        return "◆ " + cut + "…"
    }
}
