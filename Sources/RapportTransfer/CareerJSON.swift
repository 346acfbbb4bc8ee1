import RapportCore

/// One previous position in `show --json`'s `positions`.
public struct PositionJSON: Encodable, Equatable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let outlet: String
    public let title: String
    /// Null when the position began before Rapport knew it.
    @Nullable public var from: Day?
    public let to: Day

    public init(_ position: Position) {
        outlet = position.outlet
        title = position.title
        from = position.from
        to = position.to
    }

    public static func == (a: PositionJSON, b: PositionJSON) -> Bool {
        a.outlet == b.outlet && a.title == b.title && a.from == b.from && a.to == b.to
    }
}

/// Another contact named in an introduction: `introducedBy`, `introduced`.
public struct ContactReferenceJSON: Encodable {
    /// Through `json` (JSONRecords.swift), the one definition of its keys.
    public func encode(to encoder: any Encoder) throws { try Self.json.encode(self, to: encoder) }

    public let id: Int64
    public let name: String

    public init(_ reference: ContactReference) {
        id = reference.id
        name = reference.name
    }
}

extension ContactJSON {
    /// This contact with its career timeline and introductions.
    public func with(_ career: Career) -> ContactJSON {
        var json = self
        json.positionSince = career.since
        json.positions = career.positions.map(PositionJSON.init)
        json.introducedBy = career.introducedBy.map(ContactReferenceJSON.init)
        json.introduced = career.introduced.map(ContactReferenceJSON.init)
        return json
    }
}
