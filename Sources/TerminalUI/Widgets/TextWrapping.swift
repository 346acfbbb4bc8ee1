/// Breaking text into lines of at most a given width: by words, at
/// grapheme boundaries, keeping the user's own line breaks.
public enum TextWrapping {
    /// The text wrapped to `width` columns, each line as clusters. A word
    /// longer than a line is cut between clusters; spaces at a break are dropped.
    public static func wrap(_ text: String, width: Int) -> [[DisplayCluster]] {
        guard width > 0 else { return [] }
        return TextSanitizer.lineClusters(text).flatMap { wrapLine($0, width: width) }
    }

    /// The text wrapped to `width` columns, each line as a string.
    public static func wrappedLines(_ text: String, width: Int) -> [String] {
        wrap(text, width: width).map(\.joinedText)
    }

    static func wrapLine(_ clusters: [DisplayCluster], width: Int) -> [[DisplayCluster]] {
        var lines: [[DisplayCluster]] = []
        var line: [DisplayCluster] = []
        var lineWidth = 0
        func finishLine() {
            while line.last == .space {
                line.removeLast()
            }
            lines.append(line)
            line = []
            lineWidth = 0
        }
        for (isSpace, token) in tokens(clusters) {
            let tokenWidth = token.displayWidth
            if isSpace {
                if line.isEmpty && !lines.isEmpty { continue }
                if lineWidth + tokenWidth > width {
                    finishLine()
                    continue
                }
                line += token
                lineWidth += tokenWidth
                continue
            }
            if lineWidth + tokenWidth > width && !line.isEmpty { finishLine() }
            for cluster in token {
                if lineWidth + cluster.width > width && !line.isEmpty { finishLine() }
                line.append(cluster)
                lineWidth += cluster.width
            }
        }
        if !line.isEmpty || lines.isEmpty { finishLine() }
        return lines
    }

    /// Runs of spaces and runs of other clusters, in order.
    private static func tokens(_ clusters: [DisplayCluster]) -> [(Bool, [DisplayCluster])] {
        var result: [(Bool, [DisplayCluster])] = []
        for cluster in clusters {
            let isSpace = cluster == .space
            if let last = result.last, last.0 == isSpace {
                result[result.count - 1].1.append(cluster)
            } else {
                result.append((isSpace, [cluster]))
            }
        }
        return result
    }
}
