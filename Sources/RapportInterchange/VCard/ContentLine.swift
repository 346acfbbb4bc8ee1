import RapportCore
/// One unfolded vCard line split into group, name, parameters and raw value:
/// `item1.TEL;TYPE="work,voice";PREF=1:+33 1 23 45 67 89`.
struct ContentLine {
    /// Apple's grouping prefix (`item1`), lower-cased; nil when absent.
    var group: String?
    /// The property name, upper-cased.
    var name: String
    /// Parameters in order; names upper-cased. A bare 2.1 parameter (`WORK`)
    /// is a `TYPE` (or `ENCODING` for `QUOTED-PRINTABLE`, `BASE64`…).
    var parameters: [Parameter]
    /// The value as it is in the file, still encoded and escaped.
    var value: ArraySlice<UInt8>

    /// One `NAME=value,value` parameter.
    struct Parameter {
        var name: String
        var values: [String]
    }

    /// Every value of a parameter, lists split on commas.
    func values(of parameter: String) -> [String] {
        var result: [String] = []
        for item in parameters where item.name == parameter { result.append(contentsOf: item.values) }
        return result
    }

    /// The first value of a parameter, upper-cased.
    func upperValue(of parameter: String) -> String? {
        for item in parameters where item.name == parameter {
            if let first = item.values.first { return first.uppercased() }
        }
        return nil
    }

    /// TYPE values, lower-cased, with `TYPE="work,voice"` split like `TYPE=work,voice`.
    var types: [String] {
        guard parameters.contains(where: { $0.name == "TYPE" }) else { return [] }
        var result: [String] = []
        for value in values(of: "TYPE") {
            for part in value.utf8.split(separator: UInt8(ascii: ",")) {
                let type = NativeText.trimmedSpaces(String(decoding: part, as: UTF8.self)).lowercased()
                if !type.isEmpty { result.append(type) }
            }
        }
        return result
    }

    /// Whether the value is binary data (base64) rather than text.
    var isBinary: Bool {
        let encoding = upperValue(of: "ENCODING")
        return encoding == "B" || encoding == "BASE64" || upperValue(of: "VALUE") == "BINARY"
    }

    private static let bareEncodings: Set<String> = ["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]

    /// Splits a line; nil when it has no `:` outside quoted parameter values.
    static func parse(_ bytes: [UInt8]) -> ContentLine? {
        let colon = UInt8(ascii: ":"), semicolon = UInt8(ascii: ";"), quote = UInt8(ascii: "\"")
        var index = 0
        while index < bytes.count && bytes[index] != colon && bytes[index] != semicolon { index += 1 }
        guard index < bytes.count else { return nil }
        let fullName = bytes[0..<index]
        var group: String?
        var nameBytes = fullName
        if let dot = fullName.firstIndex(of: UInt8(ascii: ".")) {
            group = String(decoding: fullName[..<dot], as: UTF8.self).lowercased()
            nameBytes = fullName[(dot + 1)...]
        }
        var parameters: [Parameter] = []
        while index < bytes.count && bytes[index] == semicolon {
            index += 1
            let start = index
            var quoted = false
            while index < bytes.count && (quoted || (bytes[index] != colon && bytes[index] != semicolon)) {
                if bytes[index] == quote { quoted.toggle() }
                index += 1
            }
            guard index < bytes.count else { return nil }
            if let parameter = parameter(bytes[start..<index]) { parameters.append(parameter) }
        }
        return ContentLine(group: group, name: ASCII.upperString(nameBytes), parameters: parameters,
                           value: bytes[(index + 1)...])
    }

    private static func parameter(_ bytes: ArraySlice<UInt8>) -> Parameter? {
        guard !bytes.isEmpty else { return nil }
        guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else {
            let token = NativeText.trimmedSpaces(ASCII.upperString(bytes))
            return Parameter(name: bareEncodings.contains(token) ? "ENCODING" : "TYPE",
                             values: [String(decoding: bytes, as: UTF8.self)])
        }
        let name = NativeText.trimmedSpaces(ASCII.upperString(bytes[..<equals]))
        return Parameter(name: name, values: values(bytes[(equals + 1)...]))
    }

    /// Comma-separated values; commas inside double quotes belong to the value.
    private static func values(_ bytes: ArraySlice<UInt8>) -> [String] {
        var result: [String] = []
        var current: [UInt8] = []
        var quoted = false
        for byte in bytes {
            if byte == UInt8(ascii: "\"") {
                quoted.toggle()
            } else if byte == UInt8(ascii: ",") && !quoted {
                result.append(caretDecoded(current))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(byte)
            }
        }
        result.append(caretDecoded(current))
        return result
    }

    /// RFC 6868: `^n` is a line break, `^'` a double quote, `^^` a caret.
    private static func caretDecoded(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(UInt8(ascii: "^")) else { return text }
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "^" else { result.append(character); continue }
            switch iterator.next() {
            case "n", "N": result.append("\n")
            case "'": result.append("\"")
            case "^": result.append("^")
            case let other?: result.append("^"); result.append(other)
            case nil: result.append("^")
            }
        }
        return result
    }
}
