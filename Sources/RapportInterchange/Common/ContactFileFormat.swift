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
