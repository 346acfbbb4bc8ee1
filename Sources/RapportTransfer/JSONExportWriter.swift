import Foundation
import RapportCore
import RapportInterchange
import RapportStore
import RapportLocalization

/// Writes the JSON export, one contact at a time:
/// `{"format":"rapport-export","version":1,"exported":DATE,"contacts":[…]}`,
/// one contact per line, each a `show --json` contact with its exchanges,
/// coverage, career and introductions, plus `reviewFrom`. `import` reads
/// it back. Version 2 added coverage, positions and introductions (a
/// version 1 file has none, and still imports).
///
/// The contact's values come from `ContactJSON` (the documented shape);
/// the text is written by `JSONText`, keys in sorted order: the bytes are
/// those `JSONEncoder` would write, about ten times faster.
public final class JSONExportWriter {
    public static let format = "rapport-export"
    public static let version = 2

    private let handle: FileHandle
    private let fileName: String
    private let today: Day
    private let cadence: Cadence
    private var text = JSONText()
    private var count = 0

    public init(handle: FileHandle, fileName: String, today: Day, cadence: Cadence) throws(InterchangeError) {
        self.handle = handle
        self.fileName = fileName
        self.today = today
        self.cadence = cadence
        text.bytes.reserveCapacity(1 << 17)
        text.bytes.append(contentsOf: "{\"format\":\"\(Self.format)\",\"version\":\(Self.version),\"exported\":\"\(today.iso)\",\"contacts\":[".utf8)
    }

    public func write(_ exported: ExportedContact) throws(InterchangeError) {
        let contact = exported.contact
        let days = cadence.days(for: contact)
        let summary = RelationshipSummary(exchanges: exported.exchanges.map(\.facts), coverage: exported.coverage.map(\.day),
                                          reviewFrom: contact.reviewFrom, cadence: days, today: today)
        var shape = ContactJSON(contact, summary: summary, cadence: days, exchanges: exported.exchanges).with(exported.career)
        shape.coverage = exported.coverage.map { CoverageJSON($0, contactName: contact.name) }
        text.raw(count == 0 ? "\n" : ",\n")
        do { try Self.write(shape, reviewFrom: contact.reviewFrom, into: &text) } catch {
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot encode %1$@ (%2$@)", contact.name, String(describing: error)))
        }
        count += 1
        if text.bytes.count >= 1 << 16 { try flush() }
    }

    public func finish() throws(InterchangeError) {
        text.raw(count == 0 ? "]}\n" : "\n]}\n")
        try flush()
    }

    private func flush() throws(InterchangeError) {
        guard !text.bytes.isEmpty else { return }
        do { try handle.write(contentsOf: text.bytes) } catch {
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot be written (%@)", error.localizedDescription))
        }
        text.bytes.removeAll(keepingCapacity: true)
    }

    /// One contact of the export, keys sorted as `JSONEncoder.sortedKeys` sorts them (by UTF-8 bytes).
    static func write(_ contact: ContactJSON, reviewFrom: Day, into text: inout JSONText) throws(JSONTextError) {
        text.raw("{")
        text.key("archived", first: true); text.bool(contact.archived)
        text.key("cadence"); text.int(contact.cadence)
        text.key("cadenceOverride"); optional(contact.cadenceOverride, &text) { $1.int($0) }
        text.key("coverage")
        list(contact.coverage ?? [], &text) { item, text in
            text.raw("{")
            text.key("author", first: true); optional(item.author, &text) { $1.string($0) }
            text.key("contactId"); text.int(item.contactId)
            text.key("contactName"); text.string(item.contactName)
            text.key("date"); text.string(item.date.iso)
            text.key("exchangeId"); optional(item.exchangeId, &text) { $1.int($0) }
            text.key("id"); text.int(item.id)
            text.key("note"); text.string(item.note)
            text.key("outlet"); text.string(item.outlet)
            text.key("project"); optional(item.project, &text) { $1.string($0) }
            text.key("title"); text.string(item.title)
            text.key("url"); text.string(item.url)
            text.raw("}")
        }
        text.key("created"); text.string(contact.created.iso)
        text.key("daysSinceLast"); optional(contact.daysSinceLast, &text) { $1.int($0) }
        text.key("doNotContact"); text.bool(contact.doNotContact)
        text.key("due"); try write(contact.due, into: &text)
        text.key("exchanges")
        if let exchanges = contact.exchanges {
            text.raw("[")
            for (index, exchange) in exchanges.enumerated() {
                if index > 0 { text.raw(",") }
                write(exchange, into: &text)
            }
            text.raw("]")
        } else {
            text.null()
        }
        if let familyName = contact.familyName { text.key("familyName"); text.string(familyName) }
        if let givenName = contact.givenName { text.key("givenName"); text.string(givenName) }
        text.key("handles")
        text.raw("[")
        for (index, handle) in contact.handles.enumerated() {
            if index > 0 { text.raw(",") }
            text.raw("{")
            text.key("kind", first: true); text.string(handle.kind)
            text.key("label"); text.string(handle.label)
            text.key("value"); text.string(handle.value)
            text.raw("}")
        }
        text.raw("]")
        text.key("howMet"); text.string(contact.howMet)
        text.key("id"); text.int(contact.id)
        text.key("introduced")
        list(contact.introduced, &text) { reference, text in write(reference, into: &text) }
        text.key("introducedBy"); optional(contact.introducedBy, &text) { write($0, into: &$1) }
        text.key("lastExchange"); optional(contact.lastExchange, &text) { $1.string($0.iso) }
        text.key("name"); text.string(contact.name)
        text.key("notes"); text.string(contact.notes)
        text.key("outlet"); text.string(contact.outlet)
        text.key("owner"); optional(contact.owner, &text) { $1.string($0) }
        text.key("positionSince"); optional(contact.positionSince, &text) { $1.string($0.iso) }
        text.key("positions")
        list(contact.positions, &text) { position, text in
            text.raw("{")
            text.key("from", first: true); optional(position.from, &text) { $1.string($0.iso) }
            text.key("outlet"); text.string(position.outlet)
            text.key("title"); text.string(position.title)
            text.key("to"); text.string(position.to.iso)
            text.raw("}")
        }
        text.key("reciprocity")
        text.raw("{")
        text.key("asked", first: true); text.int(contact.reciprocity.asked)
        text.key("asksMoreThanGives"); text.bool(contact.reciprocity.asksMoreThanGives)
        text.key("gave"); text.int(contact.reciprocity.gave)
        text.key("theyGave"); text.int(contact.reciprocity.theyGave)
        text.raw("}")
        text.key("reviewFrom"); text.string(reviewFrom.iso)
        text.key("role"); text.string(contact.role)
        text.key("snoozedUntil"); optional(contact.snoozedUntil, &text) { $1.string($0.iso) }
        text.key("stage"); text.string(contact.stage)
        text.key("tags")
        text.raw("[")
        for (index, tag) in contact.tags.enumerated() {
            if index > 0 { text.raw(",") }
            text.string(tag)
        }
        text.raw("]")
        text.key("tier"); text.string(contact.tier)
        text.key("title"); text.string(contact.title)
        text.key("updated"); text.string(contact.updated.iso)
        text.key("warmth")
        text.raw("{")
        text.key("explanation", first: true); optional(contact.warmth.explanation, &text) { $1.string($0) }
        text.key("label"); text.string(contact.warmth.label)
        text.key("value"); text.int(contact.warmth.value)
        text.raw("}")
        text.raw("}")
    }

    private static func write(_ due: DueJSON, into text: inout JSONText) throws(JSONTextError) {
        text.raw("{")
        text.key("cadence", first: true); text.int(due.cadence)
        text.key("daysSince"); text.int(due.daysSince)
        text.key("isDue"); text.bool(due.isDue)
        text.key("neverContacted"); text.bool(due.neverContacted)
        text.key("overdueRatio"); try text.double(due.overdueRatio)
        text.raw("}")
    }

    private static func write(_ exchange: ExchangeJSON, into text: inout JSONText) {
        text.raw("{")
        text.key("author", first: true); optional(exchange.author, &text) { $1.string($0) }
        text.key("channel"); text.string(exchange.channel)
        text.key("contactId"); text.int(exchange.contactId)
        text.key("date"); text.string(exchange.date.iso)
        text.key("direction"); text.string(exchange.direction)
        text.key("followUp")
        if let followUp = exchange.followUp {
            text.raw("{")
            text.key("date", first: true); text.string(followUp.date.iso)
            text.key("done"); optional(followUp.done, &text) { $1.string($0.iso) }
            text.key("text"); text.string(followUp.text)
            text.raw("}")
        } else {
            text.null()
        }
        text.key("id"); text.int(exchange.id)
        text.key("intent"); text.string(exchange.intent)
        text.key("notes"); text.string(exchange.notes)
        text.key("project"); optional(exchange.project, &text) { $1.string($0) }
        text.key("rating"); optional(exchange.rating, &text) { $1.int($0) }
        text.key("summary"); text.string(exchange.summary)
        text.raw("}")
    }

    private static func write(_ reference: ContactReferenceJSON, into text: inout JSONText) {
        text.raw("{")
        text.key("id", first: true); text.int(reference.id)
        text.key("name"); text.string(reference.name)
        text.raw("}")
    }

    private static func list<Element>(_ elements: [Element], _ text: inout JSONText, _ write: (Element, inout JSONText) -> Void) {
        text.raw("[")
        for (index, element) in elements.enumerated() {
            if index > 0 { text.raw(",") }
            write(element, &text)
        }
        text.raw("]")
    }

    private static func optional<Value>(_ value: Value?, _ text: inout JSONText, _ write: (Value, inout JSONText) -> Void) {
        if let value { write(value, &text) } else { text.null() }
    }
}
