import GRDB
import RapportCore

// Days and vocabulary values as database values, so records, queries and
// rows use them directly: a day is stored as its ordinal (days since
// 1970-01-01), a vocabulary value as its name. `CHECK` constraints hold
// every name; a name this version does not know (a file edited by hand)
// still reads as each vocabulary's catch-all value, as it always did.

extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { ordinal.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        Int.fromDatabaseValue(dbValue).map(Day.init(ordinal:))
    }
}

extension NamedValue {
    /// The value a stored name stands for: `unknown` when the vocabulary has
    /// no such name; nil when the database value is not text.
    static func stored(_ dbValue: DatabaseValue, unknown: Self) -> Self? {
        String.fromDatabaseValue(dbValue).map { Self(rawValue: $0) ?? unknown }
    }
}

extension Role: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Role? { stored(dbValue, unknown: .other) }
}

extension Tier: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Tier? { stored(dbValue, unknown: .b) }
}

extension Stage: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Stage? { stored(dbValue, unknown: .new) }
}

extension Channel: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Channel? { stored(dbValue, unknown: .other) }
}

extension Direction: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Direction? { stored(dbValue, unknown: .outbound) }
}

extension Intent: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Intent? { stored(dbValue, unknown: .chat) }
}

extension HandleKind: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { rawValue.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> HandleKind? { stored(dbValue, unknown: .other) }
}
