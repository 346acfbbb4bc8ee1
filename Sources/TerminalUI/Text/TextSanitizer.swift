/// The one gate user text passes before it is drawn, so no byte of it can
/// act on the terminal or shift the columns:
/// - C0 controls and DEL become Unicode Control Pictures (`␀`, `␇`, `␡`);
/// - an escape sequence (CSI, OSC, DCS, APC…, with ESC or its C1 form)
///   becomes one `␛`; other C1 controls become `�`;
/// - a tab becomes a space; a line break (LF, CR, CRLF, VT, FF, NEL, U+2028,
///   U+2029) becomes `⏎` on a single line;
/// - bidi embedding, override and isolate controls (U+202A–202E,
///   U+2066–2069) and code points the terminal cannot print (unassigned in
///   glibc's tables) become `�`;
/// - a combining mark with nothing to combine with is drawn on a dotted
///   circle `◌`, never on the previous cell; invisible format characters on
///   their own (zero-width space, word joiner…) are dropped;
/// - a zero-width joiner (U+200D) is dropped, even inside an emoji
///   sequence: tmux draws any non-ASCII character that follows a ZWJ inside
///   the previous cell (the family 👨‍👩‍👧 takes 2 columns there, "a‍é"
///   takes 1) while ncurses and xterm advance by each character's width, so
///   a kept ZWJ shifts the rest of the row. 👨‍👩‍👧 shows as 👨👩👧, 6 columns
///   in all three;
/// - at most 4 zero-width code points follow each visible one (what an
///   ncurses cell holds), so stacks of combining marks cannot drift.
public enum TextSanitizer {
    /// How a line break shows on a single line.
    public static let lineBreakSymbol: Character = "⏎"
    /// How an escape sequence shows.
    public static let escapeSymbol: Character = "␛"
    /// How other unsafe or unprintable code points show.
    public static let replacementSymbol: Character = "\u{FFFD}"
    /// What a lone combining mark is drawn on.
    public static let combiningBase: Character = "◌"

    static let maxZeroWidthPerCell = 4
    static let zeroWidthJoiner: UInt32 = 0x200D

    /// One line of text as clusters ready to draw.
    public static func clusters(_ text: String) -> [DisplayCluster] {
        clusters(ofSafe: safeScalars(text))
    }

    /// One line of text, made safe to draw.
    public static func singleLine(_ text: String) -> String {
        clusters(text).joinedText
    }

    /// Text split at its line breaks, each line made safe to draw.
    public static func lines(_ text: String) -> [String] {
        splitLines(text).map(singleLine)
    }

    /// Text split at its line breaks, each line as clusters ready to draw.
    public static func lineClusters(_ text: String) -> [[DisplayCluster]] {
        splitLines(text).map(clusters)
    }

    /// Splits at LF, CR, CRLF, VT, FF, NEL, U+2028 and U+2029 (nothing else changed).
    public static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if isLineBreak(scalar) {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        lines.append(String(current))
        return lines
    }

    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isBidiControl(_ value: UInt32) -> Bool {
        (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The text with every unsafe code point or sequence replaced by a visible symbol.
    static func safeScalars(_ text: String) -> String.UnicodeScalarView {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var zeroWidthRun = 0
        var index = 0
        func emit(_ character: Character) {
            output.append(contentsOf: character.unicodeScalars)
            zeroWidthRun = 0
        }
        while index < scalars.count {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 0x1B || value == 0x9B || EscapeSequence.isStringIntroducer(value) {
                index = EscapeSequence.end(in: scalars, from: index)
                emit(escapeSymbol)
                continue
            }
            index += 1
            if value == 0x0D, index < scalars.count, scalars[index] == "\n" {
                index += 1
            }
            if isLineBreak(scalar) {
                emit(lineBreakSymbol)
            } else if value == 0x09 {
                emit(" ")
            } else if value < 0x20, let picture = Unicode.Scalar(0x2400 + value) {
                emit(Character(picture))
            } else if value == 0x7F {
                emit("␡")
            } else if isBidiControl(value) {
                emit(replacementSymbol)
            } else if value == zeroWidthJoiner {
                continue
            } else {
                switch CodePointWidth.of(scalar) {
                case ..<0:
                    emit(replacementSymbol)
                case 0:
                    zeroWidthRun += 1
                    if zeroWidthRun <= maxZeroWidthPerCell { output.append(scalar) }
                default:
                    output.append(scalar)
                    zeroWidthRun = 0
                }
            }
        }
        return output
    }

    /// Groups safe scalars into clusters that each start with a visible character.
    static func clusters(ofSafe scalars: String.UnicodeScalarView) -> [DisplayCluster] {
        var result: [DisplayCluster] = []
        for character in String(scalars) {
            let text = String(character)
            guard let first = character.unicodeScalars.first else { continue }
            if CodePointWidth.of(first) > 0 {
                result.append(DisplayCluster(safe: text))
            } else if DisplayWidth.of(character) == 0 && first.properties.generalCategory == .format {
                continue
            } else {
                result.append(DisplayCluster(safe: String(combiningBase) + text))
            }
        }
        return result
    }
}
