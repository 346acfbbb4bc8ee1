import Foundation
#if canImport(Glibc)
import Glibc
import RapportLocalization
#endif

/// A private folder (mode 0700) in the temporary folder holding one
/// import's staging database, which holds personal data. It is removed
/// when the import ends (`remove()`, from a `defer`), on SIGINT, SIGTERM
/// and SIGHUP (`StagingRegistry`), and, after a crash, by the next import
/// (`removeStale()`: the folder's name carries the process id).
final class StagingFolder {
    static let prefix = "rapport-import-"

    let path: String
    var databasePath: String { path + "/staging.sqlite" }
    private var removed = false

    init() throws(StoreError) {
        let template = Self.temporaryFolder() + "/" + Self.prefix + "\(getpid())-XXXXXX"
        var bytes = Array(template.utf8CString)
        let made = bytes.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) != nil } ?? false }
        guard made else {
            throw .cannotOpen(path: template, detail: L10n.text("cannot create a private folder for the import (%@)", SystemMessages.describe(errno: errno)))
        }
        path = String(decoding: bytes.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        StagingRegistry.register(files: Self.files(in: path), folder: path)
    }

    deinit { remove() }

    /// The staging database and the side files SQLite may make beside it.
    private static func files(in folder: String) -> [String] {
        ["staging.sqlite", "staging.sqlite-journal", "staging.sqlite-wal", "staging.sqlite-shm"].map { folder + "/" + $0 }
    }

    /// Deletes the database, its side files and the folder.
    func remove() {
        guard !removed else { return }
        removed = true
        StagingRegistry.unregister(folder: path)
        for file in Self.files(in: path) { unlink(file) }
        rmdir(path)
    }

    static func temporaryFolder() -> String {
        var folder = NSTemporaryDirectory()
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        return folder
    }

    /// Removes the staging folders of imports whose process is gone (a
    /// crash or `kill -9` gives no chance to clean up): ours, by name, and
    /// only when no process with that id runs.
    static func removeStale() {
        let folder = temporaryFolder()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]) else { continue }
            let path = folder + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid() else { continue }
            if pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH {
                for file in files(in: path) { unlink(file) }
                rmdir(path)
            }
        }
    }
}

/// The staging folders in use in this process, so a signal handler can
/// remove them. While any exists, SIGINT, SIGTERM and SIGHUP first delete
/// them (with `unlink` and `rmdir` only, which are safe in a signal
/// handler), then go on to the handler that was there before (the
/// terminal's restore in the app) or the default action.
public enum StagingRegistry {
    /// Slots of C strings read by the signal handler: up to 4 folders of 5 paths.
    private static let slotCount = 20
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let pointer = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: slotCount)
        pointer.initialize(repeating: nil, count: slotCount)
        return pointer
    }()
    /// The handlers found when installing, by signal number (read by the handler: no dictionary).
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        pointer.initialize(repeating: sigaction(), count: 65)
        return pointer
    }()
    nonisolated(unsafe) private static var installed = false
    private static let lock = NSLock()
    nonisolated(unsafe) private static var folders: [String: Range<Int>] = [:]  // guarded by `lock`
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    static func register(files: [String], folder: String) {
        lock.lock()
        defer { lock.unlock() }
        let paths = files + [folder]
        guard let start = (0...(slotCount - paths.count)).first(where: { start in
            (start..<start + paths.count).allSatisfy { slots[$0] == nil }
        }) else { return }
        for (offset, path) in paths.enumerated() { slots[start + offset] = strdup(path) }
        folders[folder] = start..<start + paths.count
        if folders.count == 1 { install() }
    }

    static func unregister(folder: String) {
        lock.lock()
        defer { lock.unlock() }
        guard let range = folders.removeValue(forKey: folder) else { return }
        if folders.isEmpty { restore() }
        for index in range {
            let path = slots[index]
            slots[index] = nil
            free(path)
        }
    }

    /// Deletes every registered staging file and folder now (files first).
    public static func removeAll() {
        removeFromHandler()
    }

    /// Only async-signal-safe calls: `unlink` on each file, `rmdir` on each folder.
    fileprivate static func removeFromHandler() {
        for index in 0..<slotCount {
            guard let path = slots[index] else { continue }
            if unlink(path) != 0 { rmdir(path) }
        }
    }

    private static func install() {
        // A process started from a thread that blocks these signals (a
        // dispatch worker's, say) inherits the mask: unblock them here, so
        // they reach this thread at least.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for signal in signals { sigaddset(&unblock, signal) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        for signal in signals {
            // A signal the parent set to be ignored (a background job of a
            // script, `nohup`) stays ignored: it must neither stop the
            // import nor take its staging files from under it.
            var current = sigaction()
            sigaction(signal, nil, &current)
            if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                previous[Int(signal)] = current
                continue
            }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = stagingSignalHandler
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, previous + Int(signal))
        }
        installed = true
    }

    private static func restore() {
        guard installed else { return }
        installed = false
        for signal in signals { sigaction(signal, previous + Int(signal), nil) }
    }

    /// Puts back the handler that was there before, then delivers the signal again.
    fileprivate static func forward(_ signal: Int32) {
        if installed {
            sigaction(signal, previous + Int(signal), nil)
        } else {
            Glibc.signal(signal, SIG_DFL)
        }
        raise(signal)
    }
}

private func stagingSignalHandler(_ signal: Int32) {
    StagingRegistry.removeFromHandler()
    StagingRegistry.forward(signal)
}
