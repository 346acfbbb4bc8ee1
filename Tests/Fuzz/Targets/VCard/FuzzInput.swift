import Foundation

/// Hands a fuzz input to readers that take a file: one scratch file per
/// process, rewritten for each input.
enum FuzzInput {
    static let path = NSTemporaryDirectory() + "rapport-fuzz-\(getpid())"

    static func file(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        let bytes = Data(bytes: data, count: size)
        _ = FileManager.default.createFile(atPath: path, contents: bytes)
        return path
    }
}
