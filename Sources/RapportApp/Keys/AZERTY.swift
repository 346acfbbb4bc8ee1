import RapportLocalization
import TerminalUI

/// The French AZERTY keyboard, where the digit keys type `& é " ' (` without
/// Shift: every digit choice (views `1 2 3`, snooze `1–5`, ratings) also
/// takes the character of the same key, so nobody has to hold Shift.
/// Yes/no questions take `o` (oui) as well as `y`.
enum AZERTY {
    /// The character each digit key of a French AZERTY keyboard types
    /// without Shift, by digit.
    static let unshifted: [Character: Int] = [
        "&": 1, "é": 2, "\"": 3, "'": 4, "(": 5, "-": 6, "è": 7, "_": 8, "ç": 9, "à": 0,
    ]

    /// The digit a typed character stands for: `1`…`9` and `0` themselves,
    /// or the AZERTY character on the same key (`é` is 2). Nil otherwise.
    static func digit(_ character: Character) -> Int? {
        if character.isASCII, let value = character.wholeNumberValue { return value }
        return unshifted[character]
    }

    /// The AZERTY key for a digit, as bound beside it.
    static func key(for digit: Int) -> Key? {
        unshifted.first { $0.value == digit }.map { Key.char($0.key) }
    }

    /// Whether a key is one of the AZERTY alternatives to a digit.
    static func isAlternative(_ key: Key) -> Bool {
        if case .char(let character) = key { return unshifted[character] != nil }
        return false
    }

    /// Whether help shows this key in `language`: the AZERTY alternatives
    /// only in French (they work in English too, but an English help
    /// screen listing `é` would puzzle its reader).
    static func shown(_ key: Key, in language: Language = L10n.language) -> Bool {
        language == .french || !isAlternative(key)
    }

    /// A yes to a yes/no question: `y`, or `o` for oui, either case.
    static func isYes(_ key: Key) -> Bool {
        [Key.char("y"), .char("Y"), .char("o"), .char("O")].contains(key)
    }

    /// The key shown for "yes" in the footer: `o` in French, `y` in English.
    static var yesKey: String { L10n.language == .french ? "o" : "y" }
}
