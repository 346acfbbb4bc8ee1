import Foundation
import GRDB
import Testing

/// A damaged database is never written to: every command leaves its bytes
/// exactly as they were and creates no side file; commands that write say
/// it is damaged. `restore --force` replaces it with a backup.
struct DamagedFileTests {
    let sandbox = Sandbox()

    /// Commands run on the damaged file; `writes` ones must be refused.
    static let commands: [(arguments: [String], writes: Bool)] = [
        (["list"], false),
        (["show", "1"], false),
        (["search", "a"], false),
        (["review"], false),
        (["export", "--format", "json"], false),
        (["mutt-query", "a"], false),
        (["add", "Paul Durand"], true),
        (["log", "1", "--summary", "Coffee"], true),
        (["edit", "1", "--outlet", "Le Monde"], true),
        (["snooze", "1", "30"], true),
    ]

    /// A real Rapport database with enough pages to damage the middle of,
    /// closed cleanly (no side files).
    func makeDatabase(at path: String) throws -> Data {
        let result = try sandbox.run(["demo", "--contacts", "400", "--exchanges", "2000", "--db", path])
        try #require(result.succeeded, "\(result)")
        try #require(sandbox.sideFiles(of: path).isEmpty)
        return try #require(sandbox.bytes(path))
    }

    func damaged(_ damage: Damage, at path: String) throws -> Data {
        let original = try makeDatabase(at: path)
        let broken = damage.apply(to: original)
        try broken.write(to: URL(fileURLWithPath: path))
        try #require(Damage.quickCheckFails(path), "\(damage) is not seen by quick_check: not a damaged file")
        try #require(sandbox.sideFiles(of: path).isEmpty)
        return broken
    }

    @Test(arguments: Damage.allCases)
    func noCommandChangesADamagedFile(_ damage: Damage) throws {
        let path = sandbox.path("damaged.sqlite")
        let before = try damaged(damage, at: path)
        for command in Self.commands {
            let result = try sandbox.run(command.arguments + ["--db", path])
            #expect(sandbox.bytes(path) == before, "\(damage): \(command.arguments) changed the file\n\(result)")
            #expect(sandbox.sideFiles(of: path).isEmpty, "\(damage): \(command.arguments) left \(sandbox.sideFiles(of: path))")
            #expect(result.signal == nil, "\(result)")
            if command.writes {
                expectRefused(result, .failure, mentioning: [path, "is damaged", "left untouched", "restore --force"])
            } else if !result.succeeded {
                expectOneErrorLine(result)
            }
        }
    }

    @Test func backingUpADamagedFileIsRefusedAndLeavesNothing() throws {
        let path = sandbox.path("damaged.sqlite")
        let before = try damaged(.bytesOverwrittenInTheMiddle, at: path)
        let copy = sandbox.path("copy.sqlite")
        let result = try sandbox.run(["backup", copy, "--db", path])
        expectRefused(result, .failure, mentioning: ["is damaged"])
        #expect(sandbox.bytes(path) == before)
        #expect(!FileManager.default.fileExists(atPath: copy))
        #expect(sandbox.files(named: ".copy.sqlite").isEmpty, "\(sandbox.files(named: ".copy.sqlite"))")
    }

    @Test func restoreWithoutForceOntoADamagedFileSaysWhatWorks() throws {
        let backup = sandbox.path("backup.sqlite")
        _ = try makeDatabase(at: backup)
        let path = sandbox.path("damaged.sqlite")
        let before = try damaged(.pageZeroed, at: path)
        let result = try sandbox.run(["restore", backup, "--db", path])
        expectRefused(result, .failure, mentioning: ["is damaged", "--force"])
        #expect(sandbox.bytes(path) == before)
        #expect(sandbox.sideFiles(of: path).isEmpty)
    }

    @Test(arguments: [Damage.bytesOverwrittenInTheMiddle, .truncated, .schemaPageDamaged])
    func restoreForceReplacesADamagedFileWithTheBackup(_ damage: Damage) throws {
        let backup = sandbox.path("backup.sqlite")
        try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example")
        try #require(try sandbox.rapport("backup", backup).succeeded)
        let expected = try sandbox.fingerprint(backup)
        let path = sandbox.path("damaged.sqlite")
        _ = try damaged(damage, at: path)
        // Stale side files of the damaged file must not be applied to the copy.
        try Data(repeating: 0xAB, count: 5000).write(to: URL(fileURLWithPath: path + "-wal"))
        let result = try sandbox.run(["restore", backup, "--force", "--db", path])
        #expect(result.succeeded, "\(result)")
        #expect(result.stdout.contains("Replaced the damaged"), "\(result)")
        #expect(!Damage.quickCheckFails(path))
        #expect(try sandbox.permissions(path) == 0o600)
        let show = try sandbox.run(["show", "camille", "--json", "--db", path])
        #expect(show.succeeded && show.stdout.contains("camille@lemonde.example"), "\(show)")
        #expect(try sandbox.fingerprint(path) == expected)
        #expect(sandbox.files(named: ".damaged.sqlite.rapport").isEmpty)
    }
}
