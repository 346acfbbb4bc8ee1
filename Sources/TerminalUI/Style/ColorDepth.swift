/// How many colours a terminal can show, from what it reports (ncurses `COLORS`).
public enum ColorDepth: Int, Comparable, Hashable, Sendable, CaseIterable {
    /// No colours: only modifiers.
    case monochrome = 0
    /// The 8 basic ANSI colours.
    case ansi8 = 8
    /// The 8 basic and 8 bright ANSI colours.
    case ansi16 = 16
    /// The xterm 256-colour palette.
    case palette256 = 256

    /// The depth for a terminal reporting `colorCount` colours.
    public init(colorCount: Int) {
        switch colorCount {
        case 256...: self = .palette256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .monochrome
        }
    }

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }
}
