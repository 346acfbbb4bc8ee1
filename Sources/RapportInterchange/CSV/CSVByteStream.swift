import Foundation

/// The bytes of a CSV file as an `InputStream` for CSV.swift, read in
/// chunks, made valid UTF-8 line by line (`CSVTextRepair`: the reader warns
/// about the lines repaired), followed by a line holding `endMarker`. The marker shows where
/// the file ended: it comes back as a row of its own after a well-formed
/// file, and at the end of a field when a quote was left open.
final class CSVByteStream: InputStream {
    static let endMarker = "\u{1}RAPPORT-END-OF-FILE\u{1}"

    private let handle: FileHandle
    private let fileName: String
    /// Repaired bytes, ready for the parser.
    private var buffer: [UInt8] = []
    /// Bytes read from the file and not yet repaired.
    private var raw: [UInt8] = []
    /// What was repaired so far, by line.
    private(set) var repair = CSVTextRepair()
    private var position = 0
    private var fileEnded = false
    private var markerAdded = false
    private var status: Stream.Status = .notOpen
    /// A read error, kept for the reader to report.
    private(set) var failure: InterchangeError?

    init(handle: FileHandle, fileName: String) {
        self.handle = handle
        self.fileName = fileName
        super.init(data: Data())
    }

    /// The start of the file as it is, before any repair (at least its
    /// first line when it fits in a chunk), without consuming it.
    func peekStart() throws(InterchangeError) -> [UInt8] {
        while !fileEnded && !raw.contains(0x0A) && raw.count < 1 << 20 { try fillFromFile() }
        return raw
    }

    /// The repairs of lines before `line`, for the reader to report with the row that holds them.
    func repairs(before line: Int) -> [CSVTextRepair.Repair] {
        repair.take(before: line)
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var hasBytesAvailable: Bool {
        if position < buffer.count { return true }
        refill()
        return position < buffer.count
    }

    override func read(_ destination: UnsafeMutablePointer<UInt8>, maxLength: Int) -> Int {
        if position >= buffer.count { refill() }
        let count = min(maxLength, buffer.count - position)
        guard count > 0 else { return 0 }
        buffer.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { destination.update(from: base + position, count: count) }
        }
        position += count
        return count
    }

    private func refill() {
        guard position >= buffer.count else { return }
        buffer.removeAll(keepingCapacity: true)
        position = 0
        // Whole lines only reach the parser, so a line is repaired as a whole.
        while buffer.isEmpty && (!fileEnded || !raw.isEmpty) && failure == nil {
            if raw.isEmpty && !fileEnded {
                do { try fillFromFile() } catch { failure = error; fileEnded = true; break }
            }
            let chunk = raw
            raw.removeAll(keepingCapacity: true)
            buffer = repair.feed(chunk, final: fileEnded)
        }
        if fileEnded && buffer.isEmpty && !markerAdded && failure == nil {
            markerAdded = true
            buffer = Array(("\n" + Self.endMarker).utf8)
        }
    }

    private func fillFromFile() throws(InterchangeError) {
        let chunk = try InputFile.read(handle, count: 1 << 16, name: fileName)
        if chunk.isEmpty { fileEnded = true }
        raw.append(contentsOf: chunk)
    }
}
