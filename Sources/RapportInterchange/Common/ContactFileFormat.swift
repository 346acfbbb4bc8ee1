import Foundation

/// The contact file formats Rapport reads and writes.
public enum ContactFileFormat: String, CaseIterable, Sendable {
    case vcard, csv

    /// The format a file name's extension stands for (`.vcf`, `.vcard`, `.csv`); nil for any other.
    public static func fromExtension(of path: String) -> ContactFileFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "vcf", "vcard": return .vcard
        case "csv": return .csv
        default: return nil
        }
    }

    /// The format of the file at `path`: by its extension, else by its
    /// content (a first non-blank line `BEGIN:VCARD` means vCard, anything else CSV).
    public static func detect(path: String, fileName: String? = nil) throws(InterchangeError) -> ContactFileFormat {
        if let format = fromExtension(of: path) { return format }
        let name = fileName ?? path
        let handle = try InputFile.open(path, name: name)
        defer { try? handle.close() }
        var start = try InputFile.read(handle, count: 4096, name: name)
        if start.starts(with: [0xEF, 0xBB, 0xBF]) { start.removeFirst(3) }
        let text = String(decoding: start.drop { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }.prefix(11), as: UTF8.self)
        return text.uppercased() == "BEGIN:VCARD" ? .vcard : .csv
    }
}

/// Opens readers and writers for either format, for the import and export commands.
public enum ContactFiles {
    /// A reader for the file at `path`, in `format` or the detected one.
    /// `overrides` (`COLUMN=FIELD`) apply to CSV only.
    public static func reader(
        path: String, fileName: String? = nil, format: ContactFileFormat? = nil, overrides: [String] = [],
        defaults: ImportDefaults = ImportDefaults()
    ) throws(InterchangeError) -> any ContactFileReader {
        let name = fileName ?? path
        var chosen = format
        if chosen == nil { chosen = try ContactFileFormat.detect(path: path, fileName: name) }
        switch chosen ?? .csv {
        case .vcard:
            guard overrides.isEmpty else {
                throw InterchangeError(file: name, line: nil, message: "--map applies to CSV files only")
            }
            return try VCardReader(path: path, fileName: name, defaults: defaults)
        case .csv:
            return try CSVContactReader(path: path, fileName: name, overrides: overrides, defaults: defaults)
        }
    }

    /// A writer in `format` to an open handle (a new file, standard output).
    public static func writer(handle: FileHandle, fileName: String, format: ContactFileFormat)
        throws(InterchangeError) -> any ContactFileWriter {
        switch format {
        case .vcard: return VCardWriter(handle: handle, fileName: fileName)
        case .csv: return try CSVContactWriter(handle: handle, fileName: fileName)
        }
    }
}
