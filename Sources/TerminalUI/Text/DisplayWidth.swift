/// Column widths of text as the terminal will draw it: each grapheme cluster
/// takes the sum of its code points' widths (❤️ 1, 👍🏽 4, 👨‍👩‍👧 6), which is
/// how glibc and ncurses count. tmux agrees on everything but text after a
/// zero-width joiner, which it draws inside the previous cell: the
/// sanitizer drops ZWJ so that never happens (`Tests/e2e/widths.sh`).
/// Non-printable code points count 0 here; text from users goes through
/// `TextSanitizer` first, which replaces them.
public enum DisplayWidth {
    /// The columns one grapheme cluster takes.
    public static func of(_ character: Character) -> Int {
        var total = 0
        for scalar in character.unicodeScalars {
            total += max(0, CodePointWidth.of(scalar))
        }
        return total
    }

    /// The columns a string takes on one line.
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars {
            total += max(0, CodePointWidth.of(scalar))
        }
        return total
    }

    /// The columns a string takes on one line.
    public static func of(_ text: Substring) -> Int {
        of(String(text))
    }
}

extension String {
    /// The columns this text takes in a terminal (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension Character {
    /// The columns this grapheme cluster takes in a terminal (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
