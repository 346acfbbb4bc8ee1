/// Rows in the text format of PostgreSQL's `COPY … FROM STDIN`: fields
/// separated by tabs, rows ended by a newline, SQL NULL as `\N`, and
/// backslash, tab, newline and carriage return escaped with a backslash.
enum PGCopyText {
    /// How many bytes are sent to the server at a time.
    static let chunkSize = 1 << 18

    static func append(_ row: [String?], to buffer: inout [UInt8]) {
        for (index, field) in row.enumerated() {
            if index > 0 { buffer.append(0x09) }
            guard let field else {
                buffer.append(0x5C)
                buffer.append(0x4E)
                continue
            }
            let utf8 = field.utf8
            let plain = utf8.withContiguousStorageIfAvailable { bytes in
                !bytes.contains { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            }
            if plain == true {
                buffer.append(contentsOf: utf8)
                continue
            }
            for byte in utf8 {
                switch byte {
                case 0x5C: buffer.append(0x5C); buffer.append(0x5C)
                case 0x09: buffer.append(0x5C); buffer.append(0x74)
                case 0x0A: buffer.append(0x5C); buffer.append(0x6E)
                case 0x0D: buffer.append(0x5C); buffer.append(0x72)
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(0x0A)
    }
}
