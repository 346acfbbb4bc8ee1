/// Table headers that TOMLKit's parser (toml++) must never see: a header
/// whose name starts with a character other than a bare-key character or a
/// quote, such as `[é]`, `[+x]` or a `[` alone on its line, trips an assertion in toml++ (an abort in debug
/// builds, undefined behaviour in release ones). Found by the settings fuzz
/// target; refused here with the line, as TOML requires.
enum TOMLHeaderCheck {
    /// The first line holding such a header, with a message; nil when none.
    static func problem(in text: String) -> (line: Int, message: String)? {
        var inMultiLineString = false
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let bytes = Array(line.utf8)
            let delimiters = line.ranges(of: "\"\"\"").count + line.ranges(of: "'''").count
            defer { if delimiters % 2 == 1 { inMultiLineString.toggle() } }
            guard !inMultiLineString else { continue }
            var index = 0
            while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "[") else { continue }
            index += 1
            if index < bytes.count && bytes[index] == UInt8(ascii: "[") { index += 1 }
            while index < bytes.count && (bytes[index] == 0x20 || bytes[index] == 0x09) { index += 1 }
            // toml++ asserts that a header's name starts with a bare-key
            // character or a quote: `[é]`, `[+x]`, a control character, or
            // `[` with nothing after it on the line. Only an array nested in
            // a multi-line array could start a line that way and be valid;
            // settings and themes never hold one.
            guard index < bytes.count else {
                return (lineNumber, "a table header needs a name and a closing ']' on the same line")
            }
            let first = bytes[index]
            let bare = (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"))
                || (first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z"))
                || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
                || first == UInt8(ascii: "_") || first == UInt8(ascii: "-")
                || first == UInt8(ascii: "\"") || first == UInt8(ascii: "'")
            if !bare {
                if first == UInt8(ascii: "#") || first == 0x0D {
                    return (lineNumber, "a table header needs a name and a closing ']' on the same line")
                }
                return (lineNumber, "a table name must start with a letter, a digit, '_', '-' or a quote")
            }
        }
        return nil
    }
}
