import RapportLocalization
import CSV
import Foundation
import RapportCore

/// Reads contacts from a CSV file through CSV.swift, row by row: UTF-8 with
/// or without a byte order mark (a line that is not valid UTF-8 is
/// repaired, `CSVTextRepair`, and its row imported with a warning), `,` or `;` as found in the header line,
/// quoted fields with delimiters, quotes and line breaks. The header says
/// what each column is (see `CSVField`); `--map COLUMN=FIELD` overrides
/// decide the rest. Rows without a usable name are skipped and counted;
/// blank rows (every field empty) are passed over silently.
public final class CSVContactReader: ContactFileReader {
    /// Every column with what it is read as.
    public let columns: [CSVColumn]
    /// The delimiter found in the header line.
    public let delimiter: Character
    public private(set) var skippedWithoutName = 0

    /// Headers neither recognised nor named by an override: their values are not imported.
    public var unknownColumns: [String] { columns.filter { $0.field == nil }.map(\.header) }

    private let fileName: String
    private let stream: CSVByteStream
    private let reader: CSVReader
    private let mapping: CSVRowMapping
    /// The line the next row starts on.
    private var line: Int
    private var finished = false
    private var latch = FailureLatch()
    private let finisher = DraftFinisher()
    /// Repaired lines not yet reported: the header's, until the first row imported.
    private var pendingRepairs: [CSVTextRepair.Repair] = []

    /// Reads the file at `path`; `fileName` is how errors name it (the path by default).
    public convenience init(path: String, fileName: String? = nil, overrides: [String] = [],
                            defaults: ImportDefaults = ImportDefaults()) throws(InterchangeError) {
        let name = fileName ?? path
        try self.init(handle: try InputFile.open(path, name: name), fileName: name, overrides: overrides,
                      defaults: defaults)
    }

    /// Reads from an open handle; reads the header line at once.
    public init(handle: FileHandle, fileName: String, overrides: [String] = [],
                defaults: ImportDefaults = ImportDefaults()) throws(InterchangeError) {
        self.fileName = fileName
        stream = CSVByteStream(handle: handle, fileName: fileName)
        let start = try stream.peekStart()
        if start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) {
            throw InterchangeError(file: fileName, line: 1, message: L10n.text("the file is UTF-16; save it as UTF-8"))
        }
        if start.isEmpty || start == [0xEF, 0xBB, 0xBF] {
            throw InterchangeError(file: fileName, line: 1, message: L10n.text("the file is empty (no header row)"))
        }
        delimiter = Self.delimiter(in: start)
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: false, trimFields: false,
                                   delimiter: delimiter == ";" ? ";" : ",")
        } catch {
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot be read (%@)", String(describing: error)))
        }
        line = 1
        let header = try Self.nextRow(reader, stream: stream, line: 1, fileName: fileName) ?? []
        columns = try CSVHeaderMapping.columns(header: header, overrides: overrides, fileName: fileName)
        mapping = CSVRowMapping(fields: columns.map(\.field), defaults: defaults)
        line += CSVLines.count(in: header)
        pendingRepairs = stream.repairs(before: line)
    }

    public func next() throws(InterchangeError) -> ImportedContact? {
        try latch.run(readRow)
    }

    private func readRow() throws(InterchangeError) -> ImportedContact? {
        while !finished {
            guard let row = try Self.nextRow(reader, stream: stream, line: line, fileName: fileName) else {
                finished = true
                break
            }
            let rowLine = line
            line += CSVLines.count(in: row)
            let repairs = stream.repairs(before: line)
            if row.allSatisfy({ NativeText.trimmed($0).isEmpty }) { continue }
            if row.count > columns.count && row[columns.count...].contains(where: { !$0.isEmpty }) {
                throw InterchangeError(file: fileName, line: rowLine,
                                       message: L10n.text("row has %d fields but the header has %d", row.count, columns.count))
            }
            var warnings = (pendingRepairs + repairs).map { Self.warning($0, rowLine: rowLine) }
            let draft = mapping.draft(row, warnings: &warnings)
            guard let finished = finisher.finish(draft, warnings: &warnings) else {
                skippedWithoutName += 1
                continue
            }
            pendingRepairs = []
            return ImportedContact(draft: finished, line: rowLine, warnings: warnings)
        }
        return nil
    }

    /// The next row of the file; nil at its end. Throws for a read error
    /// or a quote left open (and for text the parser cannot read, which
    /// the repair should make impossible).
    private static func nextRow(_ reader: CSVReader, stream: CSVByteStream, line: Int,
                                fileName: String) throws(InterchangeError) -> [String]? {
        let row = reader.next()
        if let failure = stream.failure { throw failure }
        if reader.error != nil {
            let at = line + CSVLines.count(in: row ?? []) - 1
            throw InterchangeError(file: fileName, line: at, message: L10n.text("invalid UTF-8"))
        }
        guard let row, row != [CSVByteStream.endMarker] else { return nil }
        if let last = row.last, last.hasSuffix(CSVByteStream.endMarker) {
            let at = line + CSVLines.count(in: row.dropLast()) - 1
            throw InterchangeError(file: fileName, line: at, message: L10n.text("unclosed quote: the quoted field that starts here never ends"))
        }
        return row
    }

    /// The warning for a repaired line, which names the line when it is not the row's first.
    static func warning(_ repair: CSVTextRepair.Repair, rowLine: Int) -> String {
        let what = switch repair.kind {
        case .replacedInvalidBytes: L10n.text("not valid UTF-8; the bad bytes were replaced by \u{FFFD}")
        case .readAsWindows1252: L10n.text("not UTF-8; read as Windows-1252")
        }
        return repair.line == rowLine ? what : L10n.text("line %1$d: %2$@", repair.line, what)
    }

    /// `;` when the header line has more semicolons than commas, else `,`.
    static func delimiter(in start: [UInt8]) -> Character {
        let firstLine = start.prefix { $0 != 0x0A }
        let semicolons = firstLine.filter { $0 == UInt8(ascii: ";") }.count
        let commas = firstLine.filter { $0 == UInt8(ascii: ",") }.count
        return semicolons > commas ? ";" : ","
    }
}
