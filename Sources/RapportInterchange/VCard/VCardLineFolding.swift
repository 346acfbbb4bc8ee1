/// Writes one content line folded at 75 octets (RFC 6350 §3.2), never
/// inside a UTF-8 sequence, each physical line ended by CR LF.
enum VCardLineFolding {
    static let limit = 75

    static func folded(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + bytes.count / 70 * 3 + 2)
        var start = 0
        var room = limit
        while bytes.count - start > room {
            var end = start + room
            while end > start + 1 && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            result.append(contentsOf: bytes[start..<end])
            result.append(contentsOf: [0x0D, 0x0A, 0x20])
            start = end
            room = limit - 1
        }
        result.append(contentsOf: bytes[start...])
        result.append(contentsOf: [0x0D, 0x0A])
        return result
    }
}
