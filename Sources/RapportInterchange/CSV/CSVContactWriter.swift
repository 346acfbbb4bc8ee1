import RapportLocalization
import CSV
import Foundation
import RapportCore

/// Writes contacts to a CSV file through CSV.swift's writer, for backup and
/// spreadsheets: UTF-8 with a byte order mark (so spreadsheet programs read
/// accents right), `,` or `;` between fields (`CSVDelimiter`; fields that
/// hold it are quoted), CR LF between rows, a header row,
/// then one row per contact. Several handles of a kind share their cell,
/// separated by `; `; Twitter/X, Mastodon and Bluesky handles without their
/// leading `@` (spreadsheets read `@…` as a formula); other handles are
/// written `label: value`; tags are separated by `, `. Labels of other kinds are not kept. `CSVContactReader`
/// maps this header back automatically. Call `finish()` at the end.
public final class CSVContactWriter {
    /// The header row, in column order.
    public static let header = [
        "Name", "Role", "Outlet", "Title", "Tier", "Stage", "Cadence", "Email", "Phone", "Twitter", "Mastodon", // l10n-exempt: exported column headings stay English (glossary)
        "Bluesky", "LinkedIn", "Website", "Other handles", "Tags", "How met", "Notes", "Do not contact", // l10n-exempt: exported column headings stay English (glossary)
        "Created", "Last exchange", // l10n-exempt: exported column headings stay English (glossary)
    ]

    private let fileName: String
    private let output: OutputBuffer
    private let stream: BufferedOutputStream
    private let writer: CSVWriter

    /// Writes the byte order mark (unless `byteOrderMark` is false) and the header row.
    public init(handle: FileHandle, fileName: String, delimiter: CSVDelimiter = .comma,
                byteOrderMark: Bool = true) throws(InterchangeError) {
        self.fileName = fileName
        output = OutputBuffer(handle: handle, fileName: fileName)
        stream = BufferedOutputStream(output: output)
        do {
            writer = try CSVWriter(stream: stream, delimiter: delimiter.rawValue, newline: .crlf)
        } catch {
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot be written (%@)", String(describing: error)))
        }
        if byteOrderMark { try output.append([0xEF, 0xBB, 0xBF]) }
        try write(row: Self.header)
    }

    public func write(_ contact: Contact) throws(InterchangeError) {
        try write(row: Self.row(for: contact))
    }

    /// Ends the last row and writes what is still buffered.
    public func finish() throws(InterchangeError) {
        stream.drain()
        if let failure = stream.failure { throw failure }
        try output.append([0x0D, 0x0A])
        try output.flush()
    }

    private func write(row: [String]) throws(InterchangeError) {
        do {
            try writer.write(row: row)
        } catch {
            if let failure = stream.failure { throw failure }
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot be written (%@)", String(describing: error)))
        }
        stream.drain()
        if let failure = stream.failure { throw failure }
    }

    /// The fields of one contact, in `header` order.
    public static func row(for contact: Contact) -> [String] {
        func values(_ kind: HandleKind) -> String {
            contact.handles.filter { $0.kind == kind }.map { handle in
                let social = kind == .twitter || kind == .mastodon || kind == .bluesky
                return social && handle.value.hasPrefix("@") ? String(handle.value.dropFirst()) : handle.value
            }.joined(separator: "; ")
        }
        let others = contact.handles.filter { $0.kind == .other }.map { handle in
            handle.label.isEmpty ? handle.value : "\(handle.label): \(handle.value)"
        }
        return [
            contact.name, contact.role.rawValue, contact.outlet, contact.title, contact.tier.rawValue,
            contact.stage.rawValue, contact.cadenceOverride.map(String.init) ?? "",
            values(.email), values(.phone), values(.twitter), values(.mastodon), values(.bluesky),
            values(.linkedin), values(.website), others.joined(separator: "; "),
            contact.tags.joined(separator: ", "), contact.howMet, contact.notes,
            contact.doNotContact ? "yes" : "", contact.created.iso, contact.lastExchange?.iso ?? "",
        ].map(SpreadsheetCell.protect)
    }
}
