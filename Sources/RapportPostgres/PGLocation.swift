import Foundation

/// Tells a PostgreSQL connection target from a file path, and shows it
/// without its password.
public enum PGLocation {
    /// Whether `--db`/`RAPPORT_DB` names a PostgreSQL database
    /// (`postgresql:…` or `postgres:…`).
    public static func isPostgres(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgresql:") || lower.hasPrefix("postgres:")
    }

    /// The string handed to libpq: the URI as given, or "" (the
    /// environment alone: PGHOST, PGDATABASE, PGSERVICE…) for a bare
    /// `postgresql:` or `postgres:`.
    public static func conninfo(_ location: String) -> String {
        let lower = location.lowercased()
        return lower == "postgresql:" || lower == "postgres:" ? "" : location
    }

    /// `location` with any password removed: `user:secret@` in a URI,
    /// `password=…` as a query or key=value parameter.
    public static func redacted(_ location: String) -> String {
        var text = location
        // postgresql://user:secret@host → postgresql://user@host
        if let scheme = text.range(of: "://") {
            let rest = text[scheme.upperBound...]
            if let at = rest.firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                text.replaceSubrange(colon..<at, with: "")
            }
        }
        // password=secret (URI query or key=value): drop the value.
        while let range = text.range(of: "password=", options: .caseInsensitive),
              !text[range.upperBound...].hasPrefix("***") {
            let end = text[range.upperBound...].firstIndex(where: { $0 == "&" || $0 == " " }) ?? text.endIndex
            text.replaceSubrange(range.upperBound..<end, with: "***")
        }
        return text
    }
}
