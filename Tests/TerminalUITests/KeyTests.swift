import Testing
@testable import TerminalUI

@Suite struct KeyTests {
    @Test(arguments: [
        ("L", Key.char("L")), ("l", .char("l")), ("?", .char("?")), ("<", .char("<")),
        ("ctrl-l", .ctrl("l")), ("C-l", .ctrl("l")), ("Ctrl-L", .ctrl("l")), ("^d", .ctrl("d")),
        ("alt-x", .alt("x")), ("M-x", .alt("x")), ("alt-backspace", Key.altBackspace), ("M-bs", Key.altBackspace),
        ("<Down>", .down), ("down", .down), ("UP", .up), ("<left>", .left), ("right", .right),
        ("pgdn", .pageDown), ("PageUp", .pageUp), ("home", .home), ("end", .end),
        ("enter", .enter), ("Return", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("space", .char(" ")), ("backspace", .backspace), ("del", .delete), ("insert", .insert),
        ("F1", .function(1)), ("f12", .function(12)), (" j ", .char("j")),
        ("ctrl-i", .tab), ("ctrl-m", .enter), ("ctrl-j", .enter), ("ctrl-h", .backspace),
    ])
    func parsesNames(name: String, key: Key) throws {
        #expect(try Key(name: name) == key)
    }

    @Test(arguments: ["", "ctrl-", "ctrl-ab", "ctrl-1", "F0", "F64", "hyper-x", "pgdwn"])
    func rejectsUnknownNames(name: String) {
        #expect(throws: KeyNameError.self) { try Key(name: name) }
    }

    @Test func errorMessageNamesTheKey() {
        do {
            _ = try Key(name: "pgdwn")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("unknown key 'pgdwn'"))
        }
    }

    @Test func displayNames() {
        let names = [Key.char("j"), .down, .ctrl("d"), .pageDown, .enter, .space, .backTab, .function(5), .alt("x"), .altBackspace]
            .map(\.displayName)
        #expect(names == ["j", "↓", "Ctrl-d", "PgDn", "Enter", "Space", "Shift-Tab", "F5", "Alt-x", "Alt-Backspace"])
    }

    @Test func configNamesReadBack() throws {
        let keys: [Key] = [.char("L"), .ctrl("l"), .alt("x"), .up, .pageDown, .enter, .escape, .tab, .backTab, .space,
                           .backspace, .delete, .insert, .home, .end, .function(3), .altBackspace]
        for key in keys {
            #expect(try Key(name: key.configName) == key)
        }
    }

    @Test func controlCodes() {
        #expect(Key(codePoint: 1) == .ctrl("a"))
        #expect(Key(codePoint: 3) == .ctrl("c"))
        #expect(Key(codePoint: 9) == .tab)
        #expect(Key(codePoint: 13) == .enter)
        #expect(Key(codePoint: 10) == .enter)
        #expect(Key(codePoint: 27) == .escape)
        #expect(Key(codePoint: 127) == .backspace)
        #expect(Key(codePoint: 8) == .backspace)
        #expect(Key(codePoint: 0x41) == .char("A"))
        #expect(Key(codePoint: 0xE9) == .char("é"))
        #expect(Key(codePoint: 0xD800) == nil)
        #expect(Key.char("x").withAlt() == .alt("x"))
        #expect(Key.up.withAlt() == nil)
    }
}
