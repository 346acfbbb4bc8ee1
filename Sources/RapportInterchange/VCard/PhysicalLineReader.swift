import Foundation
import RapportLocalization

/// The lines of a file read in chunks, without their line ends, numbered
/// from 1; a UTF-8 byte order mark at the start is dropped.
///
/// Any mix of line ends is accepted: LF, CR LF, a lone CR (classic Mac), and
/// CR CR LF (iOS 5 exports). A run of CRs directly followed by LF ends one
/// line; CRs not followed by LF end one line each.
final class PhysicalLineReader {
    private let handle: FileHandle
    private let fileName: String
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to look for the next line end: bytes before it have been searched.
    private var searched = 0
    private var atEnd = false
    private var atStart = true
    /// The number of the line last returned.
    private(set) var lineNumber = 0

    init(handle: FileHandle, fileName: String, chunkSize: Int = 1 << 18) {
        self.handle = handle
        self.fileName = fileName
        self.chunkSize = max(1, chunkSize)
    }

    func next() throws(InterchangeError) -> [UInt8]? {
        while true {
            if let (end, after) = lineEnd() {
                let line = take(upTo: end)
                start = after
                searched = start
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = take(upTo: buffer.count)
                start = buffer.count
                searched = start
                return line
            }
            try fill()
        }
    }

    private func take(upTo end: Int) -> [UInt8] {
        lineNumber += 1
        return Array(buffer[start..<end])
    }

    /// Where the current line's content ends and the next line starts, or
    /// nil when more bytes must be read to know (a CR at the end of the
    /// buffer may be followed by an LF in the next chunk).
    private func lineEnd() -> (end: Int, after: Int)? {
        let from = max(start, searched)
        guard from < buffer.count else { return nil }
        let found = buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            let newline = memchr(base + from, 0x0A, bytes.count - from)
                .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
            let limit = newline ?? bytes.count
            guard limit > from, let cr = memchr(base + from, 0x0D, limit - from) else { return newline }
            return base.distance(to: cr.assumingMemoryBound(to: UInt8.self))
        }
        guard let first = found else {
            searched = buffer.count
            return nil
        }
        if buffer[first] == 0x0A { return (first, first + 1) }
        var index = first
        while index < buffer.count && buffer[index] == 0x0D { index += 1 }
        if index == buffer.count && !atEnd {
            searched = first
            return nil
        }
        if index < buffer.count && buffer[index] == 0x0A { return (first, index + 1) }
        return (first, first + 1)
    }

    private func fill() throws(InterchangeError) {
        if start > 0 {
            buffer.removeSubrange(0..<start)
            searched = max(0, searched - start)
            start = 0
        }
        let chunk = try InputFile.read(handle, count: chunkSize, name: fileName)
        if chunk.isEmpty { atEnd = true }
        buffer.append(contentsOf: chunk)
        if atStart && (buffer.count >= 3 || atEnd) {
            atStart = false
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
            if buffer.starts(with: [0xFF, 0xFE]) || buffer.starts(with: [0xFE, 0xFF]) {
                throw InterchangeError(file: fileName, line: 1, message: L10n.text("the file is UTF-16; save it as UTF-8"))
            }
        }
    }
}
