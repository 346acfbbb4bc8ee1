/// A project with what was done for it: what `rapport project list` and
/// the app's project filter show. People are the contacts with at least
/// one exchange or piece of coverage in the project.
public struct ProjectSummary: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var exchanges: Int
    public var people: Int
    public var coverage: Int
    /// The first and last days of its exchanges and coverage; nil when it has none.
    public var first: Day?
    public var last: Day?

    public init(id: Int64, name: String, exchanges: Int, people: Int, coverage: Int, first: Day?, last: Day?) {
        self.id = id
        self.name = name
        self.exchanges = exchanges
        self.people = people
        self.coverage = coverage
        self.first = first
        self.last = last
    }
}
