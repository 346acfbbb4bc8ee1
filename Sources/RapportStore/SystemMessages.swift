import Foundation
#if canImport(Glibc)
import Glibc
#endif
import RapportLocalization

/// The reasons SQLite and the C library give in English ("database disk
/// image is malformed", `strerror`'s "Permission denied"), said in the
/// user's language when they are among the usual ones. An unusual one is
/// passed on as the library wrote it, so no detail is ever lost.
public enum SystemMessages {
    /// SQLite's message (`sqlite3_errstr`, `sqlite3_errmsg`) in the current
    /// language when it is one SQLite always writes the same way.
    public static func translated(_ message: String) -> String {
        switch message {
        case "database disk image is malformed": return L10n.text("database disk image is malformed") // l10n-exempt: SQLite's message, matched
        case "file is not a database": return L10n.text("file is not a database") // l10n-exempt: SQLite's message, matched
        case "disk I/O error": return L10n.text("disk I/O error") // l10n-exempt: SQLite's message, matched
        case "unable to open database file": return L10n.text("unable to open database file") // l10n-exempt: SQLite's message, matched
        case "attempt to write a readonly database": return L10n.text("attempt to write a readonly database") // l10n-exempt: SQLite's message, matched
        case "database is locked": return L10n.text("database is locked") // l10n-exempt: SQLite's message, matched
        case "database table is locked": return L10n.text("database table is locked") // l10n-exempt: SQLite's message, matched
        case "database or disk is full": return L10n.text("database or disk is full") // l10n-exempt: SQLite's message, matched
        case "access permission denied": return L10n.text("access permission denied") // l10n-exempt: SQLite's message, matched
        case "corrupt": return L10n.text("corrupt", context: "file") // l10n-exempt: SQLite's message, matched
        default: return message
        }
    }

    /// What SQLite's `quick_check` found: its first three lines as SQLite
    /// writes them in English (for whoever repairs the file); in another
    /// language, how many problems it found (its lines are SQLite's jargon).
    public static func integrityProblems(_ problems: [String]) -> String {
        guard L10n.language != .english else { return problems.prefix(3).joined(separator: "; ") }
        return L10n.plural("SQLite's integrity check found %'d problem", "SQLite's integrity check found %'d problems",
                           problems.count)
    }

    /// `strerror(code)` as the C library writes it ("Permission denied") in
    /// English, and `describe(errno:)` in another language.
    public static func strerror(_ code: Int32) -> String {
        L10n.language == .english ? String(cString: Glibc.strerror(code)) : describe(errno: code)
    }

    /// `strerror(code)` in the current language for the usual codes, in
    /// lower case as the rest of a message.
    public static func describe(errno code: Int32) -> String {
        switch code {
        case ENOSPC: return L10n.text("the disk is full")
        case EACCES: return L10n.text("permission denied")
        case EPERM: return L10n.text("operation not permitted")
        case EROFS: return L10n.text("read-only file system")
        case ENOENT: return L10n.text("no such file or directory")
        case ENOTDIR: return L10n.text("not a directory")
        case EISDIR: return L10n.text("is a directory")
        case EEXIST: return L10n.text("file exists")
        case ELOOP: return L10n.text("too many levels of symbolic links")
        case EDQUOT: return L10n.text("disk quota exceeded")
        case EFBIG: return L10n.text("file too large")
        case EIO: return L10n.text("input/output error")
        case ENAMETOOLONG: return L10n.text("file name too long")
        default:
            let text = String(cString: Glibc.strerror(code))
            return text.prefix(1).lowercased() + text.dropFirst()
        }
    }
}
