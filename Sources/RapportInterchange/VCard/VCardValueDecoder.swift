import RapportLocalization

/// Why a property value could not be decoded; the reader adds file and line.
enum VCardValueError: Error {
    case invalidQuotedPrintable(found: String)
}

/// How a value that was not valid text in its charset was read anyway.
enum VCardValueRepair: Equatable {
    /// Mostly UTF-8 with a few bad bytes (a truncated character): each bad
    /// sequence became U+FFFD.
    case replacedInvalidBytes
    /// No UTF-8 at all: read as Windows-1252.
    case readAsWindows1252

    /// The warning shown for property `name` at `line`.
    func warning(property name: String, line: Int) -> String {
        switch self {
        case .replacedInvalidBytes:
            return L10n.text("line %1$d: %2$@ is not valid UTF-8; the bad bytes were replaced by \u{FFFD}", line, name)
        case .readAsWindows1252:
            return L10n.text("line %1$d: %2$@ is not UTF-8; read as Windows-1252", line, name)
        }
    }
}

/// Turns a raw property value into text: quoted-printable decoding, then the
/// declared CHARSET (UTF-8 when none; ISO-8859-1 and Windows-1252 known; an
/// unknown charset is read as UTF-8 when valid, else as Windows-1252).
/// A value declared (or assumed) UTF-8 that is not valid UTF-8 is still
/// read, and the repair is returned so the reader can warn: bad bytes among
/// valid multi-byte characters become U+FFFD; a value with no multi-byte
/// UTF-8 character at all is read as Windows-1252.
enum VCardValueDecoder {
    static func decode(_ line: ContentLine) throws(VCardValueError) -> (text: String, repair: VCardValueRepair?) {
        var bytes = line.value
        if line.upperValue(of: "ENCODING") == "QUOTED-PRINTABLE" {
            bytes = try quotedPrintable(bytes)[...]
        }
        switch line.upperValue(of: "CHARSET") {
        case nil, "UTF-8", "UTF8", "US-ASCII", "ASCII":
            return lenientUTF8(bytes)
        case "ISO-8859-1", "ISO8859-1", "ISO_8859-1", "LATIN1", "LATIN-1", "L1":
            return (String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })), nil)
        case "WINDOWS-1252", "CP1252", "WINDOWS1252":
            return (windows1252(bytes), nil)
        default:
            if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
            return (windows1252(bytes), nil)
        }
    }

    /// The bytes as UTF-8, repaired when they are not valid UTF-8.
    static func lenientUTF8(_ bytes: ArraySlice<UInt8>) -> (text: String, repair: VCardValueRepair?) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
        if containsMultiByteCharacter(bytes) {
            return (String(decoding: bytes, as: UTF8.self), .replacedInvalidBytes)
        }
        return (windows1252(bytes), .readAsWindows1252)
    }

    /// Whether at least one well-formed UTF-8 sequence of two bytes or more occurs.
    static func containsMultiByteCharacter(_ bytes: ArraySlice<UInt8>) -> Bool {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): if encoded.count > 1 { return true }
            case .error: continue
            case .emptyInput: return false
            }
        }
    }

    /// `=XX` is a byte; a final `=` is a soft line break left at the end of the value.
    static func quotedPrintable(_ bytes: ArraySlice<UInt8>) throws(VCardValueError) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "=")) else { return Array(bytes) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "=") else {
                result.append(byte)
                index += 1
                continue
            }
            if index + 1 == bytes.endIndex { break }
            guard index + 2 < bytes.endIndex,
                  let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2]) else {
                let found = bytes[(index + 1)..<min(index + 3, bytes.endIndex)]
                throw .invalidQuotedPrintable(found: String(decoding: found, as: UTF8.self))
            }
            result.append(high << 4 | low)
            index += 3
        }
        return result
    }

    /// Windows-1252: Latin-1 except 0x80–0x9F, which hold typographic signs.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F, let mapped = Unicode.Scalar(cp1252High[Int(byte - 0x80)]) {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
