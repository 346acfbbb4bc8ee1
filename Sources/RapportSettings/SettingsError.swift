/// A problem in a settings or theme file, or in a setting given on the
/// command line or in the environment: one line, `FILE:LINE: what is wrong`
/// (or `FILE: …` / `SOURCE: …` when there is no line to point at).
public struct SettingsError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, or where the setting came from (`--theme`, `RAPPORT_THEME`).
    public let file: String?
    public let line: Int?
    public let message: String

    public init(file: String?, line: Int? = nil, _ message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        switch (file, line) {
        case let (file?, line?): return "\(file):\(line): \(message)"
        case let (file?, nil): return "\(file): \(message)"
        default: return message
        }
    }
}
