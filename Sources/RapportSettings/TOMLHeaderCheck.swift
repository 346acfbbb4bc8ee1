/// Table headers that TOMLKit's parser (toml++) must never see: a header
/// whose name starts with a character other than a bare-key character or a
/// quote, such as `[é]`, or a `[` alone on its line, trips an assertion in toml++ (an abort in debug
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
            // A value (an array on its own line) never starts with a non-ASCII
            // character either, so this refuses no valid TOML.
            if index < bytes.count && bytes[index] >= 0x80 {
                return (lineNumber, "a table name must start with a letter, a digit, '_', '-' or a quote")
            }
            // `[` with nothing after it on the line (`[` then a line break)
            // trips another assertion. It could only be valid as the start of
            // an array nested in a multi-line array, which settings and
            // themes never hold.
            if index == bytes.count || bytes[index] == UInt8(ascii: "#") || bytes[index] == 0x0D {
                return (lineNumber, "a table header needs a name and a closing ']' on the same line")
            }
        }
        return nil
    }
}
