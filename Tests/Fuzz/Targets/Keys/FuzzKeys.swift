import TerminalUI

/// libFuzzer entry for key decoding. The first byte chooses the mode: the
/// rest is either a raw byte stream from the terminal, decoded by
/// `KeyStreamDecoder.decodeKeys` (the same `EscapeSequenceDecoder` path the
/// live reader takes after an Esc), or a key name as config.toml spells it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    if data[0] & 1 == 0 {
        _ = KeyStreamDecoder.decodeKeys(Array(bytes))
    } else if let key = try? Key(name: String(decoding: bytes, as: UTF8.self)) {
        _ = key.hashValue
    }
    return 0
}
