import Foundation
import RapportCore
import RapportInterchange
import RapportLocalization
import RapportStore
import RapportLocalization

/// The file formats `import` reads and `export` writes.
public enum InterchangeFormat: String, NamedValue {
    case vcard, csv, json
    public static let valueKind = "format"

    /// The format a file name's extension stands for; nil for any other.
    public static func fromExtension(of path: String) -> InterchangeFormat? {
        if (path as NSString).pathExtension.lowercased() == "json" { return .json }
        return ContactFileFormat.fromExtension(of: path).map { $0 == .vcard ? .vcard : .csv }
    }

    /// The format of the file at `path`: by its extension, else by its
    /// content (`{` or `[` first means JSON, `BEGIN:VCARD` vCard, anything else CSV).
    public static func detect(path: String) throws(InterchangeError) -> InterchangeFormat {
        if let format = fromExtension(of: path) { return format }
        if let first = try firstByte(path), first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return .json }
        return try ContactFileFormat.detect(path: path) == .vcard ? .vcard : .csv
    }

    /// The first byte that is not white space or a byte order mark.
    private static func firstByte(_ path: String) throws(InterchangeError) -> UInt8? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InterchangeError(file: path, line: nil, message: FileManager.default.fileExists(atPath: path)
                                   ? L10n.text("cannot be opened for reading") : L10n.text("no such file"))
        }
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        let body = start.starts(with: [0xEF, 0xBB, 0xBF]) ? start.dropFirst(3) : start[...]
        return body.first { $0 != 0x20 && !(0x09...0x0D).contains($0) }
    }

    public var contactFileFormat: ContactFileFormat? {
        switch self {
        case .vcard: return .vcard
        case .csv: return .csv
        case .json: return nil
        }
    }
}

/// One record read from a file, with where it starts and what was adjusted.
public struct ImportItem {
    public var record: ImportRecord
    public var line: Int
    public var warnings: [String]
}

/// A file of people to import, read one record at a time without holding the file.
protocol ImportSource: AnyObject {
    /// The next record, nil at the end; throws `FILE:LINE: …` at the first malformed place.
    func next() throws(InterchangeError) -> ImportItem?
    /// Records left out so far because they have no usable name.
    var skippedWithoutName: Int { get }
    /// Remarks about the file's first line (columns that are not imported).
    var notices: [String] { get }
}

/// A vCard or CSV file through the interchange library's readers.
final class ContactFileSource: ImportSource {
    private let reader: any ContactFileReader

    init(reader: any ContactFileReader) {
        self.reader = reader
    }

    func next() throws(InterchangeError) -> ImportItem? {
        guard let contact = try reader.next() else { return nil }
        return ImportItem(record: ImportRecord(draft: contact.draft), line: contact.line, warnings: contact.warnings)
    }

    var skippedWithoutName: Int { reader.skippedWithoutName }

    var notices: [String] {
        guard let csv = reader as? CSVContactReader, !csv.unknownColumns.isEmpty else { return [] }
        return [Self.columnsNotImported(csv.unknownColumns)]
    }

    /// At most this many unknown column names are listed; the rest are counted.
    static let columnListLimit = 10

    /// `columns not imported: A, B (use --map COLUMN=FIELD)`, the list cut
    /// after `columnListLimit` names (`… and 49,990 more`), each name
    /// shortened, so a file with 50,000 columns gives one short line.
    static func columnsNotImported(_ columns: [String]) -> String {
        let names = columns.prefix(columnListLimit).map { $0.count > 40 ? $0.prefix(39) + "…" : $0 }.joined(separator: ", ")
        guard columns.count > columnListLimit else {
            return L10n.text("columns not imported: %@ (use --map COLUMN=FIELD)", names)
        }
        let more = L10n.language == .english ? groupedNumber(columns.count - columnListLimit) : L10n.number(columns.count - columnListLimit)
        return L10n.text("columns not imported: %1$@ and %2$@ more (use --map COLUMN=FIELD)", names, more)
    }
}

enum ImportSources {
    /// Opens `path` in `format` (or the detected one).
    static func open(_ path: String, format: InterchangeFormat?, overrides: [String]) throws(InterchangeError) -> any ImportSource {
        let chosen: InterchangeFormat
        if let format { chosen = format } else { chosen = try InterchangeFormat.detect(path: path) }
        if let fileFormat = chosen.contactFileFormat {
            return ContactFileSource(reader: try ContactFiles.reader(path: path, format: fileFormat, overrides: overrides))
        }
        guard overrides.isEmpty else {
            throw InterchangeError(file: path, line: nil, message: L10n.text("--map applies to CSV files only"))
        }
        return try JSONContactSource(path: path)
    }

    /// About how many records the file holds, read quickly and only for a
    /// progress bar: cards for vCard, rows for CSV, contact objects for JSON.
    static func estimate(_ path: String, format: InterchangeFormat?) -> Int? {
        guard let chosen = try? format ?? InterchangeFormat.detect(path: path) else { return nil }
        switch chosen {
        case .vcard: return RecordCounter.cards(path)
        case .csv: return RecordCounter.rows(path).map { max(0, $0 - 1) }
        case .json: return try? JSONElementStream(path: path).countRemaining()
        }
    }
}

/// Byte scans that count records without parsing them.
enum RecordCounter {
    /// Lines that start with `BEGIN:VCARD` (any case).
    static func cards(_ path: String) -> Int? {
        let marker = Array("BEGIN:VCARD".utf8)
        var count = 0
        var lineStart = true
        var matched = 0
        return scan(path) { byte in
            if byte == 0x0A { lineStart = true; matched = 0; return }
            guard lineStart else { return }
            let upper = (0x61...0x7A).contains(byte) ? byte - 0x20 : byte
            if upper == marker[matched] {
                matched += 1
                if matched == marker.count { count += 1; lineStart = false }
            } else {
                lineStart = false
            }
        } ? count : nil
    }

    /// Line breaks outside quoted fields, plus a last line without one.
    static func rows(_ path: String) -> Int? {
        var count = 0
        var quoted = false
        var pending = false
        return scan(path) { byte in
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            if byte == 0x0A && !quoted { count += 1; pending = false } else { pending = true }
        } ? count + (pending ? 1 : 0) : nil
    }

    private static func scan(_ path: String, _ body: (UInt8) -> Void) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        while let data = try? handle.read(upToCount: 1 << 16), !data.isEmpty {
            data.withUnsafeBytes { bytes in
                for byte in bytes { body(byte) }
            }
        }
        return true
    }
}
