import Foundation
import RapportCore
import RapportInterchange
import Testing

/// Paths of the fixture files and short ways to read them whole.
enum FixtureFiles {
    static func path(_ name: String) throws -> String {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return folder.appendingPathComponent(name).path
    }

    static func vcard(_ name: String) throws -> (contacts: [ImportedContact], reader: VCardReader) {
        let reader = try VCardReader(path: path(name), fileName: name)
        return (try reader.readAll(), reader)
    }

    static func csv(_ name: String, overrides: [String] = []) throws -> (contacts: [ImportedContact], reader: CSVContactReader) {
        let reader = try CSVContactReader(path: path(name), fileName: name, overrides: overrides)
        return (try reader.readAll(), reader)
    }

    /// The description of the error reading the whole file throws, or nil.
    static func vcardError(_ name: String) throws -> String? {
        do {
            _ = try vcard(name)
            return nil
        } catch let error as InterchangeError {
            return error.description
        }
    }

    static func csvError(_ name: String, overrides: [String] = []) throws -> String? {
        do {
            _ = try csv(name, overrides: overrides)
            return nil
        } catch let error as InterchangeError {
            return error.description
        }
    }
}

/// A scratch file removed when the test is done.
final class TemporaryFile {
    let path: String

    init(_ suffix: String) {
        path = NSTemporaryDirectory() + "rapport-interchange-\(UUID().uuidString)\(suffix)"
        _ = FileManager.default.createFile(atPath: path, contents: nil)
    }

    func writing() throws -> FileHandle {
        try #require(FileHandle(forWritingAtPath: path))
    }

    /// A file holding `contacts` written in `format`.
    static func written(_ contacts: [Contact], as format: ContactFileFormat) throws -> TemporaryFile {
        let file = TemporaryFile(format == .vcard ? ".vcf" : ".csv")
        let handle = try file.writing()
        let writer = try ContactFiles.writer(handle: handle, fileName: "out", format: format)
        for contact in contacts { try writer.write(contact) }
        try writer.finish()
        try handle.close()
        return file
    }

    func bytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }
}

extension Array where Element == Handle {
    /// `kind value label` of each handle, for compact comparisons.
    var summary: [String] { map { "\($0.kind.rawValue) \($0.value) [\($0.label)]" } }
}
