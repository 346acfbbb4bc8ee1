/// One line of text whose clusters each carry a role (a search match inside
/// a name, say), cut and padded as a whole: when it does not fit, the last
/// column shows `…`, so a line never stops silently between two pieces.
public struct StyledText: Hashable, Sendable {
    public private(set) var clusters: [DisplayCluster] = []
    public private(set) var roles: [StyleRole] = []

    public init() {}

    /// User text in one role (sanitized).
    public init(_ text: String, role: StyleRole) {
        append(text, role: role)
    }

    /// User text (sanitized) with the clusters in `marked` (indexes into
    /// `TextSanitizer.clusters(text)`) in `markRole`, the rest in `role`.
    public init(_ text: String, role: StyleRole, marked: [Range<Int>], markRole: StyleRole) {
        let clusters = TextSanitizer.clusters(text)
        var roles = [StyleRole](repeating: role, count: clusters.count)
        for range in marked {
            for index in range where roles.indices.contains(index) { roles[index] = markRole }
        }
        self.clusters = clusters
        self.roles = roles
    }

    public mutating func append(_ text: String, role: StyleRole) {
        append(clusters: TextSanitizer.clusters(text), role: role)
    }

    public mutating func append(clusters more: [DisplayCluster], role: StyleRole) {
        clusters += more
        roles += [StyleRole](repeating: role, count: more.count)
    }

    public mutating func append(_ other: StyledText) {
        clusters += other.clusters
        roles += other.roles
    }

    public var displayWidth: Int { clusters.displayWidth }
    public var text: String { clusters.joinedText }
    public var isEmpty: Bool { clusters.isEmpty }

    /// Runs of clusters that share a role, in order.
    public var runs: [(text: String, role: StyleRole)] {
        var result: [(text: String, role: StyleRole)] = []
        for (cluster, role) in zip(clusters, roles) {
            if let last = result.last, last.role == role {
                result[result.count - 1].text += cluster.text
            } else {
                result.append((cluster.text, role))
            }
        }
        return result
    }

    /// At most `width` columns. Text that does not fit ends with `…` in the
    /// role of the first cluster it hides, or in `reveal` when any hidden
    /// cluster has that role (so a match past the edge still shows); a wide
    /// character straddling the cut becomes spaces, as `TextFitting` does.
    public func truncated(to width: Int, reveal: StyleRole? = nil) -> StyledText {
        guard width > 0 else { return StyledText() }
        guard displayWidth > width else { return self }
        let room = width - 1
        var result = StyledText()
        var used = 0
        var kept = 0
        for cluster in clusters {
            guard used + cluster.width <= room else { break }
            used += cluster.width
            kept += 1
        }
        result.clusters = Array(clusters[..<kept])
        result.roles = Array(roles[..<kept])
        let hidden = roles[kept...]
        let firstHidden = hidden.first ?? roles.last ?? .base
        while used < room {
            result.append(clusters: [.space], role: firstHidden)
            used += 1
        }
        let ellipsisRole = reveal.flatMap { hidden.contains($0) ? $0 : nil } ?? firstHidden
        result.append(clusters: [.ellipsis], role: ellipsisRole)
        return result
    }

    /// Cut to `width` columns (as `truncated`) and padded with spaces in
    /// `padRole` to exactly `width`, placed as `alignment` says.
    public func fitted(width: Int, alignment: Alignment = .left, padRole: StyleRole, reveal: StyleRole? = nil) -> StyledText {
        guard width > 0 else { return StyledText() }
        let cut = truncated(to: width, reveal: reveal)
        let gap = width - cut.displayWidth
        let left = alignment.leftPadding(gap)
        var result = StyledText()
        result.append(clusters: Array(repeating: .space, count: left), role: padRole)
        result.append(cut)
        result.append(clusters: Array(repeating: .space, count: gap - left), role: padRole)
        return result
    }
}

extension ScreenBuffer {
    /// Writes styled text at (x, y), never past `maxWidth` columns nor the
    /// buffer's edge; text that does not fit is cut as a whole (see
    /// `StyledText.truncated`). Returns the columns used.
    @discardableResult
    public mutating func write(_ text: StyledText, x: Int, y: Int, maxWidth: Int? = nil, reveal: StyleRole? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? Int.max, width - x)
        guard limit > 0 else { return 0 }
        let fitted = text.truncated(to: limit, reveal: reveal)
        var column = x
        for (cluster, role) in zip(fitted.clusters, fitted.roles) {
            put(cluster, x: column, y: y, role: role)
            column += cluster.width
        }
        return column - x
    }
}

extension Alignment {
    /// Of `gap` blank columns around a text, how many go on its left.
    func leftPadding(_ gap: Int) -> Int {
        switch self {
        case .left: return 0
        case .right: return gap
        case .center: return gap / 2
        }
    }
}
