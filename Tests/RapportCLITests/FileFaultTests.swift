import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Smaller file faults, each with one clear line and nothing left behind:
/// export onto the database, a dangling symbolic link, `ulimit -f`, a full
/// disk, `TERM=dumb`.
struct FileFaultTests {
    let sandbox = Sandbox()

    // MARK: export --output onto the database

    /// Every way of naming the database or one of its side files.
    func databaseAliases() throws -> [String] {
        try sandbox.add("Camille Lefèvre")
        let folder = sandbox.root.path
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("link.sqlite"), withDestinationPath: sandbox.db)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("wal-link"), withDestinationPath: sandbox.db + "-wal")
        try FileManager.default.createDirectory(atPath: sandbox.path("sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sandbox.path("folder-link"), withDestinationPath: folder)
        #expect(link(sandbox.db, sandbox.path("hard.sqlite")) == 0)
        return [
            sandbox.db, "rapport.sqlite", "./sub/../rapport.sqlite", sandbox.path("link.sqlite"),
            sandbox.path("hard.sqlite"), sandbox.path("folder-link") + "/rapport.sqlite",
            sandbox.db + "-wal", sandbox.db + "-shm", sandbox.db + "-journal", sandbox.path("wal-link"),
        ]
    }

    @Test func exportNeverWritesOntoTheDatabaseOrItsSideFiles() throws {
        for output in try databaseAliases() {
            let before = sandbox.bytes(sandbox.db)
            let result = try sandbox.run(["export", "--db", sandbox.db, "--format", "json", "--output", output, "--force"])
            expectRefused(result, .failure, mentioning: ["is the database itself"])
            #expect(sandbox.bytes(sandbox.db) == before, "\(output)")
            #expect(sandbox.sideFiles(of: sandbox.db).isEmpty, "\(output): \(sandbox.sideFiles(of: sandbox.db))")
        }
        let list = try sandbox.rapport("list")
        #expect(list.succeeded && list.stdout.contains("Lefèvre"), "\(list)")
    }

    @Test func backupNeverWritesOntoTheDatabaseOrItsSideFiles() throws {
        for output in try databaseAliases() {
            let result = try sandbox.run(["backup", output, "--force", "--db", sandbox.db])
            expectRefused(result, .failure, mentioning: ["is the database itself"])
        }
        #expect(try sandbox.rapport("list").stdout.contains("Lefèvre"))
    }

    @Test func exportNextToTheDatabaseStillWorks() throws {
        try sandbox.add("Camille Lefèvre")
        let result = try sandbox.run(["export", "--format", "json", "--output", sandbox.db + ".json", "--db", sandbox.db])
        expectSuccess(result)
    }

    // MARK: a dangling symbolic link as the database

    @Test func aDanglingSymbolicLinkIsNamedAsSuch() throws {
        let link = sandbox.path("rapport.sqlite")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: sandbox.path("moved/rapport.sqlite"))
        for command in [["list"], ["add", "Paul Durand"], ["export", "--format", "csv"]] {
            let result = try sandbox.run(command + ["--db", link])
            expectRefused(result, .failure, mentioning: [link, "symbolic link", "does not exist"])
            #expect(!result.stderr.contains("File exists"), "\(result)")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("moved")))
        #expect(sandbox.sideFiles(of: link).isEmpty)
    }

    // MARK: ulimit -f

    @Test(arguments: ["json", "csv", "vcard"])
    func aFileSizeLimitIsReportedNotFatal(_ format: String) throws {
        for index in 0..<12 { try sandbox.add("Person \(index)", "--note", String(repeating: "Notes. ", count: 300)) }
        let output = sandbox.path("out.\(format == "vcard" ? "vcf" : format)")
        let binary = try CLI.binaryPath()
        // 16 blocks of 512 bytes: the export is larger than that.
        let result = try sandbox.run(["-c", "ulimit -f 16; exec \"$0\" \"$@\"", binary, "export", "--format", format,
                                      "--output", output, "--db", sandbox.db], executable: "/bin/sh")
        #expect(result.signal == nil, "killed by SIGXFSZ\n\(result)")
        expectRefused(result, .failure, mentioning: ["too large"])
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(sandbox.files(named: ".out.").isEmpty, "\(sandbox.files(named: ".out."))")
    }

    // MARK: a full disk

    static let canMountTmpfs: Bool = {
        guard getuid() == 0 else { return false }
        let sandbox = Sandbox()
        let point = sandbox.path("probe-mount")
        try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        guard ReadOnlyFileTests.shell("mount -t tmpfs -o size=64k tmpfs '\(point)'") == 0 else { return false }
        ReadOnlyFileTests.shell("umount '\(point)'")
        return true
    }()

    @Test(.enabled(if: canMountTmpfs, "needs root and a tmpfs mount"))
    func aFullDiskSaysSoAndLeavesNoSideFile() throws {
        let point = sandbox.path("small-disk")
        try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
        try #require(ReadOnlyFileTests.shell("mount -t tmpfs -o size=1m tmpfs '\(point)'") == 0)
        defer { ReadOnlyFileTests.shell("umount -l '\(point)'") }
        let db = point + "/rapport.sqlite"
        let add = try sandbox.run(["add", "Camille Lefèvre", "--db", db])
        try #require(add.succeeded, "\(add)")
        let before = try #require(sandbox.bytes(db))
        // Fill what is left of the disk.
        ReadOnlyFileTests.shell("dd if=/dev/zero of='\(point)/filler' bs=4k")
        for command in [["add", "Paul Durand"], ["log", "camille", "--summary", "Coffee"]] {
            let result = try sandbox.run(command + ["--db", db])
            expectRefused(result, .failure, mentioning: ["disk is full"])
            #expect(!result.stderr.contains("disk I/O error"), "\(result)")
            #expect(sandbox.sideFiles(of: db).isEmpty, "\(command): \(sandbox.sideFiles(of: db))")
            #expect(sandbox.bytes(db) == before)
        }
        // A new database on the full disk is not left behind either.
        let fresh = point + "/fresh.sqlite"
        let result = try sandbox.run(["add", "Paul Durand", "--db", fresh])
        expectRefused(result, .failure, mentioning: ["disk is full"])
        #expect(sandbox.sideFiles(of: fresh).isEmpty)
        // Reading still works.
        let list = try sandbox.run(["list", "--db", db])
        #expect(list.succeeded && list.stdout.contains("Lefèvre"), "\(list)")
    }

    // MARK: TERM=dumb

    @Test(arguments: ["dumb", "no-such-terminal"])
    func aTerminalThatCannotMoveTheCursorIsRefused(_ term: String) throws {
        let terminal = try PseudoTerminal()
        let result = try sandbox.run(["--db", sandbox.db], env: ["TERM": term], beforeLaunch: { process in
            process.standardInput = terminal.follower
            process.standardOutput = terminal.follower
        })
        expectRefused(result, .failure, mentioning: ["'\(term)'", "TERM"])
    }
}
