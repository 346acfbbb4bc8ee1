import Foundation

/// An `OutputStream` for CSV.swift's writer that gathers bytes and passes
/// them to an `OutputBuffer` (or keeps them, when made for memory).
final class BufferedOutputStream: OutputStream {
    private let output: OutputBuffer?
    private var status: Stream.Status = .notOpen
    private(set) var failure: InterchangeError?
    private var pending: [UInt8] = []

    init(output: OutputBuffer) {
        self.output = output
        super.init(toMemory: ())
    }

    required init(toMemory: ()) {
        output = nil
        super.init(toMemory: ())
    }

    override func open() { status = .open }
    override func close() { status = .closed }
    override var streamStatus: Stream.Status { status }
    override var hasSpaceAvailable: Bool { failure == nil }

    override func write(_ source: UnsafePointer<UInt8>, maxLength: Int) -> Int {
        guard failure == nil else { return -1 }
        pending.append(contentsOf: UnsafeBufferPointer(start: source, count: maxLength))
        if pending.count >= 1 << 12 { drain() }
        return failure == nil ? maxLength : -1
    }

    /// Hands what was written so far to the output buffer.
    func drain() {
        guard let output, !pending.isEmpty, failure == nil else { return }
        do {
            try output.append(pending)
            pending.removeAll(keepingCapacity: true)
        } catch {
            failure = error
        }
    }
}
