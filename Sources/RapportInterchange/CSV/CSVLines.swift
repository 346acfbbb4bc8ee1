/// Counts physical lines in CSV fields.
enum CSVLines {
    /// The lines a row spans: one, plus each line break inside its fields
    /// (CR LF, LF or CR counting once).
    static func count<C: Collection>(in fields: C) -> Int where C.Element == String {
        1 + fields.reduce(0) { $0 + breaks(in: $1) }
    }

    static func breaks(in field: String) -> Int {
        var count = 0
        var afterCR = false
        for byte in field.utf8 {
            if byte == 0x0D { count += 1; afterCR = true; continue }
            if byte == 0x0A && !afterCR { count += 1 }
            afterCR = false
        }
        return count
    }
}
