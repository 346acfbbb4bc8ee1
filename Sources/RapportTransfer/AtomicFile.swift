import Foundation
import RapportLocalization
import RapportStore
import TemporaryFiles

/// A file written under a temporary name (mode 0600) in its destination's
/// folder, then moved into place in one step: readers see the old file or
/// the whole new one, never a part. Without `replace`, an existing file is
/// never overwritten, even one created while we were writing. The
/// temporary file (and any side file named with `removingAlso`) is
/// registered with `TemporaryFiles`, so Ctrl-C, SIGTERM or SIGHUP removes it.
public final class AtomicFile {
    public let destination: String
    public let temporaryPath: String
    public let replace: Bool
    private var descriptor: Int32
    private var committed = false
    private var registrations: [TemporaryFiles.Token?] = []
    private var sidePaths: [String] = []

    /// Creates the temporary file; refuses at once when `destination`
    /// exists and `replace` is false.
    public init(destination: String, replace: Bool) throws {
        self.destination = destination
        self.replace = replace
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw OutputFileError(L10n.text("%@ is a folder", destination)) }
            if !replace { throw OutputFileError(L10n.text("%@ already exists; pass --force to replace it", destination)) }
        }
        let folder = (destination as NSString).deletingLastPathComponent
        let name = (destination as NSString).lastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/." + name + ".rapport-XXXXXX").utf8CString)
        // Created and registered with the stopping signals held back, so
        // none can end the process between the two.
        let (fd, path, token) = TemporaryFiles.holdingSignals {
            let fd = template.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { mkstemp($0) } ?? -1
            }
            guard fd >= 0 else { return (fd, "", TemporaryFiles.Token?.none) }
            let path = template.withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { String(cString: $0) } ?? ""
            }
            return (fd, path, TemporaryFiles.register(path))
        }
        guard fd >= 0 else {
            throw OutputFileError(L10n.text("cannot write %1$@: %2$@", destination, SystemMessages.strerror(errno)))
        }
        fchmod(fd, 0o600)
        descriptor = fd
        temporaryPath = path
        registrations.append(token)
    }

    /// Also removes the temporary file's `suffixes` files (SQLite's
    /// `-journal` of a backup being written) on a signal or a discard.
    public func removingAlso(_ suffixes: [String]) {
        for suffix in suffixes {
            sidePaths.append(temporaryPath + suffix)
            registrations.append(TemporaryFiles.register(temporaryPath + suffix))
        }
    }

    /// A handle on the temporary file, for writers; closed by `commit`.
    public func handle() -> FileHandle {
        FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
    }

    /// Closes the descriptor without moving the file (when another
    /// program, such as SQLite, writes it by path).
    public func closeDescriptor() {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
    }

    /// Flushes the file to disk and moves it to its destination.
    public func commit() throws {
        if descriptor < 0 {
            descriptor = open(temporaryPath, O_RDONLY | O_CLOEXEC)
        }
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
            descriptor = -1
        }
        defer { if committed { forget() } }
        if replace {
            guard rename(temporaryPath, destination) == 0 else { throw failure() }
        } else if link(temporaryPath, destination) == 0 {
            unlink(temporaryPath)
        } else if errno == EEXIST {
            throw OutputFileError(L10n.text("%@ already exists; pass --force to replace it", destination))
        } else {
            // A file system without hard links: check, then rename.
            guard !FileManager.default.fileExists(atPath: destination) else {
                throw OutputFileError(L10n.text("%@ already exists; pass --force to replace it", destination))
            }
            guard rename(temporaryPath, destination) == 0 else { throw failure() }
        }
        committed = true
    }

    private func failure() -> OutputFileError {
        OutputFileError(L10n.text("cannot write %1$@: %2$@", destination, SystemMessages.strerror(errno)))
    }

    /// Removes the temporary file (also done when the object goes away uncommitted).
    public func discard() {
        closeDescriptor()
        if !committed {
            unlink(temporaryPath)
            for side in sidePaths { unlink(side) }
        }
        committed = true
        forget()
    }

    private func forget() {
        for token in registrations { TemporaryFiles.unregister(token) }
        registrations.removeAll()
    }

    deinit {
        discard()
    }
}

/// Why a write to a file failed, in words, when Foundation's error does not
/// say (it reports "error 512" for a full disk or a file-size limit).
public enum WriteFailure {
    /// `message` with the reason the file at `descriptor` could not grow,
    /// when it is a size limit (`ulimit -f`) or a full disk.
    public static func explain(_ message: String, descriptor: Int32) -> String {
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return message }
        var limit = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max,
           UInt64(info.st_size) + 65_536 >= UInt64(limit.rlim_cur) {
            return replacingReason(in: message, with: L10n.text("the file is too large for the file-size limit, ulimit -f"))
        }
        var disk = statvfs()
        if fstatvfs(descriptor, &disk) == 0, disk.f_bavail == 0 {
            return replacingReason(in: message, with: L10n.text("the disk is full"))
        }
        return message
    }

    private static func replacingReason(in message: String, with reason: String) -> String {
        guard let open = message.range(of: "written (") else { return message + " (" + reason + ")" }
        return message[..<open.upperBound] + reason + ")"
    }
}

/// An output file that could not be made: one line for the user, which
/// names the file (the command line prints it and exits 1).
public struct OutputFileError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
