/// One column of a CSV file: its header and what it is read as (nil when
/// the header was not recognised and no `--map` named it).
public struct CSVColumn: Hashable, Sendable {
    public let header: String
    public let field: CSVField?
}
