import Foundation
import RapportLocalization
import RapportCore

/// Reads vCard 2.1, 3.0 and 4.0 files (Apple, Google, Outlook, Android
/// exports) card by card, in chunks, never holding the whole file: each
/// card with a usable name becomes an `ImportedContact`.
public final class VCardReader: ContactFileReader {
    public private(set) var skippedWithoutName = 0
    /// Cards read so far, with or without a name.
    public private(set) var cardsRead = 0
    /// How many times each property Rapport has no field for was met (`ADR`: 12).
    public private(set) var ignoredProperties: [String: Int] = [:]

    private let fileName: String
    private let defaults: ImportDefaults
    private let lines: UnfoldingLineReader
    private var latch = FailureLatch()
    private let finisher = DraftFinisher()

    /// Reads the file at `path`; `fileName` is how errors name it (the path by default).
    public convenience init(path: String, fileName: String? = nil, defaults: ImportDefaults = ImportDefaults())
        throws(InterchangeError) {
        let name = fileName ?? path
        self.init(handle: try InputFile.open(path, name: name), fileName: name, defaults: defaults)
    }

    /// Reads from an open handle (standard input, a pipe) from its current position.
    public init(handle: FileHandle, fileName: String, defaults: ImportDefaults = ImportDefaults()) {
        self.fileName = fileName
        self.defaults = defaults
        self.lines = UnfoldingLineReader(PhysicalLineReader(handle: handle, fileName: fileName))
    }

    public func next() throws(InterchangeError) -> ImportedContact? {
        try latch.run(readCard)
    }

    private func readCard() throws(InterchangeError) -> ImportedContact? {
        var card: VCardCard?
        var inBinaryValue = false
        while let line = try lines.next() {
            if Self.isBlank(line.bytes) {
                inBinaryValue = false
                continue
            }
            if inBinaryValue && Self.isBase64(line.bytes) { continue }
            inBinaryValue = false
            guard let current = card else {
                guard let content = ContentLine.parse(line.bytes), Self.isBegin(content) else {
                    throw fail(line.line, L10n.text("content outside a card: '%@'", Self.excerpt(line.bytes)))
                }
                card = VCardCard(startLine: line.line)
                continue
            }
            guard let content = ContentLine.parse(line.bytes) else {
                throw fail(line.line, L10n.text("property line without ':': '%@'", Self.excerpt(line.bytes)))
            }
            if Self.isBegin(content) {
                throw fail(line.line, L10n.text("BEGIN:VCARD inside a card (the card at line %d has no END:VCARD)", current.startLine))
            }
            if content.name == "END" {
                cardsRead += 1
                card = nil
                if let contact = finish(current) { return contact }
                continue
            }
            do {
                switch try VCardPropertyMapping.apply(content, number: line.line, to: current) {
                case .used: break
                case .ignored: ignoredProperties[content.name, default: 0] += 1
                case .skippedBinary:
                    ignoredProperties[content.name, default: 0] += 1
                    inBinaryValue = true
                }
            } catch {
                switch error {
                case .invalidQuotedPrintable(let found):
                    throw fail(line.line, L10n.text("invalid quoted-printable in %1$@: '=' followed by '%2$@'", content.name, found))
                }
            }
        }
        if let card {
            throw fail(card.startLine, L10n.text("card not closed: BEGIN:VCARD without END:VCARD"))
        }
        return nil
    }

    private func finish(_ card: VCardCard) -> ImportedContact? {
        var (draft, warnings) = card.draft(defaults: defaults)
        guard let finished = finisher.finish(draft, warnings: &warnings) else {
            skippedWithoutName += 1
            return nil
        }
        draft = finished
        return ImportedContact(draft: draft, line: card.startLine, warnings: warnings)
    }

    private func fail(_ line: Int, _ message: String) -> InterchangeError {
        InterchangeError(file: fileName, line: line, message: message)
    }

    private static func isBegin(_ line: ContentLine) -> Bool {
        line.name == "BEGIN" && NativeText.trimmedSpaces(ASCII.upperString(line.value)) == "VCARD"
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A line of base64 data: letters, digits, `+`, `/`, `=` and spaces only.
    private static func isBase64(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { byte in
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2B || byte == 0x2F || byte == 0x3D || byte == 0x20 || byte == 0x09
        }
    }

    private static func excerpt(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes.prefix(40), as: UTF8.self)
        return bytes.count > 40 ? text + "…" : text
    }
}
