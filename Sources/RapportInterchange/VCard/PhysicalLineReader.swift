import Foundation

/// The lines of a file read in chunks, without their CR LF or LF, numbered
/// from 1; a UTF-8 byte order mark at the start is dropped.
final class PhysicalLineReader {
    private let handle: FileHandle
    private let fileName: String
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to look for the next newline: bytes before it have been searched.
    private var searched = 0
    private var atEnd = false
    private var atStart = true
    /// The number of the line last returned.
    private(set) var lineNumber = 0

    init(handle: FileHandle, fileName: String, chunkSize: Int = 1 << 18) {
        self.handle = handle
        self.fileName = fileName
        self.chunkSize = chunkSize
    }

    func next() throws(InterchangeError) -> [UInt8]? {
        while true {
            if let end = indexOfNewline() {
                let line = take(upTo: end)
                start = end + 1
                searched = start
                return line
            }
            searched = buffer.count
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = take(upTo: buffer.count)
                start = buffer.count
                return line
            }
            try fill()
        }
    }

    private func take(upTo end: Int) -> [UInt8] {
        var stop = end
        if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
        lineNumber += 1
        return Array(buffer[start..<stop])
    }

    private func indexOfNewline() -> Int? {
        let from = max(start, searched)
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress,
                  let found = memchr(base + from, 0x0A, bytes.count - from) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    private func fill() throws(InterchangeError) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            searched -= start
            start = 0
        }
        let chunk = try InputFile.read(handle, count: chunkSize, name: fileName)
        if chunk.isEmpty { atEnd = true }
        buffer.append(contentsOf: chunk)
        if atStart && (buffer.count >= 3 || atEnd) {
            atStart = false
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
            if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
                throw InterchangeError(file: fileName, line: 1, message: "the file is UTF-16; save it as UTF-8")
            }
        }
    }
}
