import Foundation
import RapportCore
import RapportInterchange
import RapportStore

/// Writes the JSON export, one contact at a time:
/// `{"format":"rapport-export","version":1,"exported":DATE,"contacts":[…]}`,
/// one contact per line, each a `show --json` contact with its exchanges
/// plus `reviewFrom`. `import` reads it back.
final class JSONExportWriter {
    static let format = "rapport-export"
    static let version = 1

    private let handle: FileHandle
    private let fileName: String
    private let today: Day
    private let cadence: Cadence
    private let encoder: JSONEncoder
    private var bytes: [UInt8] = []
    private var count = 0

    init(handle: FileHandle, fileName: String, today: Day, cadence: Cadence) throws(InterchangeError) {
        self.handle = handle
        self.fileName = fileName
        self.today = today
        self.cadence = cadence
        encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        append("{\"format\":\"\(Self.format)\",\"version\":\(Self.version),\"exported\":\"\(today.iso)\",\"contacts\":[")
    }

    func write(_ exported: ExportedContact) throws(InterchangeError) {
        let contact = exported.contact
        let days = cadence.days(for: contact)
        let summary = RelationshipSummary(exchanges: exported.exchanges.map(\.facts), reviewFrom: contact.reviewFrom,
                                          cadence: days, today: today)
        let shape = ExportContactJSON(
            contact: ContactJSON(contact, summary: summary, cadence: days, exchanges: exported.exchanges),
            reviewFrom: contact.reviewFrom)
        let data: Data
        do { data = try encoder.encode(shape) } catch {
            throw InterchangeError(file: fileName, line: nil, message: "cannot encode \(contact.name) (\(error))")
        }
        append(count == 0 ? "\n" : ",\n")
        bytes.append(contentsOf: JSONOutput.escapingInvisibleControls(data))
        count += 1
        if bytes.count >= 1 << 16 { try flush() }
    }

    func finish() throws(InterchangeError) {
        append(count == 0 ? "]}\n" : "\n]}\n")
        try flush()
    }

    private func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private func flush() throws(InterchangeError) {
        guard !bytes.isEmpty else { return }
        do { try handle.write(contentsOf: bytes) } catch {
            throw InterchangeError(file: fileName, line: nil, message: "cannot be written (\(error.localizedDescription))")
        }
        bytes.removeAll(keepingCapacity: true)
    }
}

/// A contact of the JSON export: the `show --json` shape plus `reviewFrom`
/// (when a never-contacted person's cadence starts), so an import gives
/// back the same review dates.
struct ExportContactJSON: Encodable {
    let contact: ContactJSON
    let reviewFrom: Day

    enum Keys: String, CodingKey { case reviewFrom }

    func encode(to encoder: Encoder) throws {
        try contact.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(reviewFrom, forKey: .reviewFrom)
    }
}
