import Foundation
import RapportLocalization

/// Where the database lives: `--db PATH`, else `RAPPORT_DB`, else
/// `$XDG_DATA_HOME/rapport/rapport.sqlite` (`~/.local/share/rapport/rapport.sqlite`).
public enum DatabaseLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return expandTilde(explicit, environment: environment) }
        if let fromEnv = environment["RAPPORT_DB"], !fromEnv.isEmpty { return expandTilde(fromEnv, environment: environment) }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = home(environment) + "/.local/share"
        }
        return dataHome + "/rapport/rapport.sqlite"
    }

    static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    static func expandTilde(_ path: String, environment: [String: String]) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return home(environment) + path.dropFirst() }
        return path
    }
}

extension DatabaseLocation {
    /// Refuses a path that cannot be a database file, with a clear reason:
    /// a folder, or a symbolic link to nothing.
    static func checkUsable(_ path: String) throws(StoreError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            var target = stat()
            if stat(path, &target) != 0 {
                let destination = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw .cannotOpen(path: path, detail: L10n.text("it is a symbolic link to %@, which does not exist", destination))
            }
            info = target
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .cannotOpen(path: path, detail: L10n.text("it is a folder")) }
    }

    /// Whether this process can write the file and create its side files.
    static func isWritable(_ path: String) -> Bool {
        (try? requireWritable(path)) != nil
    }

    /// Throws when the file, or its folder (where SQLite creates `-wal`
    /// and `-shm`), cannot be written.
    static func requireWritable(_ path: String) throws(StoreError) {
        if access(path, W_OK) != 0 {
            throw .cannotOpen(path: path, detail: L10n.text("the file is read-only (%@); reading commands still work", describe(errno: errno)))
        }
        let manager = FileManager.default
        let folder = (path as NSString).deletingLastPathComponent
        let hasSideFiles = manager.fileExists(atPath: path + "-wal") && manager.fileExists(atPath: path + "-shm")
        if !hasSideFiles && access(folder.isEmpty ? "." : folder, W_OK | X_OK) != 0 {
            throw .cannotOpen(path: path, detail: L10n.text("its folder is read-only (%@); reading commands still work", describe(errno: errno)))
        }
    }

    /// `strerror`, in lower case as the rest of a message.
    static func describe(errno code: Int32) -> String {
        SystemMessages.describe(errno: code)
    }

    /// Whether the file system holding `path` has no room left.
    static func diskIsFull(near path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        var info = statvfs()
        guard statvfs(folder.isEmpty ? "." : folder, &info) == 0 else { return false }
        return info.f_bavail == 0 || (info.f_files > 0 && info.f_favail == 0)
    }

    /// Whether `candidate` is, or would be written as, the database at
    /// `database` or one of its `-wal`, `-shm`, `-journal` files: the same
    /// path once folders and symbolic links are resolved, or the same file
    /// (device and inode, so hard links count).
    public static func isDatabaseFile(_ candidate: String, database: String) -> Bool {
        let targets = [database] + SideFiles.suffixes.map { database + $0 }
        let resolved = resolvedPath(candidate)
        var candidateInfo = stat()
        let candidateExists = stat(candidate, &candidateInfo) == 0
        for target in targets {
            if let resolved, resolved == resolvedPath(target) { return true }
            var targetInfo = stat()
            if candidateExists, stat(target, &targetInfo) == 0,
               targetInfo.st_dev == candidateInfo.st_dev, targetInfo.st_ino == candidateInfo.st_ino {
                return true
            }
        }
        return false
    }

    /// The absolute path `path` names once every symbolic link is followed,
    /// also when the file (or the link's target) does not exist yet.
    static func resolvedPath(_ path: String) -> String? {
        var current = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        for _ in 0..<32 {
            if let real = realpath(current, nil) {
                defer { free(real) }
                return String(cString: real)
            }
            var info = stat()
            if lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK,
               let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) {
                current = target.hasPrefix("/") ? target : (current as NSString).deletingLastPathComponent + "/" + target
                continue
            }
            let folder = (current as NSString).deletingLastPathComponent
            let name = (current as NSString).lastPathComponent
            guard let real = realpath(folder.isEmpty ? "." : folder, nil) else { return nil }
            defer { free(real) }
            return String(cString: real) + "/" + name
        }
        return nil
    }
}
