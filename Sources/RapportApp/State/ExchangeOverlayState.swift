import RapportCore

/// An exchange opened from the history: everything about it, scrollable.
public struct ExchangeOverlayState: Equatable, Sendable {
    public var exchange: Exchange
    public var contactName: String
    /// First line shown when the text is longer than the box.
    public var scroll = 0

    public init(exchange: Exchange, contactName: String) {
        self.exchange = exchange
        self.contactName = contactName
    }
}
