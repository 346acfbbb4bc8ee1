/// One vCard content line after unfolding, with the number of the physical
/// line it starts on.
struct LogicalLine {
    var bytes: [UInt8]
    var line: Int
}

/// Joins folded lines (a following line that starts with a space or a tab
/// continues the previous one, RFC 6350 §3.2) and quoted-printable soft line
/// breaks (a value that ends with `=` goes on on the next line, vCard 2.1).
/// Works on bytes, so a fold inside a multi-byte UTF-8 sequence is joined
/// before anything is decoded.
final class UnfoldingLineReader {
    private let physical: PhysicalLineReader
    private var pending: (bytes: [UInt8], line: Int)?

    init(_ physical: PhysicalLineReader) {
        self.physical = physical
    }

    func next() throws(InterchangeError) -> LogicalLine? {
        var waiting = pending
        pending = nil
        if waiting == nil { waiting = try nextPhysical() }
        guard let first = waiting else { return nil }
        var bytes = first.bytes
        while let following = try nextPhysical() {
            if let lead = following.bytes.first, lead == 0x20 || lead == 0x09 {
                bytes.append(contentsOf: following.bytes.dropFirst())
            } else if !following.bytes.isEmpty && Self.endsWithSoftBreak(bytes) && !Self.isCardBoundary(following.bytes) {
                bytes.removeLast()
                bytes.append(contentsOf: following.bytes)
            } else {
                pending = following
                break
            }
        }
        return LogicalLine(bytes: bytes, line: first.line)
    }

    private func nextPhysical() throws(InterchangeError) -> (bytes: [UInt8], line: Int)? {
        guard let bytes = try physical.next() else { return nil }
        return (bytes, physical.lineNumber)
    }

    private static let quotedPrintable = Array("QUOTED-PRINTABLE".utf8)

    /// `END:VCARD` or `BEGIN:VCARD`: a soft line break before one is a
    /// writer's mistake, not a continuation.
    static func isCardBoundary(_ bytes: [UInt8]) -> Bool {
        let upper = bytes.prefix(11).map(ASCII.upper)
        return upper.starts(with: Array("END:VCARD".utf8)) || upper.starts(with: Array("BEGIN:VCARD".utf8))
    }

    /// Whether the line is a quoted-printable property whose value ends with `=`.
    static func endsWithSoftBreak(_ bytes: [UInt8]) -> Bool {
        guard bytes.last == UInt8(ascii: "="), let colon = bytes.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let head = bytes[..<colon]
        let pattern = quotedPrintable
        guard head.count >= pattern.count else { return false }
        var index = head.startIndex
        while index + pattern.count <= head.endIndex {
            var matched = true
            for offset in 0..<pattern.count where ASCII.upper(head[index + offset]) != pattern[offset] {
                matched = false
                break
            }
            if matched { return true }
            index += 1
        }
        return false
    }
}
