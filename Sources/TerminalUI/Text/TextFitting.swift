/// Fitting clusters into a number of columns: truncation with `…`, padding
/// and alignment. Widths are display widths, never character counts.
public enum TextFitting {
    /// The clusters cut to at most `width` columns. Text that does not fit
    /// ends with `…`; a wide character that would straddle the cut becomes a
    /// space, so the result is exactly `width` columns when cut.
    public static func truncate(_ clusters: [DisplayCluster], to width: Int) -> [DisplayCluster] {
        guard width > 0 else { return [] }
        guard clusters.displayWidth > width else { return clusters }
        let room = width - 1
        var result: [DisplayCluster] = []
        var used = 0
        for cluster in clusters {
            guard used + cluster.width <= room else { break }
            result.append(cluster)
            used += cluster.width
        }
        while used < room {
            result.append(.space)
            used += 1
        }
        result.append(.ellipsis)
        return result
    }

    /// One line of user text, sanitized and cut to `width` columns.
    public static func truncate(_ text: String, to width: Int) -> String {
        truncate(TextSanitizer.clusters(text), to: width).joinedText
    }

    /// The clusters cut to `width` columns (with `…`) and padded with
    /// spaces to exactly `width`, placed as `alignment` says.
    public static func fit(_ clusters: [DisplayCluster], width: Int, alignment: Alignment = .left) -> [DisplayCluster] {
        guard width > 0 else { return [] }
        let cut = truncate(clusters, to: width)
        let gap = width - cut.displayWidth
        let left = alignment.leftPadding(gap)
        return Array(repeating: .space, count: left) + cut + Array(repeating: .space, count: gap - left)
    }

    /// One line of user text, sanitized, cut and padded to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        fit(TextSanitizer.clusters(text), width: width, alignment: alignment).joinedText
    }
}

/// Where text sits in a wider space.
public enum Alignment: Hashable, Sendable {
    case left, center, right
}
