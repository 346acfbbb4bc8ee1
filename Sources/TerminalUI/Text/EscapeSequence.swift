/// Where a terminal escape sequence in user text ends, so the sanitizer can
/// replace it whole (ECMA-48: CSI, the string sequences OSC/DCS/SOS/PM/APC,
/// and short ESC sequences).
enum EscapeSequence {
    /// The longest string sequence looked for; an unterminated one only loses its introducer.
    static let maxStringLength = 4096

    /// OSC, DCS, SOS, PM, APC in their C1 form.
    static func isStringIntroducer(_ value: UInt32) -> Bool {
        value == 0x9D || value == 0x90 || value == 0x98 || value == 0x9E || value == 0x9F
    }

    /// The index just past the sequence starting at `start` (an ESC or a C1 introducer).
    static func end(in scalars: [Unicode.Scalar], from start: Int) -> Int {
        let first = scalars[start].value
        if first == 0x9B { return endOfControlSequence(scalars, from: start + 1) }
        if isStringIntroducer(first) { return endOfString(scalars, from: start + 1) ?? start + 1 }
        let next = start + 1
        guard next < scalars.count else { return next }
        switch scalars[next].value {
        case 0x5B: // [
            return endOfControlSequence(scalars, from: next + 1)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F: // ] P X ^ _
            return endOfString(scalars, from: next + 1) ?? next
        case 0x20...0x2F:
            var index = next
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
            return index
        case 0x30...0x7E:
            return next + 1
        default:
            return next
        }
    }

    /// Past the parameters, intermediates and final byte of a CSI sequence.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        if index < scalars.count, (0x40...0x7E).contains(scalars[index].value) { index += 1 }
        return index
    }

    /// Past the terminator (BEL, ESC \ or ST) of a string sequence; nil when none is near.
    private static func endOfString(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        let limit = min(scalars.count, start + maxStringLength)
        while index < limit {
            switch scalars[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:
                if index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
                return index
            default:
                index += 1
            }
        }
        return nil
    }
}
