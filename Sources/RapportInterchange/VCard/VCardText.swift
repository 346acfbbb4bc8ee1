/// vCard text escapes (RFC 6350 §3.4): `\n` or `\N` is a line break; `\,`,
/// `\;`, `\\` stand for the character; structured values are split on
/// unescaped `;` and lists on unescaped `,`.
enum VCardText {
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            guard scalar == "\\" else { result.append(scalar); continue }
            switch iterator.next() {
            case "n", "N": result.append("\n")
            case let other?: result.append(other)
            case nil: result.append("\\")
            }
        }
        return String(result)
    }

    /// Splits on `separator` where it is not escaped, then unescapes each part.
    static func split(_ text: String, on separator: Unicode.Scalar) -> [String] {
        guard text.unicodeScalars.contains(separator) else { return [unescape(text)] }
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\\" {
                current.append(scalar)
                if let next = iterator.next() { current.append(next) }
            } else if scalar == separator {
                parts.append(unescape(String(current)))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        parts.append(unescape(String(current)))
        return parts
    }

    /// Escapes a text value for writing: `\`, line breaks, `,` and `;`.
    static func escape(_ text: String) -> String {
        guard text.contains(where: { $0 == "\\" || $0 == "," || $0 == ";" || $0.isNewline }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ",": result += "\\,"
            case ";": result += "\\;"
            case _ where character.isNewline: result += "\\n"
            default: result.append(character)
            }
        }
        return result
    }
}
