import Foundation
import Glibc

/// A shared lock on the range SQLite uses for its own shared locks, held
/// while a database is read through an `immutable` connection (which
/// takes no lock). While it is held, another Rapport that closes the file
/// cannot check its write-ahead log into the main file under our reads, and
/// a writer in rollback mode waits. An open-file-description lock, so
/// SQLite closing its own descriptors on the same file does not drop it.
final class SharedReadLock: @unchecked Sendable {
    private let descriptor: Int32

    /// SQLite's shared-lock range: 510 bytes from PENDING_BYTE + 2.
    private static let start = 0x4000_0002
    private static let length = 510
    /// `F_OFD_SETLK` (Linux).
    private static let setLock: Int32 = 37

    /// Takes the lock, waiting up to `timeout` seconds for a writer to
    /// finish; nil when it cannot be taken (the file is read without it).
    init?(path: String, timeout: Double = 15) {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var lock = flock()
        lock.l_type = Int16(F_RDLCK)
        lock.l_whence = Int16(SEEK_SET)
        lock.l_start = off_t(Self.start)
        lock.l_len = off_t(Self.length)
        let deadline = Date().addingTimeInterval(timeout)
        while fcntl(fd, Self.setLock, &lock) != 0 {
            guard errno == EAGAIN || errno == EACCES || errno == EINTR, Date() < deadline else {
                close(fd)
                return nil
            }
            usleep(10_000)
        }
        descriptor = fd
    }

    deinit {
        close(descriptor)
    }
}

/// The `-wal` and `-shm` files beside a database.
enum SideFiles {
    static let suffixes = ["-wal", "-shm", "-journal"]

    /// Removes a `-wal` and `-shm` that a failed open just created, when no
    /// connection uses them (nobody holds SQLite's lock on the `-shm`) and
    /// the log holds no data.
    static func removeIfUnused(_ path: String) {
        let shm = path + "-shm"
        let wal = path + "-wal"
        let fd = open(shm, O_RDWR | O_CLOEXEC)
        if fd >= 0 {
            defer { close(fd) }
            var lock = flock()
            lock.l_type = Int16(F_WRLCK)
            lock.l_whence = Int16(SEEK_SET)
            lock.l_start = 128  // SQLite's "dead man switch" byte in the -shm
            lock.l_len = 1
            guard fcntl(fd, 37, &lock) == 0 else { return }
        }
        var info = stat()
        if stat(wal, &info) == 0 {
            guard info.st_size == 0 else { return }
            unlink(wal)
        }
        unlink(shm)
    }
}
