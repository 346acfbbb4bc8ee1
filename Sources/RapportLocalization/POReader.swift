/// The line-by-line state of reading a `.po` file: the entry being read and
/// the keyword its next quoted strings continue.
struct POReader {
    let file: String
    private var entries: [POEntry] = []
    private var current: Draft?
    private var pendingFlags: Set<String> = []
    private var pendingLine: Int?
    /// What a line holding only a quoted string adds to.
    private var continuing: Part?

    private enum Part: Equatable { case context, id, idPlural, string(Int) }

    private struct Draft {
        var line: Int
        var flags: Set<String>
        var context: String?
        var id: String?
        var idPlural: String?
        var strings: [String] = []
        /// Whether `msgstr` (not `msgstr[N]`) was read.
        var singular = false
    }

    init(file: String) {
        self.file = file
    }

    private func fail(_ line: Int, _ message: String) -> POError {
        POError(file: file, line: line, message: message)
    }

    mutating func read(_ raw: Substring, number: Int) throws(POError) {
        let text = Substring(String(raw).trimmingCharactersInSpaces())
        if text.isEmpty {
            continuing = nil
            return
        }
        if text.hasPrefix("#") {
            continuing = nil
            if current?.strings.isEmpty == false { try finishEntry() }
            if text.hasPrefix("#,") {
                for flag in text.dropFirst(2).split(separator: ",") {
                    let name = String(flag).trimmingCharactersInSpaces()
                    if !name.isEmpty { pendingFlags.insert(name) }
                }
            }
            return
        }
        if text.hasPrefix("\"") {
            guard let part = continuing else { throw fail(number, "a quoted string that follows no keyword") }
            append(try quoted(text, line: number), to: part)
            return
        }
        let keyword = text.prefix { $0 != " " && $0 != "\t" && $0 != "\"" }
        let value = try quoted(Substring(String(text.dropFirst(keyword.count)).trimmingCharactersInSpaces()), line: number)
        try start(String(keyword), value: value, line: number)
    }

    private mutating func start(_ keyword: String, value: String, line: Int) throws(POError) {
        switch keyword {
        case "msgctxt":
            if current != nil { try finishEntry() }
            current = newDraft(line)
            current?.context = value
            continuing = .context
        case "msgid":
            if current?.strings.isEmpty == false { try finishEntry() }
            if current == nil { current = newDraft(line) }
            guard current?.id == nil else { throw fail(line, "msgid without msgstr before it") }
            current?.id = value
            continuing = .id
        case "msgid_plural":
            guard let draft = current, draft.id != nil, draft.idPlural == nil, draft.strings.isEmpty else {
                throw fail(line, "msgid_plural must follow a msgid")
            }
            current?.idPlural = value
            continuing = .idPlural
        case "msgstr":
            guard let draft = current, draft.id != nil, draft.strings.isEmpty else {
                throw fail(line, "msgstr must follow a msgid")
            }
            guard draft.idPlural == nil else { throw fail(line, "a plural entry needs msgstr[0], msgstr[1]…") }
            current?.strings = [value]
            current?.singular = true
            continuing = .string(0)
        default:
            guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"),
                  let index = Int(keyword.dropFirst(7).dropLast()) else {
                throw fail(line, "unknown keyword '\(keyword)'")
            }
            guard let draft = current, draft.idPlural != nil, !draft.singular else {
                throw fail(line, "msgstr[\(index)] needs a msgid_plural")
            }
            guard index == draft.strings.count else {
                throw fail(line, "msgstr[\(index)] out of order (expected msgstr[\(draft.strings.count)])")
            }
            current?.strings.append(value)
            continuing = .string(index)
        }
    }

    private mutating func newDraft(_ line: Int) -> Draft {
        defer { pendingFlags = [] }
        return Draft(line: line, flags: pendingFlags)
    }

    private mutating func append(_ value: String, to part: Part) {
        switch part {
        case .context: current?.context? += value
        case .id: current?.id? += value
        case .idPlural: current?.idPlural? += value
        case .string(let index): current?.strings[index] += value
        }
    }

    private mutating func finishEntry() throws(POError) {
        guard let draft = current else { return }
        current = nil
        continuing = nil
        guard let id = draft.id else { throw fail(draft.line, "msgctxt without msgid") }
        guard !draft.strings.isEmpty else { throw fail(draft.line, "msgid \"\(id)\" has no msgstr") }
        entries.append(POEntry(context: draft.context, id: id, idPlural: draft.idPlural, strings: draft.strings,
                               flags: draft.flags, line: draft.line))
    }

    /// Every entry, the last one finished.
    mutating func finish() throws(POError) -> [POEntry] {
        try finishEntry()
        return entries
    }

    /// The text of `"…"` with its escapes read.
    private func quoted(_ text: Substring, line: Int) throws(POError) -> String {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else {
            throw fail(line, "expected a string in double quotes")
        }
        var result = ""
        var characters = text.dropFirst().dropLast().unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let scalar = pending ?? characters.next() {
            pending = nil
            if scalar == "\"" { throw fail(line, "a double quote inside a string must be written \\\"") }
            guard scalar == "\\" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let escaped = characters.next() else { throw fail(line, "a backslash ends the string") }
            switch escaped {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "\\": result += "\\"
            case "\"": result += "\""
            case "'": result += "'"
            case "?": result += "?"
            case "a": result += "\u{7}"
            case "b": result += "\u{8}"
            case "f": result += "\u{C}"
            case "v": result += "\u{B}"
            case "0"..."7":
                var value = Int(escaped.value - 48)
                var digits = 1
                while digits < 3, let next = characters.next() {
                    guard ("0"..."7").contains(next) else { pending = next; break }
                    value = value * 8 + Int(next.value - 48)
                    digits += 1
                }
                guard value < 0x80, let octal = Unicode.Scalar(value) else {
                    throw fail(line, "octal escape above \\177: write the character itself (UTF-8)")
                }
                result.unicodeScalars.append(octal)
            default:
                throw fail(line, "unknown escape \\\(escaped)")
            }
        }
        return result
    }
}
