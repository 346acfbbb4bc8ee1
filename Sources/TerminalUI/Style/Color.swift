/// A colour as a theme states it: the terminal's default, one of the 16
/// ANSI colours, an index in the 256-colour palette, or an exact RGB value.
/// The terminal reduces it to what it can show (see `ColorDepth`).
public enum Color: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case `default`
    /// One of the 16 ANSI colours.
    case named(NamedColor)
    /// An entry of the 256-colour palette (0–15 are the ANSI colours).
    case indexed(UInt8)
    /// An exact colour, `#rrggbb`.
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    /// Parses `default`, an ANSI colour name, `0`–`255` or `#rrggbb`
    /// (case-insensitive); nil for anything else.
    public init?(parsing text: String) {
        let name = text.lowercased()
        if name == "default" || name == "reset" {
            self = .default
        } else if let named = NamedColor(name: name) {
            self = .named(named)
        } else if name.allSatisfy(\.isASCII), let index = UInt8(name) {
            self = .indexed(index)
        } else if let rgb = Color.parseHex(name) {
            self = rgb
        } else {
            return nil
        }
    }

    private static func parseHex(_ text: String) -> Color? {
        guard text.hasPrefix("#") else { return nil }
        let digits = Array(text.dropFirst())
        guard digits.count == 6, digits.allSatisfy(\.isHexDigit),
              let value = UInt32(String(digits), radix: 16) else { return nil }
        return .rgb(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
    }

    /// The form `Color(parsing:)` reads back.
    public var description: String {
        switch self {
        case .default: return "default"
        case .named(let named): return named.name
        case .indexed(let index): return String(index)
        case .rgb(let r, let g, let b):
            return "#" + [r, g, b].map { byte in
                let hex = String(byte, radix: 16)
                return hex.count == 1 ? "0" + hex : hex
            }.joined()
        }
    }
}

/// The 16 ANSI colours, numbered as terminals number them (0–15).
public enum NamedColor: Int, CaseIterable, Hashable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The name used in theme files: `red`, `bright-red`…
    public var name: String {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"][rawValue % 8]
        return rawValue < 8 ? base : "bright-" + base
    }

    /// Accepts `red`, `bright-red`, `light-red`, `brightred`, `bright_red`, and
    /// `gray`/`grey` for bright black.
    public init?(name: String) {
        var key = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if key == "gray" || key == "grey" { key = "bright-black" }
        for prefix in ["bright-", "light-", "bright"] where key.hasPrefix(prefix) {
            key = "bright-" + key.dropFirst(prefix.count)
            break
        }
        guard let match = NamedColor.allCases.first(where: { $0.name == key }) else { return nil }
        self = match
    }

    /// The dark variant of a bright colour (itself for the first eight).
    public var normal: NamedColor { NamedColor(rawValue: rawValue % 8) ?? self }
}
