/// Keys that ncurses reports by an extended terminfo name (`kLFT5` is
/// Ctrl-←, `kHOM3` Alt-Home): the modified keys xterm-like terminals
/// describe. Read the same way as their escape sequences: Ctrl or Alt
/// with ←/→ moves by word, other modifiers are dropped.
public enum ExtendedKeyName {
    private static let bases: [(prefix: String, key: Key)] = [
        ("kLFT", .left), ("kRIT", .right), ("kUP", .up), ("kDN", .down),
        ("kHOM", .home), ("kEND", .end), ("kDC", .delete), ("kIC", .insert),
        ("kPRV", .pageUp), ("kNXT", .pageDown),
    ]

    /// The key for a name like `kLFT5`; nil for a name with no key here.
    public static func key(_ name: String) -> Key? {
        for (prefix, key) in bases where name.hasPrefix(prefix) {
            let suffix = name.dropFirst(prefix.count)
            guard suffix.isEmpty || (suffix.count == 1 && suffix.first.map { ("2"..."8").contains($0) } == true) else { continue }
            let modifier = suffix.first.flatMap { Int(String($0)) } ?? 1
            let ctrlOrAlt = (modifier - 1) & (2 | 4) != 0
            switch key {
            case .left where ctrlOrAlt: return .alt("b")
            case .right where ctrlOrAlt: return .alt("f")
            default: return key
            }
        }
        return nil
    }
}
