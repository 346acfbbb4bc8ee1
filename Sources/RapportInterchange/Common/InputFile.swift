import Foundation
import RapportLocalization

/// Opens files for reading with errors that name the file.
enum InputFile {
    static func open(_ path: String, name: String) throws(InterchangeError) -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InterchangeError(file: name, line: nil, message: L10n.text("no such file"))
        }
        guard !isDirectory.boolValue else { throw InterchangeError(file: name, line: nil, message: "is a directory") }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InterchangeError(file: name, line: nil, message: L10n.text("cannot be opened for reading"))
        }
        return handle
    }

    /// Up to `count` bytes; an empty array at the end of the file.
    static func read(_ handle: FileHandle, count: Int, name: String) throws(InterchangeError) -> [UInt8] {
        do {
            guard let data = try handle.read(upToCount: count) else { return [] }
            return [UInt8](data)
        } catch {
            throw InterchangeError(file: name, line: nil, message: L10n.text("cannot be read (%@)", error.localizedDescription))
        }
    }
}
