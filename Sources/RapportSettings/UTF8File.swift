import Foundation
import RapportLocalization

/// Reads a settings or theme file as text. TOML is UTF-8, and toml++
/// (inside TOMLKit) must only ever see valid UTF-8, so a file that is not
/// is refused with the line of its first invalid byte sequence, instead of
/// being read with replacement characters or refused without a line.
enum UTF8File {
    /// The file's text, or nil when it cannot be read at all.
    static func read(_ path: String) throws(SettingsError) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try decode(Array(data), file: path)
    }

    static func decode(_ bytes: [UInt8], file: String) throws(SettingsError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            case .error:
                throw SettingsError(file: file, line: line, L10n.text("not UTF-8 text (an invalid byte sequence); save the file as UTF-8"))
            }
        }
    }
}
