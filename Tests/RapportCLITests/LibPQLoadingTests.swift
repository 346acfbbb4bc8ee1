import Foundation
import Testing

/// libpq is loaded at run time, only for a team database: a personal start
/// does not map it (nor libssl, Kerberos, LDAP… that it pulls in), and a
/// machine without it still runs everything on files, while a team URI
/// says in one line which package is missing.
struct LibPQLoadingTests {
    let sandbox = Sandbox()

    /// The dynamic loader's own trace (glibc's `LD_DEBUG=libs`) of a
    /// personal start names the libraries it looks for: never libpq.
    @Test func aPersonalStartDoesNotLoadLibpq() throws {
        for arguments in [["--version"], ["list", "--db", sandbox.path("none.sqlite")]] {
            let result = try sandbox.run(arguments, env: ["LD_DEBUG": "libs"])
            // The trace is there (else the test could not fail)…
            #expect(result.stderr.contains("find library=libsqlite3"), "\(result)")
            // …and libpq is not in it.
            #expect(!result.stderr.contains("libpq"), "\(result)")
        }
    }

    @Test func aMissingLibpqIsOneLineForATeamDatabaseAndFilesStillWork() throws {
        let missing = ["RAPPORT_LIBPQ": sandbox.path("no-such-dir/libpq.so.5")]
        let uri = "postgresql://alice:s3cret-word@/rapport?host=/nonexistent-rapport-socket"
        for arguments in [["list"], ["team", "list"], ["add", "Camille Lefèvre"]] {
            let result = try sandbox.run(arguments + ["--db", uri], env: missing)
            expectRefused(result, .failure, mentioning: ["team mode needs the PostgreSQL client library libpq", "libpq5"])
            #expect(!result.stderr.contains("s3cret"), "\(result)")
        }
        let added = try sandbox.run(["add", "Camille Lefèvre", "--db", sandbox.db], env: missing)
        expectSuccess(added)
        let listed = try sandbox.run(["list", "--db", sandbox.db], env: missing)
        expectSuccess(listed)
        #expect(listed.stdout.contains("Camille"), "\(listed)")
    }

    /// A library that is not libpq (it lacks libpq's functions) is refused
    /// the same way, naming the missing function.
    @Test func aLibraryWithoutLibpqsFunctionsIsRefused() throws {
        let result = try sandbox.run(["list", "--db", "postgresql:///rapport?host=/nonexistent-rapport-socket"],
                                     env: ["RAPPORT_LIBPQ": "libsqlite3.so.0"])
        expectRefused(result, .failure, mentioning: ["libpq5", "PQconnectdb"])
    }
}
