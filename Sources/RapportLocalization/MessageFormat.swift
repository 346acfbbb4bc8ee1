/// Fills the placeholders of a message with its arguments, printf-style so
/// translators and gettext tools know them: `%s`, `%@` and `%d` take the
/// next argument as written; `%'d` takes a number and groups its thousands
/// the language's way (`1 204` in French, as POSIX's `'` flag does); `%1$s`,
/// `%2$'d`… take an argument by position, so a translation may reorder
/// them; `%%` is a percent sign. Anything else is left as written, and a
/// placeholder without an argument stays as it is.
public enum MessageFormat {
    public static func format(_ template: String, _ arguments: [any Sendable], language: Language) -> String {
        guard template.contains("%") else { return template }
        var result = ""
        let characters = Array(template)
        var index = 0
        var next = 0
        while index < characters.count {
            let character = characters[index]
            guard character == "%", index + 1 < characters.count else {
                result.append(character)
                index += 1
                continue
            }
            if characters[index + 1] == "%" {
                result.append("%")
                index += 2
                continue
            }
            var cursor = index + 1
            var position: Int?
            var digitsEnd = cursor
            while digitsEnd < characters.count, characters[digitsEnd].isASCIIDigitCharacter { digitsEnd += 1 }
            if digitsEnd > cursor, digitsEnd < characters.count, characters[digitsEnd] == "$",
               let number = Int(String(characters[cursor..<digitsEnd])), number >= 1 {
                position = number - 1
                cursor = digitsEnd + 1
            }
            let grouped = cursor < characters.count && characters[cursor] == "'"
            if grouped { cursor += 1 }
            if cursor < characters.count, characters[cursor] == "l" { cursor += 1 }
            guard cursor < characters.count, ["s", "@", "d", "i"].contains(characters[cursor]) else {
                result.append(character)
                index += 1
                continue
            }
            let argumentIndex = position ?? next
            if position == nil { next += 1 }
            guard argumentIndex < arguments.count else {
                result += String(characters[index...cursor])
                index = cursor + 1
                continue
            }
            result += text(arguments[argumentIndex], grouped: grouped, language: language)
            index = cursor + 1
        }
        return result
    }

    private static func text(_ argument: any Sendable, grouped: Bool, language: Language) -> String {
        if grouped, let number = argument as? Int { return NumberDisplay.text(number, in: language) }
        return String(describing: argument)
    }
}
