import Foundation
import RapportStore

/// Notices colleagues' commits through LISTEN/NOTIFY: a connection of its
/// own listens on channel `rapport` (the schema's triggers notify on every
/// write). `look()` reads what arrived without blocking; notifications
/// sent by the store's own connection are ignored.
///
/// The listening connection is also how an idle app notices a lost server:
/// a server that stops or ends the backend closes the socket, and the next
/// look finds it closed and reports `.lost` (once). The watch then retries
/// at most once a second; once back, it reports `.changed` (what happened
/// meanwhile is unknown).
final class PGChangeWatch: ChangeWatching, @unchecked Sendable {
    private let listener: PGConnection
    private weak var own: PGConnection?
    private let lock = NSLock()
    private var lastReset = Date.distantPast
    private var lost = false

    /// How often a lost connection is tried again.
    static let retryInterval: TimeInterval = 1

    init(conninfo: String, ownConnection: PGConnection) throws(StoreError) {
        listener = try PGConnection(conninfo: conninfo)
        own = ownConnection
        try listener.listen("rapport")
    }

    func changed() -> Bool { look() == .changed }

    func look() -> WatchReport {
        lock.withLock {
            if lost || !listener.isAlive {
                let justLost = !lost
                lost = true
                // Just noticed: the retry waits a full interval (a server
                // that is stopping refuses connections for a moment yet).
                if justLost { lastReset = Date() }
                return justLost ? .lost : reconnect()
            }
            do {
                let ownPID = own?.backendPID
                return try listener.pendingNotificationsWithSender().contains { $0.sender != ownPID } ? .changed : .quiet
            } catch {
                lost = true
                lastReset = Date()
                return .lost
            }
        }
    }

    /// One try at most every `retryInterval`; `.changed` when back.
    private func reconnect() -> WatchReport {
        let now = Date()
        guard now.timeIntervalSince(lastReset) >= Self.retryInterval else { return .quiet }
        lastReset = now
        guard listener.reset(), (try? listener.listen("rapport")) != nil else { return .quiet }
        lost = false
        return .changed
    }
}
