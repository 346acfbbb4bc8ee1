import Foundation
import RapportLocalization

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
                throw InterchangeError(file: name, line: nil, message: L10n.text("--map applies to CSV files only"))
            }
            return try VCardReader(path: path, fileName: name, defaults: defaults)
        case .csv:
            return try CSVContactReader(path: path, fileName: name, overrides: overrides, defaults: defaults)
        }
    }

    /// A writer in `format` to an open handle (a new file, standard output);
    /// CSV fields are separated by `csvDelimiter`.
    public static func writer(handle: FileHandle, fileName: String, format: ContactFileFormat,
                              csvDelimiter: CSVDelimiter = .comma) throws(InterchangeError) -> any ContactFileWriter {
        switch format {
        case .vcard: return VCardWriter(handle: handle, fileName: fileName)
        case .csv: return try CSVContactWriter(handle: handle, fileName: fileName, delimiter: csvDelimiter)
        }
    }
}
