import Foundation
import RapportLocalization
import TerminalUI

/// Writing to the terminal from the command line.
enum Terminal {
    /// One line on stderr, prefixed with `rapport: `; names in it are
    /// user data, so control characters and escape sequences are made visible.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("rapport: " + TextSanitizer.singleLine(message) + "\n").utf8))
    }

    /// A warning line on stderr, sanitized likewise.
    static func printWarning(_ message: String) {
        FileHandle.standardError.write(Data((L10n.text("warning: %@", TextSanitizer.singleLine(message)) + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
