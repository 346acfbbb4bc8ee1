import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A read-only database file or folder (a mounted backup, a shared
/// drive): reading commands work and create no file; writing commands say
/// it is read-only. The tests run as root in CI, where file modes do not
/// stop anything: they make the file really read-only, either by running
/// rapport as `nobody` (`setpriv`) or with `chattr +i`, and first check that
/// a write by the same means does fail, so they cannot pass vacuously.
struct ReadOnlyFileTests {
    let sandbox = Sandbox()

    static let readingCommands: [[String]] = [
        ["list"], ["show", "camille"], ["search", "Lefèvre"], ["review"], ["mutt-query", "camille"],
        ["export", "--format", "json"], ["list", "--json"],
    ]

    /// Runs as `nobody` when this process is root (file modes bind other users only).
    static let asNobody = ["/usr/bin/setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]

    static let canDropPrivileges: Bool = {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: asNobody[0]) else { return getuid() != 0 }
        let sandbox = Sandbox()
        let result = try? sandbox.run(Array(asNobody.dropFirst()) + ["/bin/true"], executable: asNobody[0])
        return result?.succeeded == true
    }()

    static let canMakeImmutable: Bool = {
        guard getuid() == 0 else { return false }
        let sandbox = Sandbox()
        let probe = sandbox.path("probe")
        _ = FileManager.default.createFile(atPath: probe, contents: Data("x".utf8))
        defer { _ = shell("chattr -i '\(probe)'") }
        return shell("chattr +i '\(probe)'") == 0 && shell("echo y >> '\(probe)'") != 0
    }()

    /// Runs rapport as a user that the file modes bind.
    func runUnprivileged(_ arguments: [String]) throws -> CLIResult {
        if getuid() != 0 { return try sandbox.run(arguments) }
        return try sandbox.run(Array(Self.asNobody.dropFirst()) + [try CLI.binaryPath()] + arguments,
                               executable: Self.asNobody[0])
    }

    /// Whether the same user can append to `path` (must be false for the test to mean anything).
    func unprivilegedCanWrite(_ path: String) throws -> Bool {
        let command = ["/bin/sh", "-c", "echo x >> '\(path)'"]
        if getuid() != 0 { return try sandbox.run(Array(command.dropFirst()), executable: command[0]).succeeded }
        return try sandbox.run(Array(Self.asNobody.dropFirst()) + command, executable: Self.asNobody[0]).succeeded
    }

    /// A database with one person, in `folder`, readable by everyone.
    func makeDatabase(in folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/rapport.sqlite"
        let result = try sandbox.run(["add", "Camille Lefèvre", "--email", "camille@lemonde.example", "--db", path])
        try #require(result.succeeded, "\(result)")
        try #require(sandbox.sideFiles(of: path).isEmpty)
        return path
    }

    func expectReadingWorksAndWritingIsRefused(_ path: String, run: ([String]) throws -> CLIResult,
                                               sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let before = try #require(sandbox.bytes(path))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        for command in Self.readingCommands {
            let result = try run(command + ["--db", path])
            #expect(result.succeeded, "\(result)", sourceLocation: sourceLocation)
            #expect(command == ["review"] || result.stdout.contains("Lefèvre") || result.stdout.contains("camille"),
                    "\(result)", sourceLocation: sourceLocation)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == files,
                    "\(command) created files", sourceLocation: sourceLocation)
        }
        let add = try run(["add", "Paul Durand", "--db", path])
        expectRefused(add, .failure, mentioning: [path, "read-only"], sourceLocation: sourceLocation)
        #expect(!add.stderr.contains("attempt to write"), "\(add)", sourceLocation: sourceLocation)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == files, sourceLocation: sourceLocation)
        #expect(sandbox.bytes(path) == before, sourceLocation: sourceLocation)
    }

    @Test(.enabled(if: canDropPrivileges, "needs setpriv to run as nobody"))
    func aReadOnlyFileInAWritableFolder() throws {
        let folder = sandbox.path("shared")
        let path = try makeDatabase(in: folder)
        chmod(sandbox.root.path, 0o755)
        chmod(folder, 0o777)
        chmod(path, 0o444)
        try #require(try !unprivilegedCanWrite(path), "the file is writable: the test would prove nothing")
        try expectReadingWorksAndWritingIsRefused(path, run: runUnprivileged)
    }

    @Test(.enabled(if: canDropPrivileges, "needs setpriv to run as nobody"))
    func aReadOnlyFolder() throws {
        let folder = sandbox.path("mounted")
        let path = try makeDatabase(in: folder)
        chmod(sandbox.root.path, 0o755)
        chmod(path, 0o644)
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        try #require(try !unprivilegedCanWrite(folder + "/probe"), "the folder is writable: the test would prove nothing")
        try expectReadingWorksAndWritingIsRefused(path, run: runUnprivileged)
    }

    @Test(.enabled(if: canMakeImmutable, "needs root and chattr"))
    func anImmutableFileAndFolderAsRoot() throws {
        let folder = sandbox.path("frozen")
        let path = try makeDatabase(in: folder)
        try #require(Self.shell("chattr +i '\(path)' '\(folder)'") == 0)
        defer { _ = Self.shell("chattr -i '\(path)' '\(folder)'") }
        try #require(Self.shell("echo x >> '\(path)'") != 0 && Self.shell("touch '\(folder)/probe'") != 0,
                     "chattr +i did not make them read-only")
        try expectReadingWorksAndWritingIsRefused(path, run: { try sandbox.run($0) })
    }

    /// A database made by version 5 on read-only media is read as it is,
    /// not migrated: its exchanges' index still keeps its own copy of the
    /// summaries, and `search` highlights them the same way as on v6.
    @Test(.enabled(if: canDropPrivileges, "needs setpriv to run as nobody"))
    func aReadOnlyVersionFiveFileIsSearchedWithoutMigrating() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("RapportStoreTests/Fixtures/v5-database.sqlite").path
        let folder = sandbox.path("old")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/rapport.sqlite"
        try FileManager.default.copyItem(atPath: fixture, toPath: path)
        chmod(sandbox.root.path, 0o755)
        chmod(path, 0o444)
        chmod(folder, 0o555)
        defer { chmod(folder, 0o755) }
        try #require(try !unprivilegedCanWrite(path), "the file is writable: the test would prove nothing")
        let before = try #require(sandbox.bytes(path))
        let search = try runUnprivileged(["search", "dejeuner", "--db", path])
        #expect(search.succeeded, "\(search)")
        #expect(search.stdout.contains("[Déjeuner] presse à Lyon"), "\(search)")
        let list = try runUnprivileged(["list", "--db", path])
        #expect(list.succeeded && list.stdout.contains("Jean de La Fontaine"), "\(list)")
        #expect(sandbox.bytes(path) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["rapport.sqlite"])
    }

    @discardableResult
    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command + " 2>/dev/null"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
