import Foundation
import RapportLocalization

/// Bytes on their way to a file handle, written in blocks of 64 KiB.
final class OutputBuffer {
    private let handle: FileHandle
    private let fileName: String
    private var bytes: [UInt8] = []
    private let blockSize = 1 << 16

    init(handle: FileHandle, fileName: String) {
        self.handle = handle
        self.fileName = fileName
        bytes.reserveCapacity(blockSize)
    }

    func append<S: Sequence>(_ more: S) throws(InterchangeError) where S.Element == UInt8 {
        bytes.append(contentsOf: more)
        if bytes.count >= blockSize { try flush() }
    }

    func flush() throws(InterchangeError) {
        guard !bytes.isEmpty else { return }
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw InterchangeError(file: fileName, line: nil, message: L10n.text("cannot be written (%@)", error.localizedDescription))
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
