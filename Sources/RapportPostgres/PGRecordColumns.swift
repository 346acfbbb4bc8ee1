import RapportCore

/// A value read back from PostgreSQL's text form of a column (what libpq
/// gives for every result). nil when the text is not one of the type's values.
protocol PGTextValue {
    init?(pgText: String)
}

extension String: PGTextValue {
    init?(pgText: String) { self = pgText }
}

extension Int: PGTextValue {
    init?(pgText: String) { self.init(pgText) }
}

extension Int64: PGTextValue {
    init?(pgText: String) { self.init(pgText) }
}

extension Double: PGTextValue {
    init?(pgText: String) { self.init(pgText) }
}

extension Bool: PGTextValue {
    init?(pgText: String) {
        switch pgText {
        case "t", "true": self = true
        case "f", "false": self = false
        default: return nil
        }
    }
}

extension Day: PGTextValue {
    init?(pgText: String) {
        guard let ordinal = Int(pgText) else { return nil }
        self.init(ordinal: ordinal)
    }
}

extension PGTextValue where Self: RawRepresentable, RawValue == String {
    init?(pgText: String) { self.init(rawValue: pgText) }
}

extension Role: PGTextValue {}
extension Tier: PGTextValue {}
extension Stage: PGTextValue {}
extension Channel: PGTextValue {}
extension Direction: PGTextValue {}
extension Intent: PGTextValue {}

/// Which result column holds which field of a record, each column named
/// once (the PostgreSQL engine's counterpart of the SQLite engine's
/// `TableColumns`): statements select `list`, and `read(_:from:into:)`
/// reads the columns back by position in the same order.
///
/// The definitions are constants (`nonisolated(unsafe)` only because key
/// paths are not `Sendable`): built once, never changed, read from any thread.
struct PGRecordColumns<Record> {
    /// One column: the SQL expression selected, and how its text is put
    /// into the record.
    struct Column {
        let expression: String
        let read: (inout Record, String?) -> Void

        /// A non-null column holding a field as it is (NULL or an unknown
        /// value leaves the record's default).
        init<Value: PGTextValue>(_ expression: String, _ field: WritableKeyPath<Record, Value>) {
            self.expression = expression
            read = { record, text in
                if let value = text.flatMap(Value.init(pgText:)) { record[keyPath: field] = value }
            }
        }

        /// A nullable column: NULL is nil.
        init<Value: PGTextValue>(_ expression: String, _ field: WritableKeyPath<Record, Value?>) {
            self.expression = expression
            read = { record, text in record[keyPath: field] = text.flatMap(Value.init(pgText:)) }
        }

        /// A column holding a part of a field (a follow-up's due day):
        /// `set` puts the value (nil for NULL) into the record.
        init<Value: PGTextValue>(_ expression: String, set: @escaping (inout Record, Value?) -> Void) {
            self.expression = expression
            read = { record, text in set(&record, text.flatMap(Value.init(pgText:))) }
        }
    }

    let columns: [Column]

    init(_ columns: [Column]) { self.columns = columns }

    /// The selected expressions, separated by commas.
    var list: String { columns.map(\.expression).joined(separator: ", ") }

    /// How many result columns `list` gives.
    var count: Int { columns.count }

    /// Reads the columns from `row`, the first at position `start`.
    func read(_ row: PGRecord, from start: Int = 0, into record: inout Record) {
        for (offset, column) in columns.enumerated() {
            column.read(&record, row[start + offset])
        }
    }
}
