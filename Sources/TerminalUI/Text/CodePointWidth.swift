/// Terminal column widths of single code points, as glibc's `wcwidth` gives
/// them in a UTF-8 locale (and so as tmux and ncurses count them):
/// combining marks, ZWJ and variation selectors 0, East-Asian wide and
/// emoji 2, other printable characters 1, and -1 for what is not printable
/// (controls, unassigned code points). The table is data, not a locale
/// lookup, so widths are the same in every process and test.
public enum CodePointWidth {
    /// The width of `scalar`: -1, 0, 1 or 2.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        of(scalar.value)
    }

    /// The width of the code point `value` (-1 outside the Unicode range).
    public static func of(_ value: UInt32) -> Int {
        if value >= 0x20 && value < 0x7F { return 1 }
        guard value <= 0x10FFFF else { return -1 }
        var low = 0, high = runStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if runStarts[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return Int(runWidths[low])
    }
}
