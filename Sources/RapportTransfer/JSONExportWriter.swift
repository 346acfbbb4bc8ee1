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
/// The contact's values come from `ContactJSON` (the documented shape),
/// written through its JSON definition (`ContactJSON.json`,
/// JSONRecords.swift) by `JSONText`, keys in sorted order: the bytes are
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
        let summary = RelationshipSummary(exchanges: exported.exchanges.map { $0.facts }, coverage: exported.coverage.map(\.day),
                                          reviewFrom: contact.reviewFrom, cadence: days, today: today)
        var shape = ContactJSON(contact, summary: summary, cadence: days, exchanges: exported.exchanges,
                                explanation: explanation(summary)).with(exported.career)
        shape.coverage = exported.coverage.map { CoverageJSON($0, contactName: contact.name) }
        shape.reviewFrom = contact.reviewFrom
        text.raw(count == 0 ? "\n" : ",\n")
        do { try ContactJSON.json.write(shape, into: &text) } catch {
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot encode %1$@ (%2$@)", contact.name, String(describing: error)))
        }
        count += 1
        if text.bytes.count >= 1 << 16 { try flush() }
    }

    /// The English explanations already made, by what they say: many
    /// contacts share one, and making it (plural rules, number formats)
    /// was a tenth of an export's time.
    private var explanations: [RelationshipSummary.ExplanationFacts: String] = [:]

    private func explanation(_ summary: RelationshipSummary) -> String {
        if let text = explanations[summary.explanationFacts] { return text }
        let text = summary.englishExplanation
        if explanations.count >= 50_000 { explanations.removeAll(keepingCapacity: true) }
        explanations[summary.explanationFacts] = text
        return text
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
}
