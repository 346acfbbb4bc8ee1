import Foundation
import Testing

/// Any JSON value, decoded without losing the difference between a null
/// key and a missing one, or between `true` and `1`.
enum JSONValue: Decodable, Equatable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int64.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSONValue? {
        if case let .object(object) = self { return object[key] }
        return nil
    }

    subscript(index: Int) -> JSONValue? {
        if case let .array(array) = self, array.indices.contains(index) { return array[index] }
        return nil
    }

    var string: String? { if case let .string(value) = self { return value } else { return nil } }
    var int: Int64? { if case let .int(value) = self { return value } else { return nil } }
    var bool: Bool? { if case let .bool(value) = self { return value } else { return nil } }
    var array: [JSONValue]? { if case let .array(value) = self { return value } else { return nil } }
    var object: [String: JSONValue]? { if case let .object(value) = self { return value } else { return nil } }
    var isNull: Bool { self == .null }
    var double: Double? {
        switch self {
        case let .double(value): return value
        case let .int(value): return Double(value)
        default: return nil
        }
    }

    var description: String {
        switch self {
        case .null: return "null"
        case let .bool(value): return "\(value)"
        case let .int(value): return "\(value)"
        case let .double(value): return "\(value)"
        case let .string(value): return value.debugDescription
        case let .array(values): return "[" + values.map(\.description).joined(separator: ", ") + "]"
        case let .object(object):
            return "{" + object.keys.sorted().map { "\($0): \(object[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

/// What a JSON key must hold.
indirect enum JSONKind: CustomStringConvertible, Sendable {
    case string, int, number, bool, array, object
    /// A `YYYY-MM-DD` string.
    case date
    /// `null` or the given kind (the key must still be present).
    case nullable(JSONKind)

    func matches(_ value: JSONValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.int, .int), (.bool, .bool), (.array, .array), (.object, .object): return true
        case (.number, .int), (.number, .double): return true
        case let (.date, .string(text)): return text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
        case (.nullable, .null): return true
        case let (.nullable(kind), value): return kind.matches(value)
        default: return false
        }
    }

    var description: String {
        switch self {
        case .string: return "string"
        case .int: return "integer"
        case .number: return "number"
        case .bool: return "boolean"
        case .array: return "array"
        case .object: return "object"
        case .date: return "YYYY-MM-DD date"
        case let .nullable(kind): return "\(kind) or null"
        }
    }
}

/// Checks that `value` is an object holding every key of `shape` (present
/// even when null) with a value of the right kind.
func expectShape(_ value: JSONValue?, _ shape: [String: JSONKind], _ what: String,
                 sourceLocation: SourceLocation = #_sourceLocation) {
    guard let object = value?.object else {
        Issue.record("\(what) should be a JSON object, got \(value.map(\.description) ?? "nothing")", sourceLocation: sourceLocation)
        return
    }
    for (key, kind) in shape.sorted(by: { $0.key < $1.key }) {
        guard let field = object[key] else {
            Issue.record("\(what): key \"\(key)\" is missing (keys: \(object.keys.sorted()))", sourceLocation: sourceLocation)
            continue
        }
        #expect(kind.matches(field), "\(what).\(key) should be \(kind), got \(field)", sourceLocation: sourceLocation)
    }
}

/// The documented JSON shapes (Sources/RapportTransfer/JSONShapes.swift).
enum Shapes {
    static let warmth: [String: JSONKind] = ["value": .int, "label": .string, "explanation": .nullable(.string)]
    static let due: [String: JSONKind] = [
        "isDue": .bool, "daysSince": .int, "cadence": .int, "overdueRatio": .number, "neverContacted": .bool,
    ]
    static let handle: [String: JSONKind] = ["kind": .string, "value": .string, "label": .string]
    static let followUp: [String: JSONKind] = ["date": .date, "text": .string, "done": .nullable(.date)]
    static let exchange: [String: JSONKind] = [
        "id": .int, "contactId": .int, "date": .date, "channel": .string, "direction": .string, "summary": .string,
        "notes": .string, "rating": .nullable(.int), "intent": .string, "followUp": .nullable(.object),
        "author": .nullable(.string),
        "project": .nullable(.string),
    ]
    static let reciprocity: [String: JSONKind] = ["gave": .int, "asked": .int, "asksMoreThanGives": .bool]
    static let contact: [String: JSONKind] = [
        "id": .int, "name": .string, "role": .string, "outlet": .string, "title": .string, "tier": .string,
        "cadence": .int, "cadenceOverride": .nullable(.int), "stage": .string, "howMet": .string, "notes": .string,
        "handles": .array, "tags": .array, "snoozedUntil": .nullable(.date), "doNotContact": .bool, "archived": .bool,
        "created": .date, "updated": .date, "lastExchange": .nullable(.date), "daysSinceLast": .nullable(.int),
        "warmth": .object, "reciprocity": .object, "due": .object, "exchanges": .nullable(.array),
        "owner": .nullable(.string),
    ]
    static let contactRow: [String: JSONKind] = [
        "id": .int, "name": .string, "outlet": .string, "role": .string, "tier": .string,
        "lastExchange": .nullable(.date), "daysSinceLast": .nullable(.int), "warmth": .object, "due": .object,
        "archived": .bool,
    ]
    static let contactRef: [String: JSONKind] = ["id": .int, "name": .string, "outlet": .string]
    static let reviewReason: [String: JSONKind] = [
        "kind": .string, "text": .string, "daysSince": .nullable(.int), "cadence": .nullable(.int),
        "exchangeId": .nullable(.int), "date": .nullable(.date),
    ]
    static let review: [String: JSONKind] = ["rank": .int, "contact": .object, "reasons": .array, "score": .number]
    static let searchHit: [String: JSONKind] = [
        "contact": .object, "field": .string, "snippet": .string, "exchangeId": .nullable(.int), "date": .nullable(.date),
    ]
    static let log: [String: JSONKind] = ["exchange": .object, "contact": .object, "warnings": .array]

    /// A full contact, nested objects included.
    static func expectContact(_ value: JSONValue?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectShape(value, contact, what, sourceLocation: sourceLocation)
        expectShape(value?["warmth"], warmth, what + ".warmth", sourceLocation: sourceLocation)
        expectShape(value?["reciprocity"], reciprocity, what + ".reciprocity", sourceLocation: sourceLocation)
        expectShape(value?["due"], due, what + ".due", sourceLocation: sourceLocation)
        for (index, handle) in (value?["handles"]?.array ?? []).enumerated() {
            expectShape(handle, Shapes.handle, "\(what).handles[\(index)]", sourceLocation: sourceLocation)
        }
        for (index, tag) in (value?["tags"]?.array ?? []).enumerated() {
            #expect(tag.string != nil, "\(what).tags[\(index)] should be a string", sourceLocation: sourceLocation)
        }
        for (index, exchange) in (value?["exchanges"]?.array ?? []).enumerated() {
            expectExchange(exchange, "\(what).exchanges[\(index)]", sourceLocation: sourceLocation)
        }
    }

    static func expectExchange(_ value: JSONValue?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectShape(value, exchange, what, sourceLocation: sourceLocation)
        if let followUp = value?["followUp"], !followUp.isNull {
            expectShape(followUp, Shapes.followUp, what + ".followUp", sourceLocation: sourceLocation)
        }
    }

    static func expectContactRow(_ value: JSONValue?, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectShape(value, contactRow, what, sourceLocation: sourceLocation)
        expectShape(value?["warmth"], warmth, what + ".warmth", sourceLocation: sourceLocation)
        expectShape(value?["due"], due, what + ".due", sourceLocation: sourceLocation)
    }
}
