import Foundation
import Testing

/// The second leak test of issue 12: no user-facing English literal in the
/// program's code bypasses the catalog. `SwiftLiterals` finds every string
/// literal of a source file with the calls around it; a literal that reads
/// like prose must sit inside a catalog call (`L10n.text`, `L10n.plural`,
/// `localizer.text`…), a programmer's check (`precondition`…), or carry a
/// `// l10n-exempt: why` comment on its line (`// l10n-exempt-file: why`
/// exempts a whole file: SQL schemas, generated code).
@Suite("Catalog: no English literal bypasses it")
struct LiteralScanTests {
    /// Targets whose strings are not all translated yet. Remove a target
    /// from this set once its literals all go through the catalog.
    static let pendingTargets: Set<String> = []

    /// Targets never scanned: the benchmark (a developer's tool, in
    /// English) and the localization machinery itself (errors for translators).
    static let unscanned: Set<String> = ["rapport-bench", "RapportLocalization", "CNcursesw", "CLibPQ", "TemporaryFiles"]

    @Test func everyScannedTargetSpeaksThroughTheCatalog() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        // RAPPORT_L10N_SCAN=RapportApp,TerminalUI scans pending targets too (to list their work).
        let asked = Set((ProcessInfo.processInfo.environment["RAPPORT_L10N_SCAN"] ?? "").split(separator: ",").map(String.init))
        var leaks: [String] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted()
        where !Self.unscanned.contains(target) && (!Self.pendingTargets.contains(target) || asked.contains(target)) {
            leaks += try Self.leaks(inTarget: target, under: sources)
        }
        #expect(leaks.isEmpty, "English literals outside the catalog (wrap them in L10n.text, or mark `// l10n-exempt: why`):\n\(leaks.joined(separator: "\n"))")
    }

    /// The scanner finds what it must, so the test above can fail.
    @Test func scannerFlagsProseAndPassesCatalogCalls() {
        let source = #"""
        let a = "Log an exchange"
        let b = L10n.text("Log an exchange")
        let c = L10n.plural("%'d day", "%'d days", n)
        let d = L10n.text(
            "the summary is empty \(x) today")
        let e = "SELECT id FROM contact WHERE name = ?"
        let f = "phone"
        precondition(ok, "never happens in practice")
        let g = "Saved \(name) at last" // l10n-exempt: test
        let h = "Cancel"
        throw Failure("the file \(path) is damaged")
        """#
        let found = SwiftLiterals.leaks(in: source).map(\.text)
        #expect(found == ["Log an exchange", "Cancel", "the file · is damaged"])
        #expect(SwiftLiterals.leaks(in: "// l10n-exempt-file: schema\nlet a = \"Log an exchange\"\n").isEmpty)
    }

    /// `FILE:LINE: "text"` for every leak in one target.
    static func leaks(inTarget target: String, under sources: URL) throws -> [String] {
        var found: [String] = []
        let folder = sources.appendingPathComponent(target)
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        for case let path as String in walker where path.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
            for leak in SwiftLiterals.leaks(in: text) {
                found.append("Sources/\(target)/\(path):\(leak.line): \"\(leak.text)\"")
            }
        }
        return found
    }
}

/// A small lexer of Swift source, enough to find string literals (plain,
/// multi-line and raw, with interpolations) and the calls they sit in.
enum SwiftLiterals {
    struct Literal: Equatable {
        /// The literal's text, each interpolation replaced by `·`.
        var text: String
        var line: Int
        /// The names of the calls around it, innermost last (`text` for `L10n.text(…)`).
        var callees: [String]
    }

    /// Calls whose string arguments are not shown to users, or are the catalog.
    static let allowedCallees: Set<String> = [
        "text", "plural", "number", "translation",
        "precondition", "preconditionFailure", "assert", "assertionFailure", "fatalError",
        "require", "expect", "Comment",
    ]

    nonisolated(unsafe) static let sqlWords = try! Regex(#"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA|WHERE|FROM|JOIN|BEGIN|COMMIT|VALUES|INTO|TABLE|INDEX)\b"#) // l10n-exempt: a fixed pattern
    nonisolated(unsafe) static let twoWords = try! Regex(#"[A-Za-z]{2,}[,.:;!?…]? +[A-Za-z]{2,}"#)
    nonisolated(unsafe) static let capitalWord = try! Regex(#"^\s*[A-Z][a-z]{2,}[a-z ]*[:.…]?\s*$"#)
    nonisolated(unsafe) static let placeholder = try! Regex(#"%[-'0-9.$]*[a-z@]"#)

    /// Whether a literal reads like words for people: two words in a row,
    /// or one capitalised word ("Cancel"); SQL is not.
    static func isProse(_ text: String) -> Bool {
        if text.contains(sqlWords) { return false }
        let bare = text.replacing(placeholder, with: "")
        return bare.contains(twoWords) || bare.wholeMatch(of: capitalWord) != nil
    }

    /// The literals of `source` that read like prose and bypass the catalog.
    static func leaks(in source: String) -> [Literal] {
        if source.contains("// l10n-exempt-file") { return [] }
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        return literals(in: source).filter { literal in
            guard isProse(literal.text), !literal.callees.contains(where: allowedCallees.contains) else { return false }
            let line = literal.line - 1 < lines.count ? lines[literal.line - 1] : ""
            return !line.contains("l10n-exempt")
        }
    }

    /// Every string literal of `source`, with its line and enclosing calls.
    static func literals(in source: String) -> [Literal] {
        let chars = Array(source.unicodeScalars)
        var found: [Literal] = []
        var index = 0
        var line = 1
        var calls: [String] = []

        func at(_ i: Int, _ text: String) -> Bool {
            let scalars = Array(text.unicodeScalars)
            guard i + scalars.count <= chars.count else { return false }
            for (k, s) in scalars.enumerated() where chars[i + k] != s { return false }
            return true
        }
        func calleeBefore(_ i: Int) -> String {
            var j = i - 1
            while j >= 0, chars[j] == " " { j -= 1 }
            var name = ""
            while j >= 0, chars[j].properties.isAlphabetic || chars[j] == "_" || ("0"..."9").contains(chars[j]) {
                name = String(chars[j]) + name
                j -= 1
            }
            return name
        }
        // Reads one literal starting at `index` (at its `#`s or quote); returns its text.
        func readLiteral() -> String {
            var hashes = 0
            while chars[index] == "#" { hashes += 1; index += 1 }
            let pounds = String(repeating: "#", count: hashes)
            let multi = at(index, "\"\"\"")
            index += multi ? 3 : 1
            let close = (multi ? "\"\"\"" : "\"") + pounds
            let escape = "\\" + pounds
            var text = ""
            while index < chars.count {
                if at(index, close) { index += close.unicodeScalars.count; break }
                if at(index, escape + "(") {
                    index += escape.unicodeScalars.count + 1
                    var depth = 1
                    while index < chars.count, depth > 0 {
                        let c = chars[index]
                        if c == "(" { depth += 1 } else if c == ")" { depth -= 1 } else if c == "\n" { line += 1 }
                        if c == "\"" && depth > 0 {
                            let inner = found.count
                            _ = readLiteral()
                            found.removeSubrange(inner...)
                            continue
                        }
                        index += 1
                    }
                    text += "·"
                    continue
                }
                if at(index, escape) {
                    index += escape.unicodeScalars.count
                    if index < chars.count { text.unicodeScalars.append(chars[index]); index += 1 }
                    continue
                }
                if chars[index] == "\n" { line += 1 }
                text.unicodeScalars.append(chars[index])
                index += 1
            }
            return text
        }

        while index < chars.count {
            let c = chars[index]
            if at(index, "//") {
                while index < chars.count, chars[index] != "\n" { index += 1 }
                continue
            }
            if at(index, "/*") {
                while index < chars.count, !at(index, "*/") {
                    if chars[index] == "\n" { line += 1 }
                    index += 1
                }
                index += 2
                continue
            }
            if c == "\n" { line += 1; index += 1; continue }
            if c == "(" { calls.append(calleeBefore(index)); index += 1; continue }
            if c == ")" { _ = calls.popLast(); index += 1; continue }
            if c == "\"" || (c == "#" && {
                var j = index
                while j < chars.count, chars[j] == "#" { j += 1 }
                return j < chars.count && chars[j] == "\""
            }()) {
                let start = line
                let text = readLiteral()
                found.append(Literal(text: text.trimmingCharacters(in: .whitespaces), line: start, callees: calls))
                continue
            }
            index += 1
        }
        return found
    }
}
