import Testing
@testable import TerminalUI

private enum SampleAction: String, KeyAction {
    case quit, help, down, up, log, snooze, save, cancel
}

private func sampleBindings() -> [KeyBinding<SampleAction>] {
    [
        KeyBinding(.quit, keys: [.char("q"), .ctrl("c")], help: "Quit", hint: "quit", section: "General"),
        KeyBinding(.help, keys: [.char("?")], help: "Show help", hint: "help", section: "General"),
        KeyBinding(.down, keys: [.char("j"), .down], contexts: ["list"], help: "Next contact", hint: "move"),
        KeyBinding(.up, keys: [.char("k"), .up], contexts: ["list"], help: "Previous contact"),
        KeyBinding(.log, keys: [.char("L")], contexts: ["list", "detail"], help: "Log an exchange", hint: "log"),
        KeyBinding(.snooze, keys: [.char("z")], contexts: ["list"], help: "Snooze"),
        KeyBinding(.save, keys: [.ctrl("s")], contexts: ["form"], help: "Save", hint: "save"),
        KeyBinding(.cancel, keys: [.escape], contexts: ["form"], help: "Cancel", hint: "cancel"),
    ]
}

@Suite struct KeymapTests {
    @Test func looksUpKeysByContext() throws {
        let keymap = try Keymap(sampleBindings())
        #expect(keymap.action(for: .char("j"), in: "list") == .down)
        #expect(keymap.action(for: .down, in: "list") == .down)
        #expect(keymap.action(for: .char("j"), in: "form") == nil)
        #expect(keymap.action(for: .char("q"), in: "form") == .quit)
        #expect(keymap.action(for: .char("L"), in: "detail") == .log)
        #expect(keymap.keys(for: .down) == [.char("j"), .down])
        #expect(keymap.keyLabel(for: .down) == "j/↓")
        #expect(keymap.action(named: "snooze") == .snooze)
    }

    @Test func overridesReplaceAnActionsKeys() throws {
        let keymap = try Keymap(sampleBindings()).overriding([("log", [.char("l"), .ctrl("l")])])
        #expect(keymap.keys(for: .log) == [.char("l"), .ctrl("l")])
        #expect(keymap.action(for: .char("L"), in: "list") == nil)
        #expect(keymap.action(for: .ctrl("l"), in: "detail") == .log)
    }

    @Test func actionsCanSwapKeys() throws {
        let keymap = try Keymap(sampleBindings()).overriding([("down", [.char("k")]), ("up", [.char("j")])])
        #expect(keymap.action(for: .char("k"), in: "list") == .down)
        #expect(keymap.action(for: .char("j"), in: "list") == .up)
    }

    @Test func conflictsNameBothActions() throws {
        let keymap = try Keymap(sampleBindings())
        #expect(throws: KeymapError.conflict(key: .char("j"), context: "list", first: "down", second: "log")) {
            try keymap.overriding([("log", [.char("j")])])
        }
        let error = KeymapError.conflict(key: .char("j"), context: "list", first: "down", second: "log")
        #expect(error.description == "key 'j' is bound to both 'down' and 'log' in list")
    }

    @Test func globalKeysConflictInEveryContext() throws {
        let keymap = try Keymap(sampleBindings())
        #expect(throws: KeymapError.self) { try keymap.overriding([("save", [.char("q")])]) }
    }

    @Test func sameKeyInSeparateContextsIsFine() throws {
        let keymap = try Keymap(sampleBindings()).overriding([("save", [.char("z")])])
        #expect(keymap.action(for: .char("z"), in: "form") == .save)
        #expect(keymap.action(for: .char("z"), in: "list") == .snooze)
    }

    @Test func unknownActionsAndEmptyKeysAreRefused() throws {
        let keymap = try Keymap(sampleBindings())
        #expect(throws: KeymapError.unknownAction("lgo")) { try keymap.overriding([("lgo", [.char("x")])]) }
        #expect(throws: KeymapError.noKeys(action: "log")) { try keymap.overriding([("log", [])]) }
        #expect(KeymapError.unknownAction("lgo").description == "unknown action 'lgo'")
    }

    @Test func tableConflictsAreFoundAtInit() {
        #expect(throws: KeymapError.self) {
            try Keymap([
                KeyBinding(SampleAction.quit, keys: [.char("q")], help: "Quit"),
                KeyBinding(SampleAction.snooze, keys: [.char("q")], contexts: ["list"], help: "Snooze"),
            ])
        }
        #expect(throws: KeymapError.duplicateAction("quit")) {
            try Keymap([
                KeyBinding(SampleAction.quit, keys: [.char("q")], help: "Quit"),
                KeyBinding(SampleAction.quit, keys: [.char("x")], help: "Quit"),
            ])
        }
    }

    @Test func helpIsGeneratedFromTheTable() throws {
        let keymap = try Keymap(sampleBindings()).overriding([("log", [.char("l")])])
        let sections = keymap.helpSections(for: "list")
        #expect(sections.map(\.title) == ["General", "list"])
        #expect(sections[1].rows == [
            .init(keys: "j/↓", text: "Next contact"),
            .init(keys: "k/↑", text: "Previous contact"),
            .init(keys: "l", text: "Log an exchange"),
            .init(keys: "z", text: "Snooze"),
        ])
        #expect(keymap.helpSections().flatMap(\.rows).count == 8)
    }

    @Test func footerHintsPutTheContextFirst() throws {
        let keymap = try Keymap(sampleBindings())
        #expect(keymap.footerHints(for: "list") == [
            KeyHint(keys: "j", label: "move"), KeyHint(keys: "L", label: "log"),
            KeyHint(keys: "q", label: "quit"), KeyHint(keys: "?", label: "help"),
        ])
        #expect(keymap.footerHints(for: "form").map(\.label) == ["save", "cancel", "quit", "help"])
        #expect(keymap.footerHints(for: .global).map(\.label) == ["quit", "help"])
    }
}
