/// Byte helpers for ASCII text.
enum ASCII {
    @inline(__always) static func upper(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    @inline(__always) static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Upper-cased text of ASCII bytes (others are kept as they are).
    static func upperString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if !bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return String(decoding: bytes, as: UTF8.self) }
        return String(decoding: bytes.map(upper), as: UTF8.self)
    }
}
