import GRDB

/// Which column of a table holds which field of a domain value, each column
/// named once, with how its value is written and read back (through the
/// fields' `DatabaseValueConvertible` conformances). Statements list the
/// columns with `list`, bind `values(of:)` in the same order, and read a
/// row's columns back into a value with `read(_:from:into:)`.
///
/// The definitions are constants (`nonisolated(unsafe)` only because key
/// paths are not `Sendable`): built once, never changed, read from any thread.
struct TableColumns<Record> {
    /// One column: its name and the field it holds.
    struct Column {
        let name: String
        let value: (Record) -> DatabaseValue
        let read: (inout Record, DatabaseValue) -> Void

        /// A column holding a field of the value as it is.
        init<Value: DatabaseValueConvertible>(_ name: String, _ field: WritableKeyPath<Record, Value>) {
            self.name = name
            value = { $0[keyPath: field].databaseValue }
            read = { record, stored in
                if let value = Value.fromDatabaseValue(stored) { record[keyPath: field] = value }
            }
        }

        /// A column holding a part of a field (the due day of a follow-up):
        /// `get` gives it (nil is NULL), `set` puts it back (nil for NULL).
        init<Value: DatabaseValueConvertible>(_ name: String, get: @escaping (Record) -> Value?,
                                              set: @escaping (inout Record, Value?) -> Void) {
            self.name = name
            value = { get($0)?.databaseValue ?? .null }
            read = { record, stored in set(&record, Value.fromDatabaseValue(stored)) }
        }
    }

    let columns: [Column]

    init(_ columns: [Column]) { self.columns = columns }

    var names: [String] { columns.map(\.name) }

    /// The column names separated by commas, each after `prefix` (`"e."`).
    func list(prefix: String = "") -> String {
        columns.map { prefix + $0.name }.joined(separator: ", ")
    }

    /// The columns without those named.
    func without(_ names: Set<String>) -> TableColumns {
        TableColumns(columns.filter { !names.contains($0.name) })
    }

    /// The value's fields, in column order.
    func values(of record: Record) -> [DatabaseValue] {
        columns.map { $0.value(record) }
    }

    /// Reads the columns from `row`, the first at position `start`.
    func read(_ row: Row, from start: Int, into record: inout Record) {
        // By index: copying each `Column` out retained and released its three references per column and row.
        for offset in columns.indices {
            columns[offset].read(&record, row[start + offset])
        }
    }
}
