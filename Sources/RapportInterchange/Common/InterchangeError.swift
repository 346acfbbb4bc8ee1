import Foundation

/// A problem with a contact file, told as one line that points at it:
/// `contacts.vcf:12: BEGIN:VCARD inside a card`. `line` is nil when the
/// problem is with the file as a whole (it cannot be opened or written).
public struct InterchangeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the user named it.
    public let file: String
    /// The 1-based line the problem is on, or nil for the whole file.
    public let line: Int?
    /// What is wrong, in a few plain words.
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = String(message.map { $0.isNewline ? " " : $0 })
    }

    public var description: String {
        let file = String(self.file.map { $0.isNewline ? " " : $0 })
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
