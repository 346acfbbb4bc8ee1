import Foundation

/// Where each key of a TOML text is written, by its full dotted path, so a
/// semantic error ("unknown colour") can name the line of the offending key.
/// It reads table headers and `key =` lines; keys inside inline tables are
/// found at the line of the key that holds the inline table.
struct KeyLineIndex {
    private var lines: [[String]: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        var inMultilineString = false
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.drop(while: { $0 == " " || $0 == "\t" })
            let quotes = rawLine.components(separatedBy: "\"\"\"").count - 1
                + rawLine.components(separatedBy: "'''").count - 1
            defer { if quotes % 2 == 1 { inMultilineString.toggle() } }
            if inMultilineString || line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[") {
                let inner = line.drop(while: { $0 == "[" })
                if let path = KeyLineIndex.keyPath(inner, terminator: "]") {
                    table = path
                    record(path, number)
                }
            } else if let path = KeyLineIndex.keyPath(line, terminator: "=") {
                record(table + path, number)
            }
        }
    }

    private mutating func record(_ path: [String], _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    /// The line of `path` (e.g. `["palette", "accent"]`), or of the nearest
    /// enclosing table written in the text; nil when none is.
    func line(of path: [String]) -> Int? {
        var current = path
        while !current.isEmpty {
            if let line = lines[current] { return line }
            current.removeLast()
        }
        return nil
    }

    /// Reads `a."b.c".d` up to `terminator`; nil when the text is not a key.
    static func keyPath(_ text: Substring, terminator: Character) -> [String]? {
        var parts: [String] = []
        var rest = text
        while true {
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard let first = rest.first else { return nil }
            if first == "\"" || first == "'" {
                rest = rest.dropFirst()
                var part = ""
                var escaped = false
                while let character = rest.first {
                    rest = rest.dropFirst()
                    if escaped {
                        part.append(character)
                        escaped = false
                    } else if character == "\\" && first == "\"" {
                        escaped = true
                    } else if character == first {
                        break
                    } else {
                        part.append(character)
                    }
                }
                parts.append(part)
            } else {
                let bare = rest.prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" })
                guard !bare.isEmpty else { return nil }
                parts.append(String(bare))
                rest = rest.dropFirst(bare.count)
            }
            rest = rest.drop(while: { $0 == " " || $0 == "\t" })
            guard let next = rest.first else { return nil }
            if next == terminator { return parts }
            guard next == "." else { return nil }
            rest = rest.dropFirst()
        }
    }
}
