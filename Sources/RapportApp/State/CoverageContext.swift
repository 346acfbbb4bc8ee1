import RapportCore

/// What the coverage form knows when it opens: the contact, its outlet
/// (the default), and the exchange it is for when one was highlighted.
public struct CoverageContext: Equatable, Sendable {
    public var contactId: Int64
    public var contactName: String
    public var outlet: String
    public var exchange: Exchange?

    public init(contactId: Int64, contactName: String, outlet: String, exchange: Exchange?) {
        self.contactId = contactId
        self.contactName = contactName
        self.outlet = outlet
        self.exchange = exchange
    }
}
