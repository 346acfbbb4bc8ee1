/// How much of a split a part takes: used by `Rect.rows(_:)` and `Rect.columns(_:)`.
public enum LayoutSize: Hashable, Sendable {
    /// Exactly this many cells (less when the whole is too small).
    case fixed(Int)
    /// This fraction (0…1) of the whole, rounded down.
    case fraction(Double)
    /// A share of what the fixed and fractional parts leave, by weight.
    case fill(Int)

    /// One share of the remaining space.
    public static let fill: LayoutSize = .fill(1)
}

extension Rect {
    /// Splits the rectangle top to bottom. Parts are laid out in order; when
    /// the space runs out, later parts get less (down to 0), never a negative size.
    public func rows(_ sizes: [LayoutSize], spacing: Int = 0) -> [Rect] {
        let lengths = Rect.distribute(height, sizes: sizes, spacing: spacing)
        var top = y
        return lengths.map { length in
            defer { top += length + max(0, spacing) }
            return Rect(x: x, y: min(top, maxY), width: width, height: length)
        }
    }

    /// Splits the rectangle left to right, like `rows(_:spacing:)`.
    public func columns(_ sizes: [LayoutSize], spacing: Int = 0) -> [Rect] {
        let lengths = Rect.distribute(width, sizes: sizes, spacing: spacing)
        var left = x
        return lengths.map { length in
            defer { left += length + max(0, spacing) }
            return Rect(x: min(left, maxX), y: y, width: length, height: height)
        }
    }

    /// The lengths of each part of `total` cells.
    static func distribute(_ total: Int, sizes: [LayoutSize], spacing: Int) -> [Int] {
        guard !sizes.isEmpty else { return [] }
        let gaps = max(0, spacing) * (sizes.count - 1)
        var remaining = max(0, total - gaps)
        var lengths = [Int](repeating: 0, count: sizes.count)
        for (index, size) in sizes.enumerated() {
            let wanted: Int
            switch size {
            case .fixed(let cells): wanted = max(0, cells)
            case .fraction(let share): wanted = Int((Double(total) * min(max(share, 0), 1)).rounded(.down))
            case .fill: continue
            }
            lengths[index] = min(wanted, remaining)
            remaining -= lengths[index]
        }
        let weights = sizes.map { size -> Int in
            if case .fill(let weight) = size { return max(0, weight) }
            return 0
        }
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0 else { return lengths }
        var handedOut = 0
        var lastFill = 0
        for (index, weight) in weights.enumerated() where weight > 0 {
            lengths[index] = remaining * weight / totalWeight
            handedOut += lengths[index]
            lastFill = index
        }
        lengths[lastFill] += remaining - handedOut
        return lengths
    }
}
