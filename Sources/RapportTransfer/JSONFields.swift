import RapportCore

/// The JSON definition of one record: each key named once, with how its
/// value is written (the export's `JSONText`, and `Encodable` for
/// `show --json` and the other `--json` outputs) and how it is read back
/// (the import's `JSONContactParser`), the JSON counterpart of the store's
/// `TableColumns`. `Shape` is the value written (`ContactJSON`…),
/// `Imported` what the import reads into (`ContactImportJSON`…).
///
/// Keys are kept in the order `JSONEncoder.sortedKeys` writes them (by
/// UTF-8 bytes), so the export's bytes are those `JSONEncoder` would write.
/// A key without `read` is computed (warmth, due…): written, never read
/// back. The definitions are constants (`nonisolated(unsafe)` only because
/// closures and key paths are not `Sendable`): built once, never changed.
struct JSONFields<Shape, Imported> {
    /// One key of the record.
    struct Field {
        let key: StaticString
        /// The key's bytes, compared with the bytes of a key being read.
        let keyBytes: [UInt8]
        /// Writes the value (without the key); the key is left out when it returns false.
        let write: (Shape, inout JSONText) throws(JSONTextError) -> Bool
        /// Encodes the value under `key` (or leaves the key out, as `write` does).
        let encode: (Shape, inout KeyedEncodingContainer<JSONKey>) throws -> Void
        /// Reads the value into the imported record; nil: computed, passed over.
        let read: ((inout JSONContactParser, inout Imported) -> Bool)?
        /// The import refuses a record without this key.
        let required: Bool

        init(key: StaticString, write: @escaping (Shape, inout JSONText) throws(JSONTextError) -> Bool,
             encode: @escaping (Shape, inout KeyedEncodingContainer<JSONKey>) throws -> Void,
             read: ((inout JSONContactParser, inout Imported) -> Bool)?, required: Bool) {
            self.key = key
            keyBytes = key.withUTF8Buffer { Array($0) }
            self.write = write
            self.encode = encode
            self.read = read
            self.required = required
        }

        /// A key always written (null when the value is nil), read back into `into` when given.
        static func value<Value: JSONWritable & Encodable, Read: JSONReadable>(
            _ key: StaticString, _ get: @escaping (Shape) -> Value, read into: WritableKeyPath<Imported, Read>,
            required: Bool = false) -> Field {
            Field(key: key, write: { shape, text throws(JSONTextError) in try get(shape).write(into: &text); return true },
                  encode: { shape, container in try container.encode(get(shape), forKey: JSONKey(key)) },
                  read: { parser, imported in
                      guard let value = Read.read(&parser) else { return false }
                      imported[keyPath: into] = value
                      return true
                  },
                  required: required)
        }

        /// A computed key: written, passed over when read back.
        static func computed<Value: JSONWritable & Encodable>(_ key: StaticString, _ get: @escaping (Shape) -> Value) -> Field {
            Field(key: key, write: { shape, text throws(JSONTextError) in try get(shape).write(into: &text); return true },
                  encode: { shape, container in try container.encode(get(shape), forKey: JSONKey(key)) },
                  read: nil, required: false)
        }

        /// A key left out when the value is nil (never `null`), read back into `into`.
        static func omittedWhenNil<Value: JSONWritable & Encodable, Read: JSONReadable>(
            _ key: StaticString, _ get: @escaping (Shape) -> Value?, read into: WritableKeyPath<Imported, Read?>) -> Field {
            Field(key: key, write: { shape, text throws(JSONTextError) in
                      guard let value = get(shape) else { return false }
                      try value.write(into: &text)
                      return true
                  },
                  encode: { shape, container in try container.encodeIfPresent(get(shape), forKey: JSONKey(key)) },
                  read: { parser, imported in
                      guard let value = Optional<Read>.read(&parser) else { return false }
                      imported[keyPath: into] = value
                      return true
                  },
                  required: false)
        }
    }

    let fields: [Field]
    /// Bit `i` set when `fields[i]` is required.
    let requiredMask: UInt64
    /// What `write` needs of each field, in `fields`' order, kept apart:
    /// copying a `Field` out of `fields` retained and released its four
    /// references for every key of every record (a fifth of an export).
    private let writers: [(Shape, inout JSONText) throws(JSONTextError) -> Bool]
    /// `,"key":` of every field one after the other; field `i`'s from `keyStarts[i]` to `keyStarts[i + 1]`.
    private let keyText: [UInt8]
    private let keyStarts: [Int]

    /// The fields, in any order: they are kept sorted by key.
    init(_ fields: [Field]) {
        precondition(fields.count <= 64, "a JSON record of at most 64 keys") // l10n-exempt: programmer error
        self.fields = fields.sorted { $0.keyBytes.lexicographicallyPrecedes($1.keyBytes) }
        var mask: UInt64 = 0
        for (index, field) in self.fields.enumerated() where field.required { mask |= 1 << UInt64(index) }
        requiredMask = mask
        writers = self.fields.map(\.write)
        var keyText: [UInt8] = [], keyStarts: [Int] = []
        for field in self.fields {
            var text = JSONText()
            text.key(field.key)
            keyStarts.append(keyText.count)
            keyText.append(contentsOf: text.bytes)
        }
        keyStarts.append(keyText.count)
        self.keyText = keyText
        self.keyStarts = keyStarts
    }

    var keys: [String] { fields.map { $0.key.description } }

    /// The record as one JSON object, keys sorted.
    func write(_ shape: Shape, into text: inout JSONText) throws(JSONTextError) {
        text.byte(UInt8(ascii: "{"))
        var first = true
        for index in writers.indices {
            let mark = text.bytes.count
            // The key with its comma, the comma left out for the first key written.
            text.bytes.append(contentsOf: keyText[(keyStarts[index] + (first ? 1 : 0))..<keyStarts[index + 1]])
            if try writers[index](shape, &text) {
                first = false
            } else {
                text.bytes.removeSubrange(mark...)
            }
        }
        text.byte(UInt8(ascii: "}"))
    }

    /// The record through an `Encoder` (`JSONOutput.print`).
    func encode(_ shape: Shape, to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        for field in fields { try field.encode(shape, &container) }
    }

    /// The field named by these bytes, looked for first at `hint` (keys come in order in an export).
    func field(named name: UnsafeBufferPointer<UInt8>, hint: Int) -> Int? {
        if hint < fields.count, fields[hint].keyBytes.elementsEqual(name) { return hint }
        for index in fields.indices where index != hint && fields[index].keyBytes.elementsEqual(name) { return index }
        return nil
    }
}

/// A key of a `JSONFields` record, for `Encodable`.
struct JSONKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ key: StaticString) { stringValue = key.description }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A record with a JSON definition: written through it, and encoded
/// through it by its `encode(to:)` (`Self.json.encode(self, to: encoder)`).
protocol JSONRecord: JSONWritable, Encodable {
    associatedtype Imported
    static var json: JSONFields<Self, Imported> { get }
}

extension JSONRecord {
    func write(into text: inout JSONText) throws(JSONTextError) { try Self.json.write(self, into: &text) }
}

/// A record computed for output only: nothing reads it back.
struct NotImported {}

// MARK: Writing values

/// A value `JSONText` writes as `JSONEncoder` would.
protocol JSONWritable {
    func write(into text: inout JSONText) throws(JSONTextError)
}

extension String: JSONWritable {
    func write(into text: inout JSONText) { text.string(self) }
}

extension Int: JSONWritable {
    func write(into text: inout JSONText) { text.int(self) }
}

extension Int64: JSONWritable {
    func write(into text: inout JSONText) { text.int(self) }
}

extension Bool: JSONWritable {
    func write(into text: inout JSONText) { text.bool(self) }
}

extension Double: JSONWritable {
    func write(into text: inout JSONText) throws(JSONTextError) { try text.double(self) }
}

extension Day: JSONWritable {
    func write(into text: inout JSONText) { text.day(self) }
}

extension Optional: JSONWritable where Wrapped: JSONWritable {
    func write(into text: inout JSONText) throws(JSONTextError) {
        if let self { try self.write(into: &text) } else { text.null() }
    }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(into text: inout JSONText) throws(JSONTextError) {
        text.byte(UInt8(ascii: "["))
        for (index, element) in enumerated() {
            if index > 0 { text.byte(UInt8(ascii: ",")) }
            try element.write(into: &text)
        }
        text.byte(UInt8(ascii: "]"))
    }
}

// MARK: Reading values

/// A value `JSONContactParser` reads; nil when it cannot (the import then
/// decodes the contact with `JSONDecoder`, which says what is wrong).
protocol JSONReadable {
    static func read(_ parser: inout JSONContactParser) -> Self?
}

extension String: JSONReadable {
    static func read(_ parser: inout JSONContactParser) -> String? { parser.string() }
}

extension Int: JSONReadable {
    static func read(_ parser: inout JSONContactParser) -> Int? { parser.integer() }
}

extension Int64: JSONReadable {
    static func read(_ parser: inout JSONContactParser) -> Int64? { parser.integer().map(Int64.init) }
}

extension Bool: JSONReadable {
    static func read(_ parser: inout JSONContactParser) -> Bool? { parser.bool() }
}

extension Optional: JSONReadable where Wrapped: JSONReadable {
    /// `null` is `.some(nil)`; nil when the value is neither null nor a `Wrapped`.
    static func read(_ parser: inout JSONContactParser) -> Wrapped?? {
        if parser.null() { return .some(nil) }
        guard let value = Wrapped.read(&parser) else { return nil }
        return .some(value)
    }
}

extension Array: JSONReadable where Element: JSONReadable {
    static func read(_ parser: inout JSONContactParser) -> [Element]? {
        var list: [Element] = []
        guard parser.array({ parser in
            guard let element = Element.read(&parser) else { return false }
            list.append(element)
            return true
        }) else { return nil }
        return list
    }
}

/// An imported record read through the definition of its shape.
protocol JSONImportedRecord: JSONReadable {
    associatedtype Shape
    init()
    static var json: JSONFields<Shape, Self> { get }
}

extension JSONImportedRecord {
    static func read(_ parser: inout JSONContactParser) -> Self? {
        var record = Self()
        return parser.record(Self.json, into: &record) ? record : nil
    }
}
