/// Text attributes a style can add: bold, dim, italic, underline, reverse.
/// Monochrome terminals keep these when they drop every colour.
public struct Modifiers: OptionSet, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Modifiers(rawValue: 1 << 0)
    public static let dim = Modifiers(rawValue: 1 << 1)
    public static let italic = Modifiers(rawValue: 1 << 2)
    public static let underline = Modifiers(rawValue: 1 << 3)
    public static let reverse = Modifiers(rawValue: 1 << 4)

    /// Each modifier with the name theme files use, in a stable order.
    public static let named: [(name: String, modifier: Modifiers)] = [
        ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
    ]

    /// Parses one modifier name (`bold`, `underlined` is accepted for `underline`).
    public init?(name: String) {
        let key = name.lowercased()
        if key == "underlined" { self = .underline; return }
        guard let match = Modifiers.named.first(where: { $0.name == key }) else { return nil }
        self = match.modifier
    }

    public var names: [String] {
        Modifiers.named.filter { contains($0.modifier) }.map(\.name)
    }

    public var description: String { "[" + names.joined(separator: ", ") + "]" }
}
