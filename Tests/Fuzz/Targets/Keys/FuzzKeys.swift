@testable import CursesTerminal
import TerminalUI

/// The key decoding as it is today, behind one entry point the fuzzer
/// calls: what `CursesTerminal.readKey` does with what `wget_wch` returns
/// (a character, or a function-key code), including Esc followed by a
/// character becoming Alt; and key names as settings spell them. When key
/// decoding becomes one pure function, call it from `keys(from:)`.
enum KeyDecodingUnderFuzz {
    /// Each 5-byte record is one `wget_wch` result: a flag byte (odd: a
    /// function-key code, `KEY_CODE_YES`) and a little-endian 32-bit code.
    static func keys(from bytes: UnsafeBufferPointer<UInt8>) -> [Key] {
        var results: [(function: Bool, code: UInt32)] = []
        var index = 0
        while index + 5 <= bytes.count {
            var code: UInt32 = 0
            for offset in 0..<4 { code |= UInt32(bytes[index + 1 + offset]) << (8 * offset) }
            results.append((bytes[index] & 1 == 1, code))
            index += 5
        }
        var keys: [Key] = []
        var position = 0
        while position < results.count {
            let (function, code) = results[position]
            position += 1
            let key = function ? KeyCodes.key(forFunctionCode: Int32(bitPattern: code))
                : Key(codePoint: code) ?? .unknown(Int(code))
            guard key == .escape, position < results.count, !results[position].function,
                  let next = Key(codePoint: results[position].code), let alt = next.withAlt() else {
                keys.append(key)
                continue
            }
            position += 1
            keys.append(alt)
        }
        return keys
    }
}

/// libFuzzer entry: the first byte chooses key codes or a key name.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzKeys(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data + 1, count: size - 1)
    if data[0] & 1 == 0 {
        _ = KeyDecodingUnderFuzz.keys(from: bytes)
    } else if let key = try? Key(name: String(decoding: bytes, as: UTF8.self)) {
        _ = key.hashValue
    }
    return 0
}
