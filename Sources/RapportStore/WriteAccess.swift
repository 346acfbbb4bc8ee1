import Foundation
import GRDB

/// Whether a `RapportDatabase` accepts writes now, and why not.
public enum WriteAccess: Sendable, Equatable {
    /// Opened for reading and writing, after its integrity check passed.
    case open
    /// Opened for reading only (a reading command, a read-only file).
    case readOnly
    /// Opened for reading while SQLite's `quick_check` runs
    /// (`finishIntegrityCheck`); every write is refused until it passes.
    case checking
    /// The check found damage: every write is refused with this error.
    case refused(StoreError)
}

/// The connection in use and the write access, swapped together once a
/// deferred integrity check passes.
final class ConnectionState: @unchecked Sendable {
    private let lock = NSLock()
    private var currentWriter: any DatabaseWriter
    private var currentAccess: WriteAccess
    private var readLock: SharedReadLock?

    init(writer: any DatabaseWriter, access: WriteAccess, readLock: SharedReadLock?) {
        currentWriter = writer
        currentAccess = access
        self.readLock = readLock
    }

    var writer: any DatabaseWriter { lock.withLock { currentWriter } }
    var access: WriteAccess { lock.withLock { currentAccess } }

    func replace(writer: (any DatabaseWriter)?, access: WriteAccess) {
        lock.withLock {
            if let writer {
                currentWriter = writer
                readLock = nil
            }
            currentAccess = access
        }
    }
}

extension RapportDatabase {
    /// The largest file whose `quick_check` fits the app's 30 ms budget
    /// before its first frame (measured in docs/performance.md); a larger
    /// one is checked in the background.
    public static let inlineCheckLimit: Int64 = 8 << 20
}
