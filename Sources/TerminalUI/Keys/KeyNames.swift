import RapportLocalization
/// An unknown or malformed key name in a configuration file or an override.
public struct KeyNameError: Error, Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let message: String

    public var description: String { message }
}

extension Key {
    /// Names with a fixed meaning, lower case, without `<>`.
    private static let namedKeys: [String: Key] = [
        "up": .up, "down": .down, "left": .left, "right": .right,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp, "prior": .pageUp,
        "pgdn": .pageDown, "pgdown": .pageDown, "pagedown": .pageDown, "page-down": .pageDown, "next": .pageDown,
        "home": .home, "end": .end,
        "enter": .enter, "return": .enter, "ret": .enter, "cr": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "s-tab": .backTab, "backtab": .backTab, "btab": .backTab,
        "backspace": .backspace, "bs": .backspace, "bksp": .backspace,
        "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
        "space": .space, "spc": .space,
        "lt": .char("<"), "gt": .char(">"), "minus": .char("-"),
    ]

    /// Parses a key name as written in `config.toml`: a single character
    /// (`L`, `?`, `/`), `space`, `ctrl-l` / `C-l` / `^l`, `alt-x` / `M-x`,
    /// `up`/`<Down>`, `pgup`, `pgdn`, `home`, `end`, `enter`, `esc`, `tab`,
    /// `shift-tab`, `backspace`, `delete`, `insert`, `F1`…`F63`.
    /// Names are case-insensitive except single characters.
    public init(name raw: String) throws(KeyNameError) {
        let written = raw.trimmingSpaces
        guard !written.isEmpty else {
            throw KeyNameError(name: raw, message: L10n.text("empty key name"))
        }
        if written.count == 1, let character = written.first {
            self = .char(character)
            return
        }
        var name = written
        if name.count > 2, name.hasPrefix("<"), name.hasSuffix(">") {
            name = String(name.dropFirst().dropLast())
        }
        let lower = name.lowercased()
        if let named = Key.namedKeys[lower] {
            self = named
        } else if let key = Key.modified(name) {
            self = key
        } else if lower.hasPrefix("f"), let number = Int(lower.dropFirst()), (1...63).contains(number) {
            self = .function(number)
        } else {
            throw KeyNameError(
                name: raw,
                message: L10n.text("unknown key '%@' (try a character like 'L', 'ctrl-l', 'alt-x', 'down', 'pgdn', 'enter', 'esc', 'tab', 'shift-tab', 'space' or 'F1')", raw))
        }
    }

    /// `ctrl-x`, `c-x`, `^x`, `alt-x`, `m-x`, `meta-x` (the character keeps its case for Alt).
    /// Ctrl-letters the terminal sends as other keys become those keys:
    /// `ctrl-i` is Tab, `ctrl-m` and `ctrl-j` Enter, `ctrl-h` Backspace.
    private static func modified(_ name: String) -> Key? {
        let lower = name.lowercased()
        for prefix in ["ctrl-", "control-", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard rest.count == 1, let letter = rest.lowercased().first, letter.isASCII, letter.isLetter,
                  let code = letter.asciiValue else { return nil }
            return Key(controlCode: UInt32(code) - 96)
        }
        for prefix in ["alt-", "meta-", "m-", "a-"] where lower.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            if rest.count == 1, let character = rest.first { return .alt(character) }
            if rest.lowercased() == "space" { return .alt(" ") }
            if ["backspace", "bs", "bksp"].contains(rest.lowercased()) { return .altBackspace }
            return nil
        }
        return nil
    }

    /// How the key is shown in help and the footer: `j`, `↓`, `Ctrl-d`, `PgDn`, `Enter`.
    public var displayName: String {
        switch self {
        case .char(" "): return L10n.text("Space", context: "key")
        case .char(let character): return String(character)
        case .ctrl(let character): return "Ctrl-" + String(character)
        case .alt(" "): return L10n.text("Alt-Space", context: "key")
        case .alt("\u{7F}"): return L10n.text("Alt-Backspace", context: "key")
        case .alt(let character): return "Alt-" + String(character)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return L10n.text("PgUp", context: "key")
        case .pageDown: return L10n.text("PgDn", context: "key")
        case .home: return L10n.text("Home", context: "key")
        case .end: return L10n.text("End", context: "key")
        case .enter: return L10n.text("Enter", context: "key")
        case .escape: return L10n.text("Esc", context: "key")
        case .tab: return L10n.text("Tab", context: "key")
        case .backTab: return L10n.text("Shift-Tab", context: "key")
        case .backspace: return L10n.text("Backspace", context: "key")
        case .delete: return L10n.text("Del", context: "key")
        case .insert: return L10n.text("Ins", context: "key")
        case .function(let number): return "F\(number)"
        case .resize: return L10n.text("Resize", context: "key")
        case .unknown(let code): return L10n.text("Key %d", context: "key", code)
        }
    }

    /// A name `Key(name:)` reads back as this key (for writing configuration).
    public var configName: String {
        switch self {
        case .char(" "): return "space"
        case .char(let character): return String(character)
        case .ctrl(let character): return "ctrl-" + String(character)
        case .alt(" "): return "alt-space"
        case .alt("\u{7F}"): return "alt-backspace"
        case .alt(let character): return "alt-" + String(character)
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .home: return "home"
        case .end: return "end"
        case .enter: return "enter"
        case .escape: return "esc"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .insert: return "insert"
        case .function(let number): return "F\(number)"
        case .resize: return "resize"
        case .unknown(let code): return "key-\(code)"
        }
    }
}

extension String {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
        return String(text)
    }
}
