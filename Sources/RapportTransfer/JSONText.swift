import RapportCore
import RapportLocalization

/// JSON text written straight into bytes, for the large JSON export: the
/// same bytes `JSONEncoder` (`.sortedKeys`, `.withoutEscapingSlashes`,
/// compact) followed by `JSONOutput.escapingInvisibleControls` produces,
/// without building an intermediate tree per value. Callers write an
/// object's keys in sorted order themselves.
struct JSONText {
    var bytes: [UInt8] = []

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"key":`, for keys that need no escaping.
    mutating func key(_ name: StaticString, first: Bool = false) {
        if !first { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func null() { raw("null") }

    mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    mutating func int<Value: BinaryInteger>(_ value: Value) {
        guard let value = Int64(exactly: value), value > Int64.min else {
            bytes.append(contentsOf: String(value).utf8)
            return
        }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var rest = UInt64(value.magnitude)
        // Digits written backwards into a small buffer, then copied.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            repeat {
                digits[19 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// A day as `"YYYY-MM-DD"`, as `Day.iso` writes it.
    mutating func day(_ day: Day) {
        let (year, month, date) = day.components
        guard (0...9999).contains(year) else {
            string(day.iso)
            return
        }
        bytes.append(UInt8(ascii: "\""))
        digits(year, 4)
        bytes.append(UInt8(ascii: "-"))
        digits(month, 2)
        bytes.append(UInt8(ascii: "-"))
        digits(date, 2)
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func digits(_ value: Int, _ width: Int) {
        var divisor = 1
        for _ in 1..<width { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A finite double as `JSONEncoder` writes it: the shortest form that
    /// reads back, without a trailing `.0`.
    mutating func double(_ value: Double) throws(JSONTextError) {
        guard value.isFinite else { throw JSONTextError(description: L10n.text("%@ is not a JSON number", String(value))) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// A string with JSON's escapes (C0 controls as `\b \f \n \r \t` or
    /// `\u00xx`, quote, backslash), and DEL, the C1 controls and the bidi
    /// controls as `\uXXXX` (see `JSONOutput.isInvisibleControl`).
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { append(escaping: $0) }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func append(escaping source: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        let count = source.count
        while index < count {
            let byte = source[index]
            var escapedLength = 0
            var scalar: UInt32 = 0
            switch byte {
            case 0x22, 0x5C, 0x00..<0x20, 0x7F:
                escapedLength = 1
                scalar = UInt32(byte)
            case 0xC2 where index + 1 < count && (0x80...0x9F).contains(source[index + 1]):
                escapedLength = 2
                scalar = UInt32(source[index + 1])
            case 0xD8 where index + 1 < count && source[index + 1] == 0x9C:
                escapedLength = 2
                scalar = 0x061C
            case 0xE2 where index + 2 < count:
                let second = source[index + 1], third = source[index + 2]
                if second == 0x80 && (third == 0x8E || third == 0x8F || (0xAA...0xAE).contains(third)) {
                    escapedLength = 3
                    scalar = 0x2000 + UInt32(third - 0x80)
                } else if second == 0x81 && (0xA6...0xA9).contains(third) {
                    escapedLength = 3
                    scalar = 0x2040 + UInt32(third - 0x80)
                }
            default:
                break
            }
            guard escapedLength > 0 else {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
            appendEscape(scalar)
            index += escapedLength
            start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<count]))
    }

    private mutating func appendEscape(_ scalar: UInt32) {
        switch scalar {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        default:
            // JSONEncoder writes C0 controls in lower case; the invisible
            // controls are written in upper case (`escapingInvisibleControls`).
            let digits: StaticString = scalar < 0x20 ? "0123456789abcdef" : "0123456789ABCDEF"
            raw("\\u")
            digits.withUTF8Buffer { table in
                for shift in stride(from: 12, through: 0, by: -4) {
                    bytes.append(table[Int((scalar >> UInt32(shift)) & 0xF)])
                }
            }
        }
    }
}

/// A value JSON cannot hold (a non-finite number).
struct JSONTextError: Error, CustomStringConvertible {
    let description: String
}
