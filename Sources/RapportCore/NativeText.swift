/// Text helpers written with the standard library alone, shared by the
/// domain and the file readers. Foundation's
/// `trimmingCharacters(in:)`, `contains(_:)` and friends go through NSString
/// on Linux and cost a microsecond or more per call, which adds up to
/// seconds over a file of 100,000 cards.
public enum NativeText {
    /// The same scalars as Foundation's `CharacterSet.whitespacesAndNewlines` on Linux.
    @inline(__always) public static func isSpaceOrNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The same scalars as Foundation's `CharacterSet.whitespaces` on Linux.
    @inline(__always) public static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`, scalar for scalar.
    public static func trimmed(_ text: String) -> String {
        trimmed(Substring(text), where: isSpaceOrNewline)
    }

    public static func trimmed(_ text: Substring) -> String {
        trimmed(text, where: isSpaceOrNewline)
    }

    /// `trimmingCharacters(in: .whitespaces)`, scalar for scalar.
    public static func trimmedSpaces(_ text: String) -> String {
        trimmed(Substring(text), where: isSpace)
    }

    public static func trimmedSpaces(_ text: Substring) -> String {
        trimmed(text, where: isSpace)
    }

    private static func trimmed(_ text: Substring, where trim: (Unicode.Scalar) -> Bool) -> String {
        if let first = text.utf8.first, let last = text.utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return String(text)
        }
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !trim(first) && !trim(last) { return String(text) }
        guard let start = scalars.firstIndex(where: { !trim($0) }),
              let end = scalars.lastIndex(where: { !trim($0) }) else { return "" }
        return String(scalars[start...end])
    }

    /// Whether the text contains `needle`, comparing UTF-8 bytes.
    public static func contains<S: StringProtocol>(_ text: S, _ needle: String) -> Bool {
        range(of: needle, in: text) != nil
    }

    /// The offsets in UTF-8 bytes of the first `needle` in `text`.
    public static func range<S: StringProtocol>(of needle: String, in text: S) -> Range<Int>? {
        let pattern = needle.utf8
        if let found = text.utf8.withContiguousStorageIfAvailable({ search(pattern, in: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { search(pattern, in: $0) }
    }

    private static func search(_ pattern: String.UTF8View, in hay: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let first = pattern.first, hay.count >= pattern.count else { return nil }
        let length = pattern.count
        var index = 0
        while index <= hay.count - length {
            if hay[index] == first {
                var matched = true
                var offset = 0
                for byte in pattern {
                    if hay[index + offset] != byte { matched = false; break }
                    offset += 1
                }
                if matched { return index..<(index + length) }
            }
            index += 1
        }
        return nil
    }

    /// The text after the first `needle`, or nil when it does not occur.
    public static func suffix(after needle: String, in text: String) -> Substring? {
        guard let found = range(of: needle, in: text) else { return nil }
        return text[text.utf8.index(text.utf8.startIndex, offsetBy: found.upperBound)...]
    }

    /// Whether the text starts with `prefix`, ignoring the case of ASCII letters.
    public static func hasPrefixIgnoringCase(_ text: String, _ prefix: String) -> Bool {
        var remaining = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = remaining.next() else { return false }
            let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            let wanted = (0x41...0x5A).contains(expected) ? expected | 0x20 : expected
            if lower != wanted { return false }
        }
        return true
    }

    /// Whether every byte is ASCII.
    public static func isASCII(_ text: String) -> Bool {
        withBytes(text) { bytes in
            var any: UInt8 = 0
            for byte in bytes { any |= byte }
            return any < 0x80
        }
    }

    /// Whether the text has a line break, as `Character.isNewline` sees it:
    /// LF, VT, FF, CR, NEL, LS or PS (each always a character of its own).
    public static func hasLineBreak(_ text: String) -> Bool {
        withBytes(text) { bytes in
            for index in bytes.indices {
                let byte = bytes[index]
                if byte >= 0x0A && byte <= 0x0D { return true }
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                   bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return true }
            }
            return false
        }
    }

    /// Whether the text contains a byte.
    public static func contains(_ text: String, byte: UInt8) -> Bool {
        withBytes(text) { $0.contains(byte) }
    }

    /// Runs `body` on the UTF-8 bytes of the text without copying them when possible.
    @inline(__always)
    public static func withBytes<T>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}

extension NativeText {
    /// CR LF and lone CR become LF.
    public static func unixLineBreaks(_ text: String) -> String {
        guard contains(text, byte: 0x0D) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var afterCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                result.append(0x0A)
                afterCR = true
                continue
            }
            if !(byte == 0x0A && afterCR) { result.append(byte) }
            afterCR = false
        }
        return String(decoding: result, as: UTF8.self)
    }
}
