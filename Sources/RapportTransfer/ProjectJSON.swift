import RapportCore

/// One project in `rapport project list --json`: its counts and dates
/// (null when it has neither exchanges nor coverage yet).
public struct ProjectJSON: Encodable {
    public let id: Int64
    public let name: String
    public let exchanges: Int
    public let people: Int
    public let coverage: Int
    @Nullable public var first: Day?
    @Nullable public var last: Day?

    public init(_ project: ProjectSummary) {
        id = project.id
        name = project.name
        exchanges = project.exchanges
        people = project.people
        coverage = project.coverage
        first = project.first
        last = project.last
    }
}
