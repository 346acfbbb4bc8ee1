import Foundation
import RapportLocalization

/// The reasons PostgreSQL and libpq give (in the server's language, English
/// by default), said in the user's language when they are among those a
/// Rapport user meets: a privilege missing, the server gone, a login or a
/// database that does not exist. Any other reason is passed on as the
/// server wrote it, so nothing is lost. Never sees a password: messages are
/// cleaned (`PGConnection.clean`) before they get here.
enum PGServerMessages {
    /// `message` in the current language when it has a known shape.
    /// In English, the server's words are kept exactly as they were.
    static func translated(_ message: String) -> String {
        guard L10n.language != .english else { return message }
        for (pattern, translate) in patterns {
            if let match = message.wholeMatch(of: pattern) {
                return translate(match.output.dropFirst().map { $0.substring.map(String.init) ?? "" })
            }
        }
        return message
    }

    /// PostgreSQL's own messages (English), matched to be translated.
    nonisolated(unsafe) private static let patterns: [(Regex<AnyRegexOutput>, ([String]) -> String)] = [
        (regex(#"permission denied for (table|relation|view|sequence|schema|function|database) (.+)"#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("no privilege on %1$@ %2$@", objectKind(parts[0]), parts[1])
        }),
        (regex(#"permission denied to create role"#), { _ in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("not allowed to create roles")
        }),
        (regex(#"permission denied to grant role "(.+)""#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("not allowed to grant the role %@", parts[0])
        }),
        (regex(#"permission denied to revoke role "(.+)""#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("not allowed to revoke the role %@", parts[0])
        }),
        (regex(#"must be owner of (table|relation|view|sequence|schema|function|database) (.+)"#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("only the owner of %1$@ %2$@ may do this", objectKind(parts[0]), parts[1])
        }),
        (regex(#"(?:FATAL: +)?password authentication failed for user "(.+)""#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("the password of %@ was refused", parts[0])
        }),
        (regex(#"(?:FATAL: +)?role "(.+)" does not exist"#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("there is no PostgreSQL login %@", parts[0])
        }),
        (regex(#"(?:FATAL: +)?database "(.+)" does not exist"#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("there is no database %@ on the server", parts[0])
        }),
        (regex(#"connection to server (?:on socket|at) (.+) failed: (?:No such file or directory|Connection refused)"#), { parts in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("no PostgreSQL server answers at %@", parts[0])
        }),
        (regex(#"server closed the connection unexpectedly"#), { _ in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("the server closed the connection unexpectedly")
        }),
        (regex(#"terminating connection due to administrator command"#), { _ in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("the server's administrator ended the connection")
        }),
        (regex(#"no connection to the server"#), { _ in // l10n-exempt: a PostgreSQL message, matched
            L10n.text("no connection to the server")
        }),
    ]

    private static func regex(_ pattern: String) -> Regex<AnyRegexOutput> {
        (try? Regex(pattern)) ?? Regex(/(?!)/)
    }

    /// The kind of database object, as a word of the sentence.
    private static func objectKind(_ kind: String) -> String {
        switch kind {
        case "table", "relation": return L10n.text("the table", context: "database object")
        case "view": return L10n.text("the view", context: "database object")
        case "sequence": return L10n.text("the sequence", context: "database object")
        case "schema": return L10n.text("the schema", context: "database object")
        case "function": return L10n.text("the function", context: "database object")
        default: return L10n.text("the database", context: "database object")
        }
    }
}
