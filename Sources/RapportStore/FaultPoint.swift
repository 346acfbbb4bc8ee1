#if DEBUG
import Foundation
#endif

/// Named places where a test build stops dead, as a crash or `kill -9`
/// would: `RAPPORT_FAULT=import.copy rapport import …` aborts the process
/// when it reaches `import.copy`. Crash-safety tests use them to land a
/// crash at an exact point of a transaction instead of at a random time.
/// Compiled in debug (test) builds only; a release build ignores the
/// variable and `hit` does nothing.
public enum FaultPoint {
    /// Inside `log`'s transaction, the exchange written, before the commit.
    public static let logBeforeCommit = "log.before-commit"
    /// After `log`'s commit, before anything is printed.
    public static let logAfterCommit = "log.after-commit"
    /// While an import fills its staging database (after the first record).
    public static let importStaging = "import.staging"
    /// After the import's staging, before its final copy takes the write lock.
    public static let importBeforeCopy = "import.before-copy"
    /// Inside the import's final copy, the rows copied but the indexes
    /// dropped for `IndexRebuild` not yet created again.
    public static let importIndexes = "import.indexes"
    /// Inside the import's final copy, everything copied, before the commit.
    public static let importCopy = "import.copy"
    /// After the import's commit, before its staging folder is removed.
    public static let importAfterCommit = "import.after-commit"
    /// Inside the demo's transaction, everything written, before the commit.
    public static let demoBeforeCommit = "demo.before-commit"
    /// Inside the last migration's transaction (v6), its work done, before the commit.
    public static let migration = "migration.before-commit"

    #if DEBUG
    private static let armed: String? = ProcessInfo.processInfo.environment["RAPPORT_FAULT"]
    private static let pause: String? = ProcessInfo.processInfo.environment["RAPPORT_FAULT_WAIT"]
    private static let gate: String? = ProcessInfo.processInfo.environment["RAPPORT_FAULT_GATE"]
    #endif

    /// Aborts the process when `name` is the armed fault point. With
    /// `RAPPORT_FAULT_WAIT=name` and `RAPPORT_FAULT_GATE=FILE` instead, the
    /// process creates `FILE.reached` there and waits as long as FILE
    /// exists, so a test can act at that exact moment (send a signal, run
    /// another command). Debug builds only.
    @inline(__always)
    public static func hit(_ name: String) {
        #if DEBUG
        if armed == name { abort() }
        if pause == name, let gate {
            FileManager.default.createFile(atPath: gate + ".reached", contents: nil)
            while FileManager.default.fileExists(atPath: gate) { usleep(5_000) }
        }
        #endif
    }
}
