import Foundation
import GRDB
import Testing

/// Files rapport must refuse and leave exactly as they were: not SQLite,
/// damaged, made by another program, or from a newer Rapport.
struct FileRefusalTests {
    let sandbox = Sandbox()

    /// The kinds of file to refuse, and what the message must say.
    enum Case: String, CaseIterable, CustomTestStringConvertible {
        case textFile, sqliteHeaderThenRandomBytes, damagedRapportDatabase, otherProgramsDatabase, newerRapportDatabase

        var testDescription: String { rawValue }

        var message: String {
            switch self {
            case .textFile, .sqliteHeaderThenRandomBytes: return "not a Rapport database"
            case .damagedRapportDatabase: return "is damaged"
            case .otherProgramsDatabase: return "not a Rapport database"
            case .newerRapportDatabase: return "newer version of Rapport"
            }
        }

        /// Rapport's own databases use a write-ahead log.
        var isWALMode: Bool { self == .damagedRapportDatabase || self == .newerRapportDatabase }
    }

    /// Makes the file for `kind` at `path` (no side files left next to it).
    func make(_ kind: Case, at path: String) throws {
        var random = SplitMix(seed: 42)
        switch kind {
        case .textFile:
            try Data("Camille Lefèvre, Le Monde\nPaul Durand, Libération\n".utf8).write(to: URL(fileURLWithPath: path))
        case .sqliteHeaderThenRandomBytes:
            try (Data("SQLite format 3\0".utf8) + random.bytes(16_368)).write(to: URL(fileURLWithPath: path))
        case .damagedRapportDatabase:
            // A real Rapport database whose pages after the first are overwritten.
            try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example")
            try #require(sandbox.sideFiles(of: sandbox.db).isEmpty)
            let original = try #require(sandbox.bytes(sandbox.db))
            try #require(original.count > 8192)
            try (original.prefix(4096) + random.bytes(original.count - 4096)).write(to: URL(fileURLWithPath: path))
        case .otherProgramsDatabase:
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "CREATE TABLE t(x TEXT); INSERT INTO t VALUES ('hello')")
            }
            try queue.close()
        case .newerRapportDatabase:
            let result = try sandbox.run(["add", "Camille Lefèvre", "--db", path])
            try #require(result.succeeded, "\(result)")
            let queue = try DatabaseQueue(path: path)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations(identifier) VALUES ('v99-future')")
            }
            try queue.close()
        }
        try #require(sandbox.sideFiles(of: path).isEmpty, "the test left side files")
    }

    @Test(arguments: Case.allCases)
    func refusesAndLeavesTheFileByteForByteIdentical(_ kind: Case) throws {
        let path = sandbox.path("suspect.sqlite")
        try make(kind, at: path)
        let before = try #require(sandbox.bytes(path))
        for arguments in [["list"], ["add", "Paul Durand"], ["log", "1", "--summary", "x"], ["demo", "--contacts", "3"]] {
            let result = try sandbox.run(arguments + ["--db", path])
            expectRefused(result, .failure, mentioning: [path, kind.message, "left untouched"])
            #expect(sandbox.bytes(path) == before, "\(kind) changed after \(arguments)")
        }
    }

    @Test(arguments: Case.allCases.filter { !$0.isWALMode })
    func refusingCreatesNoSideFiles(_ kind: Case) throws {
        try expectNoSideFilesAfterRefusal(kind)
    }

    @Test(arguments: Case.allCases.filter(\.isWALMode))
    func refusingAWriteAheadLogDatabaseCreatesNoSideFiles(_ kind: Case) throws {
        try expectNoSideFilesAfterRefusal(kind)
    }

    private func expectNoSideFilesAfterRefusal(_ kind: Case, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = sandbox.path("suspect.sqlite")
        try make(kind, at: path)
        let result = try sandbox.run(["list", "--db", path])
        #expect(result.exitCode == 1, "\(result)", sourceLocation: sourceLocation)
        #expect(sandbox.sideFiles(of: path).isEmpty, "\(kind): \(sandbox.sideFiles(of: path))", sourceLocation: sourceLocation)
    }

    @Test func theNewerVersionMessageNamesTheUnknownSchema() throws {
        let path = sandbox.path("newer.sqlite")
        try make(.newerRapportDatabase, at: path)
        let result = try sandbox.run(["list", "--db", path])
        expectRefused(result, .failure, mentioning: ["v99-future", "upgrade Rapport"])
    }

    @Test(.enabled(if: getuid() != 0, "root can read every file"))
    func aFileItCannotReadIsReportedNamingIt() throws {
        let path = sandbox.path("locked.sqlite")
        try #require(try sandbox.run(["add", "Ada Blanc", "--db", path]).succeeded)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path) }
        expectRefused(try sandbox.run(["list", "--db", path]), .failure, mentioning: [path])
    }
}

/// A small seeded generator, so "random" files are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func bytes(_ count: Int) -> Data {
        Data((0..<count).map { _ in UInt8(truncatingIfNeeded: next()) })
    }
}
