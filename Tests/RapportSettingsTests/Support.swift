import Foundation

/// The package's top folder, found from this file's path.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped theme files.
let themesFolder = packageRoot.appendingPathComponent("Themes")

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-settings-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

extension URL {
    /// Writes `text` to `name` in this folder and returns the file's path.
    @discardableResult
    func write(_ text: String, to name: String) throws -> String {
        let file = appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file.path
    }
}

/// The error a throwing call threw, as its one-line description.
func errorLine<T>(_ body: () throws -> T) -> String? {
    do {
        _ = try body()
        return nil
    } catch {
        return "\(error)"
    }
}
