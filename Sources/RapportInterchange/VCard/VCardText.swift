import RapportCore
/// vCard text escapes (RFC 6350 §3.4): `\n` or `\N` is a line break; `\,`,
/// `\;`, `\\` stand for the character; structured values are split on
/// unescaped `;` and lists on unescaped `,`. Works on UTF-8 bytes: every
/// byte that matters is ASCII.
enum VCardText {
    private static let backslash = UInt8(ascii: "\\")

    static func unescape(_ text: String) -> String {
        guard NativeText.contains(text, byte: backslash) else { return text }
        return unescape(Array(text.utf8)[...])
    }

    private static func unescape(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.contains(backslash) else { return String(decoding: bytes, as: UTF8.self) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == backslash else { result.append(byte); continue }
            guard index < bytes.endIndex else { result.append(backslash); break }
            let next = bytes[index]
            index += 1
            result.append(next == UInt8(ascii: "n") || next == UInt8(ascii: "N") ? 0x0A : next)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Splits on `separator` where it is not escaped, then unescapes each part.
    static func split(_ text: String, on separator: Unicode.Scalar) -> [String] {
        let mark = UInt8(ascii: separator)
        guard NativeText.contains(text, byte: mark) else { return [unescape(text)] }
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == backslash {
                index += 2
                continue
            }
            if bytes[index] == mark {
                parts.append(unescape(bytes[start..<index]))
                start = index + 1
            }
            index += 1
        }
        parts.append(unescape(bytes[min(start, bytes.count)...]))
        return parts
    }

    /// Escapes a text value for writing: `\`, line breaks, `,` and `;`.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == backslash || $0 == 0x2C || $0 == 0x3B || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var afterCR = false
        for byte in text.utf8 {
            defer { afterCR = byte == 0x0D }
            switch byte {
            case backslash, 0x2C, 0x3B: result += [backslash, byte]
            case 0x0D: result += [backslash, UInt8(ascii: "n")]
            case 0x0A where afterCR: continue
            case 0x0A: result += [backslash, UInt8(ascii: "n")]
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
