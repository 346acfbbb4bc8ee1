/// Hands out terminal colour-pair numbers for (foreground, background)
/// colour numbers, on demand, as curses-style terminals need. Pair 0 is the
/// terminal default and never handed out; when the terminal's pairs run
/// out, further combinations fall back to pair 0 instead of failing.
public struct ColorPairs: Sendable {
    /// A pair to define: its number and colour numbers (-1 = default).
    public struct Pair: Hashable, Sendable {
        public let number: Int
        public let fg: Int
        public let bg: Int
    }

    /// How many pairs the terminal has (ncurses `COLOR_PAIRS`), including pair 0.
    public let capacity: Int
    private var numbers: [Int64: Int] = [:]

    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// How many pairs have been handed out.
    public var count: Int { numbers.count }

    /// The pair number for `fg` on `bg` (colour numbers, -1 for default), and
    /// the pair to define when it is new. Default on default is always pair 0.
    public mutating func pair(fg: Int, bg: Int) -> (number: Int, toDefine: Pair?) {
        if fg == -1 && bg == -1 { return (0, nil) }
        let key = Int64(fg) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: bg)))
        if let known = numbers[key] { return (known, nil) }
        let next = numbers.count + 1
        guard next < capacity else { return (0, nil) }
        numbers[key] = next
        return (next, Pair(number: next, fg: fg, bg: bg))
    }

    /// Forgets every pair (for a new theme or after the terminal was reset).
    public mutating func reset() {
        numbers.removeAll()
    }
}
