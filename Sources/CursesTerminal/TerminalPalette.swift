import CNcursesw
import TerminalUI

/// The terminal's colours: its depth, its colour pairs (allocated on
/// demand), and the curses attributes of each style role in the current theme.
struct TerminalPalette {
    let depth: ColorDepth
    let hasDefaultColors: Bool
    private var pairs: ColorPairs
    private var cache: [StyleRole: (attr_t, Int16)] = [:]
    private var theme: Theme?

    /// Starts colour (when the terminal has any) and reads what it offers.
    static func start() -> TerminalPalette {
        guard has_colors() else {
            return TerminalPalette(depth: .monochrome, hasDefaultColors: true, pairs: ColorPairs(capacity: 0))
        }
        start_color()
        let defaults = use_default_colors() == OK
        let depth = ColorDepth(colorCount: Int(rapport_colors()))
        let capacity = min(Int(rapport_color_pairs()), Int(Int16.max))
        return TerminalPalette(depth: depth, hasDefaultColors: defaults, pairs: ColorPairs(capacity: capacity))
    }

    private init(depth: ColorDepth, hasDefaultColors: Bool, pairs: ColorPairs) {
        self.depth = depth
        self.hasDefaultColors = hasDefaultColors
        self.pairs = pairs
    }

    /// Starts over with `theme`; returns whether it differs from the last one.
    mutating func use(_ theme: Theme) -> Bool {
        guard theme != self.theme else { return false }
        self.theme = theme
        cache.removeAll()
        pairs.reset()
        return true
    }

    /// The attributes and colour pair that draw `role`.
    mutating func attributes(for role: StyleRole) -> (attr_t, Int16) {
        if let known = cache[role] { return known }
        let style = (theme ?? .plain).style(for: role).reduced(to: depth)
        var attributes = rapport_attr_normal()
        let flags: [(Modifiers, attr_t)] = [
            (.bold, rapport_attr_bold()), (.dim, rapport_attr_dim()), (.italic, rapport_attr_italic()),
            (.underline, rapport_attr_underline()), (.reverse, rapport_attr_reverse()),
        ]
        for (modifier, flag) in flags where style.modifiers.contains(modifier) {
            attributes |= flag
        }
        let pair = pairNumber(fg: style.fg.terminalIndex, bg: style.bg.terminalIndex)
        cache[role] = (attributes, pair)
        return (attributes, pair)
    }

    private mutating func pairNumber(fg: Int, bg: Int) -> Int16 {
        guard depth != .monochrome else { return 0 }
        var fg = fg, bg = bg
        if !hasDefaultColors && (fg != -1 || bg != -1) {
            if fg == -1 { fg = Int(COLOR_WHITE) }
            if bg == -1 { bg = Int(COLOR_BLACK) }
        }
        let (number, toDefine) = pairs.pair(fg: fg, bg: bg)
        if let pair = toDefine {
            init_pair(Int16(pair.number), Int16(pair.fg), Int16(pair.bg))
        }
        return Int16(number)
    }
}
