import RapportCore

/// An exchange opened from the history: everything about it, scrollable.
public struct ExchangeOverlayState: Equatable, Sendable {
    public var exchange: Exchange
    public var contactName: String
    /// Team mode: the colleague who logged it (her display name); nil for
    /// the user's own exchanges and on a file.
    public var colleague: String?
    /// First line shown when the text is longer than the box.
    public var scroll = 0

    public init(exchange: Exchange, contactName: String, colleague: String? = nil) {
        self.exchange = exchange
        self.contactName = contactName
        self.colleague = colleague
    }
}
