/// How a role looks: foreground, background and modifiers. A nil colour or
/// modifier set means "as the parent role" when a theme resolves roles.
public struct Style: Hashable, Sendable, CustomStringConvertible {
    public var fg: Color?
    public var bg: Color?
    public var modifiers: Modifiers?

    public init(fg: Color? = nil, bg: Color? = nil, modifiers: Modifiers? = nil) {
        self.fg = fg
        self.bg = bg
        self.modifiers = modifiers
    }

    /// The terminal's defaults, no modifiers: what an unset `base` is.
    public static let plain = Style(fg: .default, bg: .default, modifiers: [])

    /// This style, with every attribute it leaves unset taken from `parent`.
    public func inheriting(from parent: Style) -> Style {
        Style(fg: fg ?? parent.fg, bg: bg ?? parent.bg, modifiers: modifiers ?? parent.modifiers)
    }

    /// A style whose attributes are all set (unset ones become the defaults).
    public var resolved: ResolvedStyle {
        ResolvedStyle(fg: fg ?? .default, bg: bg ?? .default, modifiers: modifiers ?? [])
    }

    public var description: String {
        var parts: [String] = []
        if let fg { parts.append("fg=\(fg)") }
        if let bg { parts.append("bg=\(bg)") }
        if let modifiers { parts.append("modifiers=\(modifiers)") }
        return "Style(" + parts.joined(separator: " ") + ")"
    }
}

/// A style with every attribute decided: what a terminal draws a cell with.
public struct ResolvedStyle: Hashable, Sendable {
    public var fg: Color
    public var bg: Color
    public var modifiers: Modifiers

    public init(fg: Color = .default, bg: Color = .default, modifiers: Modifiers = []) {
        self.fg = fg
        self.bg = bg
        self.modifiers = modifiers
    }
}
