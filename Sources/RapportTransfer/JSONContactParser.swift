import Foundation

/// A fast reader for one contact object of a Rapport JSON export, for the
/// common case of a well-formed export: it builds `ContactImportJSON`
/// directly from the bytes, through each record's JSON definition
/// (JSONRecords.swift), without `JSONDecoder` (whose per-value cost
/// dominated large imports). Keys are compared as bytes, never made into
/// strings. It gives up (nil) at anything unusual (a value of an
/// unexpected type, a number that is not a plain integer, invalid UTF-8,
/// an escaped key, a missing required key); the caller then decodes the
/// same bytes with `JSONDecoder`, which says precisely what is wrong.
struct JSONContactParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// The contact, or nil when the fast path does not apply.
    static func parse(_ data: [UInt8]) -> ContactImportJSON? {
        data.withUnsafeBufferPointer { buffer in
            var parser = JSONContactParser(bytes: buffer)
            guard let contact = ContactImportJSON.read(&parser) else { return nil }
            parser.skipSpace()
            return parser.index == buffer.count ? contact : nil
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Records

    /// An object read through `definition`: each known key's value into
    /// `record`, unknown and computed keys passed over; false when a
    /// value cannot be read or a required key is missing.
    mutating func record<Shape, Imported>(_ definition: JSONFields<Shape, Imported>, into record: inout Imported) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
        index += 1
        skipSpace()
        var seen: UInt64 = 0
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") {
            index += 1
            return definition.requiredMask == 0
        }
        var hint = 0
        while true {
            guard let key = keyBytes() else { return false }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            if let found = definition.field(named: key, hint: hint) {
                hint = found + 1
                if let read = definition.fields[found].read {
                    guard read(&self, &record) else { return false }
                    seen |= 1 << UInt64(found)
                } else {
                    guard skipValue() else { return false }
                }
            } else {
                guard skipValue() else { return false }
            }
            skipSpace()
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "}") { return seen & definition.requiredMask == definition.requiredMask }
            guard byte == UInt8(ascii: ",") else { return false }
        }
    }

    /// A key's bytes, between its quotes; nil for an escaped key (rare: the fallback reads it).
    private mutating func keyBytes() -> UnsafeBufferPointer<UInt8>? {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let key = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return key
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            index += 1
        }
        return nil
    }

    // MARK: Values

    /// A whole number of at most 18 digits; nil otherwise (fractions,
    /// exponents and long numbers go to JSONDecoder).
    mutating func integer() -> Int? {
        skipSpace()
        var negative = false
        if index < bytes.count && bytes[index] == UInt8(ascii: "-") { negative = true; index += 1 }
        var value = 0
        var digits = 0
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), digits < 18 {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        guard digits > 0, index == bytes.count || !Self.isNumberByte(bytes[index]) else { return nil }
        return negative ? -value : value
    }

    /// The bytes a JSON number is made of.
    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
             UInt8(ascii: "+"), UInt8(ascii: "-"): return true
        default: return false
        }
    }

    mutating func bool() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    mutating func null() -> Bool { literal("null") }

    private mutating func literal(_ word: StaticString) -> Bool {
        skipSpace()
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let start = word.utf8Start
        for offset in 0..<count where bytes[index + offset] != start[offset] { return false }
        index += count
        return true
    }

    /// A string, escapes decoded; nil at invalid UTF-8 or escapes.
    mutating func string() -> String? {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        index += 1
        let start = index
        // The common case: no escape, straight from the bytes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                return String(validating: slice, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            index += 1
        }
        var raw = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(validating: raw, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index < bytes.count else { return nil }
                let escape = bytes[index]
                index += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): raw.append(escape)
                case UInt8(ascii: "b"): raw.append(0x08)
                case UInt8(ascii: "f"): raw.append(0x0C)
                case UInt8(ascii: "n"): raw.append(0x0A)
                case UInt8(ascii: "r"): raw.append(0x0D)
                case UInt8(ascii: "t"): raw.append(0x09)
                case UInt8(ascii: "u"):
                    guard var scalar = hex4() else { return nil }
                    if (0xD800..<0xDC00).contains(scalar) {
                        guard literal("\\u"), let low = hex4(), (0xDC00..<0xE000).contains(low) else { return nil }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar) else { return nil }
                    raw.append(contentsOf: Array(String(Character(unicode)).utf8))
                default: return nil
                }
            default:
                if byte < 0x20 { return nil }
                raw.append(byte)
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    /// Passes over an object.
    private mutating func skipObject() -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
        index += 1
        skipSpace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return true }
        while true {
            guard skipString() else { return false }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            guard skipValue() else { return false }
            skipSpace()
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "}") { return true }
            guard byte == UInt8(ascii: ",") else { return false }
        }
    }

    mutating func array(_ element: (inout JSONContactParser) -> Bool) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { return false }
        index += 1
        skipSpace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "]") { index += 1; return true }
        while true {
            guard element(&self) else { return false }
            skipSpace()
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "]") { return true }
            guard byte == UInt8(ascii: ",") else { return false }
        }
    }

    /// Passes over any value (computed keys such as warmth or due).
    private mutating func skipValue() -> Bool {
        skipSpace()
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "\""): return skipString()
        case UInt8(ascii: "{"): return skipObject()
        case UInt8(ascii: "["): return array { parser in parser.skipValue() }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default:
            let start = index
            while index < bytes.count, Self.isNumberByte(bytes[index]) { index += 1 }
            return index > start
        }
    }

    /// Passes over a string without making it; one with escapes or
    /// non-ASCII bytes is checked as `string()` checks it.
    private mutating func skipString() -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return false }
        let start = index
        index += 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { index += 1; return true }
            if byte == UInt8(ascii: "\\") || byte < 0x20 || byte >= 0x80 { break }
            index += 1
        }
        index = start
        return string() != nil
    }

    mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}
