import CLibPQ
import Foundation
import RapportStore
import RapportLocalization

/// One libpq connection, used from one thread at a time (a recursive lock
/// makes sure of it, so statements inside `transaction` run on it too). Values go to the server as text parameters (`$1`, `$2`…),
/// never spliced into SQL; results come back as text.
///
/// Connection settings follow PostgreSQL's conventions because libpq reads
/// them: the URI or `key=value` string, `PGHOST`, `PGPORT`, `PGDATABASE`,
/// `PGUSER`, `PGPASSWORD`, `~/.pgpass`, `PGSERVICE`, `sslmode`.
public final class PGConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSRecursiveLock()
    /// What to show the user: database and host, never a password.
    public let display: String

    /// Connects. `conninfo` is a `postgresql://` URI or a `key=value`
    /// string; an empty string uses the environment alone.
    public init(conninfo: String) throws(StoreError) {
        try PGConnection.loadLibrary()
        guard let connection = rpq_connectdb(conninfo) else {
            throw .connectionLost(L10n.text("libpq could not allocate a connection"))
        }
        guard rpq_status(connection) == CONNECTION_OK else {
            let message = PGServerMessages.translated(PGConnection.clean(String(cString: rpq_errorMessage(connection))))
            rpq_finish(connection)
            throw .cannotOpen(path: PGLocation.redacted(conninfo), detail: message)
        }
        handle = connection
        let database = String(cString: rpq_db(connection))
        let host = rpq_host(connection).map { String(cString: $0) } ?? ""
        display = host.isEmpty || host.hasPrefix("/") ? database : L10n.text("%1$@ on %2$@", context: "database on host", database, host)
        // Quiet NOTICEs (they would go to stderr) and a stable environment.
        rpq_setNoticeProcessor(connection, { _, _ in }, nil)
    }

    deinit { rpq_finish(handle) }

    /// Loads libpq (once per process) before the first connection: a
    /// personal SQLite start never maps it. Without it a team database
    /// cannot be opened, and the message names the package to install.
    static func loadLibrary() throws(StoreError) {
        guard rapport_pq_load() == 1 else {
            let detail = SystemMessages.translated(String(cString: rapport_pq_load_error()))
            throw .invalid(L10n.text("team mode needs the PostgreSQL client library libpq (Debian: libpq5, Fedora: libpq): %@", detail))
        }
    }

    /// The login this connection runs as (`session_user`).
    public var user: String { String(cString: rpq_user(handle)) }

    /// Whether the connection is still usable.
    public var isAlive: Bool { lock.withLock { rpq_status(handle) == CONNECTION_OK } }

    /// Runs one statement (or several, when `parameters` is empty) and
    /// returns its rows.
    @discardableResult
    public func execute(_ sql: String, _ parameters: [String?] = []) throws(StoreError) -> PGRows {
        lock.lock()
        defer { lock.unlock() }
        return try run(sql, parameters)
    }

    /// Runs `body` in one transaction: COMMIT when it returns, ROLLBACK when
    /// it throws. A commit that fails is reported as not saved.
    public func transaction<T>(_ begin: String = "BEGIN", _ body: (PGConnection) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        try run(begin, [])
        let value: T
        do {
            value = try body(self)
        } catch {
            _ = try? run("ROLLBACK", [])
            throw error
        }
        try run("COMMIT", [])
        return value
    }

    /// Runs `COPY … FROM STDIN` (text format) with the given rows: one
    /// round trip for any number of rows. Inside a `transaction` body it is
    /// part of that transaction. Returns the number of rows copied.
    @discardableResult
    public func copyIn(_ sql: String, _ rows: [[String?]]) throws(StoreError) -> Int {
        lock.lock()
        defer { lock.unlock() }
        guard let start = rpq_exec(handle, sql) else {
            throw .connectionLost(PGServerMessages.translated(PGConnection.clean(String(cString: rpq_errorMessage(handle)))))
        }
        let status = rpq_resultStatus(start)
        if status != PGRES_COPY_IN {
            defer { rpq_clear(start) }
            throw PGConnection.error(start, connection: handle)
        }
        rpq_clear(start)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(PGCopyText.chunkSize + 4096)
        var sent = true
        for row in rows {
            PGCopyText.append(row, to: &buffer)
            if buffer.count >= PGCopyText.chunkSize {
                sent = sent && send(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        if !buffer.isEmpty { sent = sent && send(buffer) }
        // An error on the way (a constraint, a lost server) shows in the results.
        let ended = rpq_putCopyEnd(handle, sent ? nil : "rapport: the copy could not be sent") == 1 // l10n-exempt: sent to the server's log
        var failure: StoreError?
        while let result = rpq_getResult(handle) {
            if rpq_resultStatus(result) != PGRES_COMMAND_OK, failure == nil {
                failure = PGConnection.error(result, connection: handle)
            }
            rpq_clear(result)
        }
        if let failure { throw failure }
        guard ended, sent else {
            throw .connectionLost(PGServerMessages.translated(PGConnection.clean(String(cString: rpq_errorMessage(handle)))))
        }
        return rows.count
    }

    private func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { pointer in
            pointer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                rpq_putCopyData(handle, $0, Int32(bytes.count)) == 1
            }
        }
    }

    /// Subscribes to a NOTIFY channel.
    public func listen(_ channel: String) throws(StoreError) {
        try execute("LISTEN \(PGConnection.identifier(channel))")
    }

    /// Reads what the server sent without blocking and returns the
    /// notifications received since the last call (channel names). Throws
    /// when the connection is gone.
    public func pendingNotifications() throws(StoreError) -> [String] {
        lock.lock()
        defer { lock.unlock() }
        guard rpq_consumeInput(handle) == 1 else {
            throw .connectionLost(PGServerMessages.translated(PGConnection.clean(String(cString: rpq_errorMessage(handle)))))
        }
        var channels: [String] = []
        while let notice = rpq_notifies(handle) {
            channels.append(String(cString: notice.pointee.relname))
            rpq_freemem(notice)
        }
        return channels
    }

    /// Like `pendingNotifications`, with the process id of the server
    /// backend that sent each one (to tell one's own writes from others').
    public func pendingNotificationsWithSender() throws(StoreError) -> [(channel: String, sender: Int32)] {
        lock.lock()
        defer { lock.unlock() }
        guard rpq_consumeInput(handle) == 1 else {
            throw .connectionLost(PGServerMessages.translated(PGConnection.clean(String(cString: rpq_errorMessage(handle)))))
        }
        var received: [(channel: String, sender: Int32)] = []
        while let notice = rpq_notifies(handle) {
            received.append((String(cString: notice.pointee.relname), notice.pointee.be_pid))
            rpq_freemem(notice)
        }
        return received
    }

    /// The process id of this connection's server backend (it changes
    /// after `reset`).
    public var backendPID: Int32 { lock.withLock { rpq_backendPID(handle) } }

    /// Tries to reconnect a lost connection; true when it is back.
    public func reset() -> Bool {
        lock.withLock {
            rpq_reset(handle)
            return rpq_status(handle) == CONNECTION_OK
        }
    }

    /// Double-quotes an identifier for SQL (role and channel names).
    public static func identifier(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    // MARK: private

    @discardableResult
    private func run(_ sql: String, _ parameters: [String?]) throws(StoreError) -> PGRows {
        let result: OpaquePointer?
        if parameters.isEmpty {
            result = rpq_exec(handle, sql)
        } else {
            result = PGConnection.withCStrings(parameters) { pointers in
                rpq_execParams(handle, sql, Int32(pointers.count), nil, pointers, nil, nil, 0)
            }
        }
        guard let result else {
            throw .connectionLost(PGServerMessages.translated(PGConnection.clean(String(cString: rpq_errorMessage(handle)))))
        }
        defer { rpq_clear(result) }
        switch rpq_resultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
            return PGRows(result)
        default:
            throw PGConnection.error(result, connection: handle)
        }
    }

    private static func withCStrings<R>(_ values: [String?], _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        let copies: [UnsafeMutablePointer<CChar>?] = values.map { value in value.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        return body(copies.map { $0.map { UnsafePointer($0) } })
    }

    /// Turns a failed result into a `StoreError` by its SQLSTATE.
    static func error(_ result: OpaquePointer, connection: OpaquePointer) -> StoreError {
        let state = rpq_resultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) } ?? ""
        let primary = rpq_resultErrorField(result, Int32(UInt8(ascii: "M"))).map { String(cString: $0) }
            ?? String(cString: rpq_errorMessage(connection))
        let message = clean(primary)
        if rpq_status(connection) != CONNECTION_OK || state.hasPrefix("08") || state == "57P01" {
            return .connectionLost(PGServerMessages.translated(message))
        }
        switch state {
        case "42501": return .permissionDenied(PGServerMessages.translated(message))
        case "40001", "40P01": return .busy(path: L10n.text("the team database"))
        default: return .database(message)
        }
    }

    /// One line, with anything that looks like a password removed.
    static func clean(_ message: String) -> String {
        let line = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? message
        return PGLocation.redacted(line.trimmingCharacters(in: .whitespaces))
    }
}

/// The rows of a result, as text (nil for SQL NULL).
public struct PGRows: Sendable {
    public let columns: [String]
    public let rows: [[String?]]

    init(_ result: OpaquePointer) {
        let count = Int(rpq_ntuples(result))
        let width = Int(rpq_nfields(result))
        columns = (0..<width).map { String(cString: rpq_fname(result, Int32($0))) }
        var rows: [[String?]] = []
        rows.reserveCapacity(count)
        for row in 0..<count {
            rows.append((0..<width).map { column in
                rpq_getisnull(result, Int32(row), Int32(column)) == 1
                    ? nil : String(cString: rpq_getvalue(result, Int32(row), Int32(column)))
            })
        }
        self.rows = rows
    }

    public var isEmpty: Bool { rows.isEmpty }
    public var count: Int { rows.count }

    /// The first column of the first row.
    public var scalar: String? { rows.first?.first ?? nil }
}
