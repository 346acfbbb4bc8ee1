/// Makes the bytes of a CSV file valid UTF-8 before the CSV parser sees
/// them, one physical line at a time, and remembers which lines it
/// repaired so the reader can warn about the rows holding them. A line
/// that is valid UTF-8 passes unchanged; otherwise it is read as the
/// vCard reader reads a bad value (`VCardValueDecoder.lenientUTF8`): bad
/// bytes among valid multi-byte characters become U+FFFD, a line with no
/// multi-byte UTF-8 character at all is read as Windows-1252. Quotes,
/// delimiters and line breaks are ASCII, untouched by either repair, so
/// the rows and fields stay as the file has them.
///
/// Lines are numbered as the reader numbers them: CR LF, LF or CR ends a
/// line, counting once.
struct CSVTextRepair {
    /// One repaired line.
    struct Repair: Equatable {
        let line: Int
        let kind: VCardValueRepair
    }

    /// Repairs not yet claimed by a row (`take(upTo:)`), in line order.
    private(set) var repairs: [Repair] = []
    /// The number of the line the next byte belongs to.
    private var line = 1
    private var afterCR = false
    /// Bytes after the last line break seen, waiting for the rest of their line.
    private var partial: [UInt8] = []

    /// Takes a chunk of the file; returns the bytes that can be handed
    /// on: every complete line, repaired, and with `final` (the end of the
    /// file) the last one too.
    mutating func feed(_ chunk: [UInt8], final: Bool) -> [UInt8] {
        let before = partial.count
        partial.append(contentsOf: chunk)
        var end = partial.count
        if !final {
            // Only the new bytes are searched: a long line read in many chunks costs no more than once over.
            guard let lastBreak = chunk.lastIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return [] }
            end = before + lastBreak + 1
        }
        let input = partial
        partial = Array(input[end...])
        let region = input[..<end]
        if region.allSatisfy({ $0 < 0x80 }) || String(validating: region, as: UTF8.self) != nil {
            count(region)
            return Array(region)
        }
        var output: [UInt8] = []
        output.reserveCapacity(region.count + 16)
        var start = region.startIndex
        while start < region.endIndex {
            let stop = region[start...].firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) ?? region.endIndex
            let text = region[start..<stop]
            if !text.isEmpty {
                afterCR = false
                let (repaired, kind) = VCardValueDecoder.lenientUTF8(text)
                if let kind {
                    repairs.append(Repair(line: line, kind: kind))
                    output.append(contentsOf: repaired.utf8)
                } else {
                    output.append(contentsOf: text)
                }
            }
            if stop < region.endIndex {
                count(region[stop...stop])
                output.append(region[stop])
            }
            start = stop + 1
        }
        return output
    }

    /// The repairs of lines before `line`, removed from the list.
    mutating func take(before line: Int) -> [Repair] {
        let count = repairs.prefix { $0.line < line }.count
        guard count > 0 else { return [] }
        defer { repairs.removeFirst(count) }
        return Array(repairs.prefix(count))
    }

    private mutating func count(_ bytes: ArraySlice<UInt8>) {
        for byte in bytes {
            if byte == 0x0D {
                line += 1
                afterCR = true
            } else {
                if byte == 0x0A && !afterCR { line += 1 }
                afterCR = false
            }
        }
    }
}
