import Foundation
@testable import RapportApp
import TerminalUI
import Testing

/// docs/keymap.md must tell the truth about the key table.
@Suite("Keymap documentation")
struct KeymapDocumentationTests {
    static func documentation() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("docs/keymap.md"), encoding: .utf8)
    }

    @Test func everyActionIsDocumentedWithItsDefaultKeys() throws {
        let text = try Self.documentation()
        let lines = text.split(separator: "\n").map(String.init)
        for binding in AppAction.table {
            let name = "`\(binding.action.name)`"
            guard let row = lines.first(where: { $0.hasPrefix("| \(name) |") }) else {
                Issue.record("docs/keymap.md has no row for \(name)")
                continue
            }
            for key in binding.keys {
                #expect(row.contains("`\(key.displayName)`"), "docs/keymap.md: \(name) should list `\(key.displayName)`")
            }
        }
    }

    @Test func everyDocumentedActionExists() throws {
        let names = Set(AppAction.table.map(\.action.name))
        for line in try Self.documentation().split(separator: "\n") where line.hasPrefix("| `") {
            let name = line.dropFirst(3).prefix { $0 != "`" }
            #expect(names.contains(String(name)), "docs/keymap.md documents an unknown action '\(name)'")
        }
    }

    @Test func everyActionCaseIsInTheTable() {
        let inTable = Set(AppAction.table.map(\.action))
        for action in AppAction.allCases {
            #expect(inTable.contains(action), "\(action) has no key binding")
        }
    }
}
