import Foundation

/// A fast reader for one contact object of a Rapport JSON export, for the
/// common case of a well-formed export: it builds `ContactImportJSON`
/// directly from the bytes, without `JSONDecoder` (whose per-value cost
/// dominated large imports). It gives up (nil) at anything unusual (a
/// value of an unexpected type, a number that is not a plain integer,
/// invalid UTF-8, a missing key); the caller then decodes the same bytes
/// with `JSONDecoder`, which says precisely what is wrong.
struct JSONContactParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    /// The contact, or nil when the fast path does not apply.
    static func parse(_ data: [UInt8]) -> ContactImportJSON? {
        data.withUnsafeBufferPointer { buffer in
            var parser = JSONContactParser(bytes: buffer)
            guard let contact = parser.contact() else { return nil }
            parser.skipSpace()
            return parser.index == buffer.count ? contact : nil
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: The shapes

    private mutating func contact() -> ContactImportJSON? {
        var name: String?
        var role, outlet, title, tier, stage, howMet, notes, snoozedUntil, created, updated, reviewFrom: String?
        var familyName, givenName: String?
        var cadenceOverride, id: Int?
        var doNotContact, archived: Bool?
        var handles: [HandleImportJSON]?
        var tags: [String]?
        var exchanges: [ExchangeImportJSON]?
        let ok = object { parser, key in
            switch key {
            case "name": return parser.string(into: &name)
            case "role": return parser.optionalString(into: &role)
            case "outlet": return parser.optionalString(into: &outlet)
            case "title": return parser.optionalString(into: &title)
            case "tier": return parser.optionalString(into: &tier)
            case "stage": return parser.optionalString(into: &stage)
            case "howMet": return parser.optionalString(into: &howMet)
            case "familyName": return parser.optionalString(into: &familyName)
            case "givenName": return parser.optionalString(into: &givenName)
            case "notes": return parser.optionalString(into: &notes)
            case "snoozedUntil": return parser.optionalString(into: &snoozedUntil)
            case "created": return parser.optionalString(into: &created)
            case "updated": return parser.optionalString(into: &updated)
            case "reviewFrom": return parser.optionalString(into: &reviewFrom)
            case "cadenceOverride": return parser.optionalInteger(into: &cadenceOverride)
            case "id": return parser.optionalInteger(into: &id)
            // Press work is rare: when there is some, JSONDecoder reads the contact.
            case "coverage", "positions": return parser.null() || parser.emptyArray()
            case "positionSince", "introducedBy": return parser.null()
            case "doNotContact": return parser.optionalBool(into: &doNotContact)
            case "archived": return parser.optionalBool(into: &archived)
            case "tags":
                if parser.null() { return true }
                var list: [String] = []
                guard parser.array({ parser in
                    var tag: String?
                    guard parser.string(into: &tag), let tag else { return false }
                    list.append(tag)
                    return true
                }) else { return false }
                tags = list
                return true
            case "handles":
                if parser.null() { return true }
                var list: [HandleImportJSON] = []
                guard parser.array({ parser in
                    guard let handle = parser.handle() else { return false }
                    list.append(handle)
                    return true
                }) else { return false }
                handles = list
                return true
            case "exchanges":
                if parser.null() { return true }
                var list: [ExchangeImportJSON] = []
                guard parser.array({ parser in
                    guard let exchange = parser.exchange() else { return false }
                    list.append(exchange)
                    return true
                }) else { return false }
                exchanges = list
                return true
            default: return parser.skipValue()
            }
        }
        guard ok, let name else { return nil }
        return ContactImportJSON(
            name: name, role: role, outlet: outlet, title: title, tier: tier, cadenceOverride: cadenceOverride, stage: stage,
            howMet: howMet, notes: notes, handles: handles, tags: tags, snoozedUntil: snoozedUntil, doNotContact: doNotContact,
            archived: archived, created: created, updated: updated, reviewFrom: reviewFrom, exchanges: exchanges,
            familyName: familyName, givenName: givenName,
            id: id.map(Int64.init))
    }

    private mutating func handle() -> HandleImportJSON? {
        var kind, value: String?
        var label: String?
        guard object({ parser, key in
            switch key {
            case "kind": return parser.string(into: &kind)
            case "value": return parser.string(into: &value)
            case "label": return parser.optionalString(into: &label)
            default: return parser.skipValue()
            }
        }), let kind, let value else { return nil }
        return HandleImportJSON(kind: kind, value: value, label: label)
    }

    private mutating func exchange() -> ExchangeImportJSON? {
        var date, channel, direction, summary: String?
        var notes, intent, project: String?
        var rating, id: Int?
        var followUp: FollowUpImportJSON?
        var failed = false
        guard object({ parser, key in
            switch key {
            case "date": return parser.string(into: &date)
            case "channel": return parser.string(into: &channel)
            case "direction": return parser.string(into: &direction)
            case "summary": return parser.string(into: &summary)
            case "notes": return parser.optionalString(into: &notes)
            case "intent": return parser.optionalString(into: &intent)
            case "rating": return parser.optionalInteger(into: &rating)
            case "id": return parser.optionalInteger(into: &id)
            case "project": return parser.optionalString(into: &project)
            case "followUp":
                if parser.null() { return true }
                var due, text: String?
                var done: String?
                guard parser.object({ parser, key in
                    switch key {
                    case "date": return parser.string(into: &due)
                    case "text": return parser.string(into: &text)
                    case "done": return parser.optionalString(into: &done)
                    default: return parser.skipValue()
                    }
                }), let due, let text else {
                    failed = true
                    return false
                }
                followUp = FollowUpImportJSON(date: due, text: text, done: done)
                return true
            default: return parser.skipValue()
            }
        }), !failed, let date, let channel, let direction, let summary else { return nil }
        return ExchangeImportJSON(date: date, channel: channel, direction: direction, summary: summary, notes: notes,
                                  rating: rating, intent: intent, followUp: followUp, project: project, id: id.map(Int64.init))
    }

    // MARK: Values

    private mutating func string(into target: inout String?) -> Bool {
        guard let text = string() else { return false }
        target = text
        return true
    }

    private mutating func optionalString(into target: inout String?) -> Bool {
        if null() { target = nil; return true }
        return string(into: &target)
    }

    private mutating func optionalInteger(into target: inout Int?) -> Bool {
        if null() { target = nil; return true }
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
        // Fractions, exponents and long numbers go to JSONDecoder.
        guard digits > 0, index == bytes.count || !Self.numberBytes.contains(bytes[index]) else { return false }
        target = negative ? -value : value
        return true
    }

    private static let numberBytes: Set<UInt8> = Set("0123456789.eE+-".utf8)

    private mutating func optionalBool(into target: inout Bool?) -> Bool {
        if null() { target = nil; return true }
        if literal("true") { target = true; return true }
        if literal("false") { target = false; return true }
        return false
    }

    private mutating func null() -> Bool { literal("null") }

    /// `[]`, spaces allowed inside.
    private mutating func emptyArray() -> Bool {
        let start = index
        if literal("[") {
            skipSpace()
            if literal("]") { return true }
        }
        index = start
        return false
    }

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
    private mutating func string() -> String? {
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

    /// An object: `member` reads each value after its key; false stops.
    private mutating func object(_ member: (inout JSONContactParser, String) -> Bool) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
        index += 1
        skipSpace()
        if index < bytes.count && bytes[index] == UInt8(ascii: "}") { index += 1; return true }
        while true {
            guard let key = string() else { return false }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return false }
            index += 1
            guard member(&self, key) else { return false }
            skipSpace()
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "}") { return true }
            guard byte == UInt8(ascii: ",") else { return false }
        }
    }

    private mutating func array(_ element: (inout JSONContactParser) -> Bool) -> Bool {
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
        case UInt8(ascii: "\""): return string() != nil
        case UInt8(ascii: "{"): return object { parser, _ in parser.skipValue() }
        case UInt8(ascii: "["): return array { parser in parser.skipValue() }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default:
            let start = index
            while index < bytes.count, Self.numberBytes.contains(bytes[index]) { index += 1 }
            return index > start
        }
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }
}
