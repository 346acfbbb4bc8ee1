import Foundation
import RapportInterchange
import RapportLocalization

/// Splits a Rapport JSON export into the bytes of each contact object, in
/// chunks, never holding the whole file: the contacts are the elements of
/// the top-level object's `"contacts"` array (other keys are passed over),
/// or of a top-level array. Only the structure is checked here; each
/// contact's bytes are then decoded on their own.
final class JSONElementStream {
    private let handle: FileHandle
    private let fileName: String
    private var buffer: [UInt8] = []
    private var index = 0
    private var line = 1
    private var atEnd = false
    private var started = false

    private var stack: [UInt8] = []
    private var inString = false
    private var escaped = false
    private var recordingKey = false
    private var keyBytes: [UInt8] = []
    private var lastString: [UInt8] = []
    private var currentKey: [UInt8] = []
    /// The depth of the contacts array while inside it.
    private var contactsDepth: Int?
    private var sawContacts = false
    private var finished = false
    private var capture: [UInt8]?
    private var captureLine = 0
    private var counting = false
    /// The digits of the top-level `"version"` value, and its line.
    private var versionBytes: [UInt8]?
    private var versionLine = 1

    /// The newest export version this Rapport reads (`JSONExportWriter` writes it).
    static let newestVersion = JSONExportWriter.version

    init(path: String, fileName: String? = nil) throws(InterchangeError) {
        self.fileName = fileName ?? path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InterchangeError(file: self.fileName, line: nil, message: L10n.text("no such file"))
        }
        guard !isDirectory.boolValue, let handle = FileHandle(forReadingAtPath: path) else {
            throw InterchangeError(file: self.fileName, line: nil, message: isDirectory.boolValue ? L10n.text("is a directory") : L10n.text("cannot be opened for reading"))
        }
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    /// The next contact's bytes and the line it starts on; nil after the last.
    func next() throws(InterchangeError) -> (bytes: [UInt8], line: Int)? {
        while true {
            if capture != nil && !counting && !inString, let depth = contactsDepth, stack.count == depth + 1 {
                try scanInsideContact()
            }
            guard let byte = try nextByte() else { return try end() }
            if byte == 0x0A { line += 1 }
            if capture != nil && !counting { capture?.append(byte) }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if recordingKey { lastString = keyBytes; recordingKey = false }
                } else if recordingKey {
                    keyBytes.append(byte)
                }
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","):
                continue
            case UInt8(ascii: "\""):
                try startValue(byte)
                inString = true
                if capture == nil && stack == [UInt8(ascii: "{")] {
                    recordingKey = true
                    keyBytes.removeAll(keepingCapacity: true)
                }
            case UInt8(ascii: ":"):
                if capture == nil && stack.count == 1 {
                    currentKey = lastString
                    if currentKey == Array("version".utf8) { versionBytes = []; versionLine = line }
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                try startValue(byte)
                stack.append(byte)
                started = true
                if byte == UInt8(ascii: "[") && capture == nil {
                    if stack.count == 1 || (stack.count == 2 && stack[0] == UInt8(ascii: "{") && currentKey == Array("contacts".utf8)) {
                        try checkVersion()
                        contactsDepth = stack.count
                        sawContacts = true
                    }
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                let opening = byte == UInt8(ascii: "}") ? UInt8(ascii: "{") : UInt8(ascii: "[")
                guard let open = stack.popLast(), open == opening else {
                    throw fail(line, "unexpected '\(Character(UnicodeScalar(byte)))'")
                }
                if let depth = contactsDepth, capture != nil, stack.count == depth {
                    let bytes = capture ?? []
                    capture = nil
                    return (bytes, captureLine)
                }
                if let depth = contactsDepth, stack.count == depth - 1 { contactsDepth = nil }
                if stack.isEmpty { finished = true }
            default:
                try startValue(byte)
                if stack.isEmpty { throw fail(line, L10n.text("not a Rapport JSON export (expected '{' or '[')")) }
                if capture == nil && stack.count == 1 && currentKey == Array("version".utf8) { versionBytes?.append(byte) }
            }
        }
    }

    /// Refuses an export written by a newer Rapport (a `"version"` above
    /// `newestVersion`, or one that is not a whole number), whether the key
    /// comes before the contacts or after them.
    private func checkVersion() throws(InterchangeError) {
        guard let digits = versionBytes else { return }
        let text = String(decoding: digits, as: UTF8.self)
        guard let version = Int(text), version >= 1 else {
            throw fail(versionLine, text.isEmpty ? L10n.text("\"version\" must be a whole number (found a string or object)")
                                         : L10n.text("\"version\" must be a whole number (found '%@')", String(text.prefix(20))))
        }
        if version > Self.newestVersion {
            throw fail(versionLine, L10n.text("this export is version %1$d, newer than this Rapport reads (up to %2$d); update Rapport to import it",
                                             version, Self.newestVersion))
        }
    }

    /// Nesting inside the contact being captured (its own braces excluded).
    private var innerLevel = 0

    /// The hot path: copies the bytes inside a contact in bulk, with local
    /// variables only, up to the brace that closes the contact (left for
    /// `next`) or the end of the buffer. Brackets inside a contact are
    /// only counted here; the contact's reader checks them.
    private func scanInsideContact() throws(InterchangeError) {
        while true {
            if index == buffer.count {
                guard try refill() else { return }
            }
            var position = index
            var level = innerLevel, quoted = inString, escape = escaped, lines = 0
            let count = buffer.count
            var closed = false
            buffer.withUnsafeBufferPointer { bytes in
                while position < count {
                    let byte = bytes[position]
                    if byte == 0x0A { lines += 1 }
                    if quoted {
                        if escape { escape = false } else if byte == 0x5C { escape = true } else if byte == 0x22 { quoted = false }
                    } else if byte == 0x22 {
                        quoted = true
                    } else if byte == 0x7B || byte == 0x5B {
                        level += 1
                    } else if byte == 0x7D || byte == 0x5D {
                        if level == 0 { closed = true; break }
                        level -= 1
                    }
                    position += 1
                }
            }
            capture?.append(contentsOf: buffer[index..<position])
            index = position
            innerLevel = level
            inString = quoted
            escaped = escape
            line += lines
            if closed { return }
        }
    }

    /// Reads the next chunk into the buffer; false at the end of the file.
    private func refill() throws(InterchangeError) -> Bool {
        guard !atEnd else { return false }
        let data: Data?
        do { data = try handle.read(upToCount: 1 << 16) } catch {
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot be read (%@)", error.localizedDescription))
        }
        guard let data, !data.isEmpty else {
            atEnd = true
            return false
        }
        buffer = [UInt8](data)
        index = 0
        return true
    }

    /// Counts the remaining contacts without decoding them.
    func countRemaining() throws(InterchangeError) -> Int {
        counting = true
        var count = 0
        while try next() != nil { count += 1 }
        return count
    }

    /// Checks a value may start here; starts capturing a contact.
    private func startValue(_ byte: UInt8) throws(InterchangeError) {
        if finished { throw fail(line, L10n.text("unexpected content after the end of the JSON document")) }
        guard capture == nil, let depth = contactsDepth, stack.count == depth else { return }
        guard byte == UInt8(ascii: "{") else { throw fail(line, L10n.text("each contact must be a JSON object")) }
        capture = counting ? [] : [byte]
        captureLine = line
    }

    private func end() throws(InterchangeError) -> (bytes: [UInt8], line: Int)? {
        if !started { throw fail(1, L10n.text("the file is empty (expected a Rapport JSON export)")) }
        if inString || !stack.isEmpty {
            throw fail(capture != nil ? captureLine : line, L10n.text("the file ends in the middle of the JSON document"))
        }
        if !sawContacts { throw fail(1, L10n.text("no \"contacts\" list: not a Rapport JSON export")) }
        try checkVersion()
        return nil
    }

    private func nextByte() throws(InterchangeError) -> UInt8? {
        if index == buffer.count {
            if atEnd { return nil }
            let data: Data?
            do { data = try handle.read(upToCount: 1 << 16) } catch {
                throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot be read (%@)", error.localizedDescription))
            }
            guard let data, !data.isEmpty else {
                atEnd = true
                return nil
            }
            buffer = [UInt8](data)
            index = 0
            if !started && line == 1 && buffer.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
            if index == buffer.count { return try nextByte() }
        }
        let byte = buffer[index]
        index += 1
        return byte
    }

    private func fail(_ line: Int, _ message: String) -> InterchangeError {
        InterchangeError(file: fileName, line: line, message: message)
    }
}
