import Foundation
import RapportStore

/// Notices colleagues' commits through LISTEN/NOTIFY: a connection of its
/// own listens on channel `rapport` (the schema's triggers notify on every
/// write). `changed()` reads what arrived without blocking; notifications
/// sent by the store's own connection are ignored. A lost connection counts
/// as no change and is retried at most once a second; once back, it reports
/// a change (what happened meanwhile is unknown).
final class PGChangeWatch: ChangeWatching, @unchecked Sendable {
    private let listener: PGConnection
    private weak var own: PGConnection?
    private let lock = NSLock()
    private var lastReset = Date.distantPast
    private var lost = false

    init(conninfo: String, ownConnection: PGConnection) throws(StoreError) {
        listener = try PGConnection(conninfo: conninfo)
        own = ownConnection
        try listener.listen("rapport")
    }

    func changed() -> Bool {
        lock.withLock {
            if lost || !listener.isAlive {
                lost = true
                let now = Date()
                guard now.timeIntervalSince(lastReset) >= 1 else { return false }
                lastReset = now
                guard listener.reset(), (try? listener.listen("rapport")) != nil else { return false }
                lost = false
                return true
            }
            do {
                let ownPID = own?.backendPID
                return try listener.pendingNotificationsWithSender().contains { $0.sender != ownPID }
            } catch {
                lost = true
                return false
            }
        }
    }
}
