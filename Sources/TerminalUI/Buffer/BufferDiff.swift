/// A run of changed cells on one row, all in one role: what a terminal
/// draws to bring the screen from one frame to the next. Runs always start
/// and end on whole clusters, so wide characters are drawn once and whole.
public struct BufferRun: Hashable, Sendable {
    public let x: Int
    public let y: Int
    /// Columns covered.
    public let width: Int
    public let role: StyleRole
    /// The clusters to draw, continuations left out.
    public let text: String
}

extension ScreenBuffer {
    /// The runs that differ from `previous`; every cell when there is no
    /// previous frame or its size differs.
    public func changes(since previous: ScreenBuffer?) -> [BufferRun] {
        let full = previous.map { $0.width != width || $0.height != height } ?? true
        var runs: [BufferRun] = []
        for y in 0..<height {
            let row = (y * width)..<((y + 1) * width)
            var changed = row.map { index in full || previous?.cells[index] != cells[index] }
            widenToWholeClusters(&changed, row: y)
            appendRuns(of: changed, row: y, to: &runs)
        }
        return runs
    }

    /// Marks the whole cluster whenever any of its cells changed.
    private func widenToWholeClusters(_ changed: inout [Bool], row y: Int) {
        for x in 0..<width where changed[x] && cells[y * width + x].isContinuation {
            changed[leadColumn(x: x, y: y)] = true
        }
        var x = 0
        while x < width {
            let span = max(1, cells[y * width + x].width)
            if changed[x] {
                for column in x..<min(width, x + span) { changed[column] = true }
            }
            x += span
        }
    }

    private func appendRuns(of changed: [Bool], row y: Int, to runs: inout [BufferRun]) {
        var x = 0
        while x < width {
            guard changed[x] else {
                x += 1
                continue
            }
            let role = cells[y * width + x].role
            var text = ""
            let start = x
            while x < width, changed[x], cells[y * width + x].role == role {
                text += cells[y * width + x].text
                x += 1
            }
            runs.append(BufferRun(x: start, y: y, width: x - start, role: role, text: text))
        }
    }
}
