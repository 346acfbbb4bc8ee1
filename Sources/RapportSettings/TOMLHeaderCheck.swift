import RapportLocalization

/// Texts that TOMLKit's parser (toml++) must never see. A header
/// whose name starts with a character other than a bare-key character or a
/// quote, such as `[é]`, `[+x]` or a `[` alone on its line, trips an
/// assertion in toml++ (an abort in debug builds, undefined behaviour in
/// release ones), and so does a `}` where an array expects a value
/// (`a = [ }`, `a = [1, }`). Found by the settings fuzz target; refused here
/// with the line, as TOML requires.
///
/// The text is read as toml++ reads it, Unicode scalar by scalar (not by
/// Swift characters, which join `\r\n` into one): a byte order mark at the
/// start is skipped, comments run to the end of their line (a `"""` in a
/// comment opens nothing), strings (basic, literal, multi-line, with
/// escapes) and brackets spanning lines are skipped whole, lines end at
/// `\n` whether or not a `\r` comes first, and the text ends at the first
/// NUL (toml++ receives a C string). Every table header toml++ can reach
/// is checked; a few texts that toml++ would refuse anyway for another
/// reason may be refused here first.
enum TOMLHeaderCheck {
    /// The first line holding such a header, with a message; nil when none.
    static func problem(in text: String) -> (line: Int, message: String)? {
        var scanner = TOMLStatementScanner(Array(text.unicodeScalars.prefix { $0 != "\u{0}" }))
        return scanner.firstBadHeader()
    }

    static var needsName: String { L10n.text("a table header needs a name and a closing ']' on the same line") }
    static var badStart: String { L10n.text("a table name must start with a letter, a digit, '_', '-' or a quote") }
    static var arrayNeedsValue: String { L10n.text("an array needs a value or ']' here, not '}'") }
}

/// Walks a TOML text statement by statement (see `TOMLHeaderCheck`).
private struct TOMLStatementScanner {
    private let text: [Unicode.Scalar]
    private var index = 0
    private var line = 1

    init(_ text: [Unicode.Scalar]) {
        self.text = text
        if text.first == "\u{FEFF}" { index = 1 }
    }

    private func at(_ offset: Int) -> Unicode.Scalar? {
        index + offset < text.count ? text[index + offset] : nil
    }

    mutating func firstBadHeader() -> (line: Int, message: String)? {
        while let scalar = at(0) {
            switch scalar {
            case " ", "\t", "\r":
                index += 1
            case "\n":
                line += 1
                index += 1
            case "#":
                skipComment()
            case "[":
                if let problem = checkHeader() { return problem }
                if let problem = skipStatement() { return problem }
            default:
                if let problem = skipStatement() { return problem }
            }
        }
        return nil
    }

    /// At a `[` that starts a statement: its name must start with a
    /// bare-key character or a quote (toml++ asserts it does).
    private func checkHeader() -> (line: Int, message: String)? {
        var offset = 1
        func skipBlanks() { while at(offset) == " " || at(offset) == "\t" { offset += 1 } }
        skipBlanks()
        if at(offset) == "[" {
            offset += 1
            skipBlanks()
        }
        guard let first = at(offset), first != "\n", first != "\r", first != "#" else {
            return (line, TOMLHeaderCheck.needsName)
        }
        let bare = ("a"..."z").contains(first) || ("A"..."Z").contains(first) || ("0"..."9").contains(first)
            || first == "_" || first == "-" || first == "\"" || first == "'"
        return bare ? nil : (line, TOMLHeaderCheck.badStart)
    }

    private mutating func skipComment() {
        while let scalar = at(0), scalar != "\n" { index += 1 }
    }

    /// Skips a key/value pair or a header up to the end of its line, with
    /// strings, comments and arrays or inline tables running over lines.
    /// Returns a problem for a `}` where an array expects a value (after
    /// `[` or `,`, blanks and comments aside): toml++ asserts there too.
    private mutating func skipStatement() -> (line: Int, message: String)? {
        var open: [Unicode.Scalar] = []
        var arrayWantsValue = false
        while let scalar = at(0) {
            switch scalar {
            case "\n":
                if open.isEmpty { return nil }
                line += 1
                index += 1
            case " ", "\t", "\r":
                index += 1
            case "#":
                skipComment()
            case "\"", "'":
                skipString(quote: scalar)
                arrayWantsValue = false
            case "[", "{":
                open.append(scalar)
                arrayWantsValue = scalar == "["
                index += 1
            case "}" where arrayWantsValue && open.last == "[":
                return (line, TOMLHeaderCheck.arrayNeedsValue)
            case "]", "}":
                if !open.isEmpty { open.removeLast() }
                arrayWantsValue = false
                index += 1
            case ",":
                arrayWantsValue = open.last == "["
                index += 1
            default:
                arrayWantsValue = false
                index += 1
            }
        }
        return nil
    }

    private mutating func skipString(quote: Unicode.Scalar) {
        let escapes = quote == "\""
        if at(1) == quote && at(2) == quote {
            index += 3
            while let scalar = at(0) {
                if scalar == quote && at(1) == quote && at(2) == quote {
                    index += 3
                    // Up to two more quotes belong to the string.
                    for _ in 0..<2 where at(0) == quote { index += 1 }
                    return
                }
                if scalar == "\n" { line += 1 }
                if escapes && scalar == "\\" {
                    index += 1
                    if at(0) == "\n" { line += 1 }
                }
                index += 1
            }
            return
        }
        index += 1
        while let scalar = at(0), scalar != "\n" {
            index += 1
            if scalar == quote { return }
            if escapes && scalar == "\\" && at(0) != "\n" { index += 1 }
        }
    }
}
