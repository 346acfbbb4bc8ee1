import Foundation

/// Writing to the terminal from the command line.
enum Terminal {
    /// One line on stderr, prefixed with `rapport: `.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data(("rapport: " + message.replacingOccurrences(of: "\n", with: " ") + "\n").utf8))
    }

    /// A warning line on stderr.
    static func printWarning(_ message: String) {
        FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
