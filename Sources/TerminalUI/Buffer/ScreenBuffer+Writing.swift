extension ScreenBuffer {
    /// Writes one line of user text at (x, y) in `role`, after `TextSanitizer`.
    /// It never goes past `maxWidth` columns nor the buffer's edge: text that
    /// does not fit ends with `…`, and a wide character that would be cut is
    /// replaced by spaces. Returns the columns used.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole) -> Int {
        write(clusters: TextSanitizer.clusters(text), x: x, y: y, maxWidth: maxWidth, role: role)
    }

    /// Writes text on row `area.y` from `area.x`, within `area.width` columns.
    @discardableResult
    public mutating func write(_ text: String, in area: Rect, role: StyleRole) -> Int {
        guard area.height > 0 else { return 0 }
        return write(text, x: area.x, y: area.y, maxWidth: area.width, role: role)
    }

    /// Writes clusters that went through `TextSanitizer`, as `write(_:x:y:maxWidth:role:)` does.
    @discardableResult
    public mutating func write(clusters: [DisplayCluster], x: Int, y: Int, maxWidth: Int? = nil, role: StyleRole) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth ?? Int.max, width - x)
        guard limit > 0 else { return 0 }
        let fitted = TextFitting.truncate(clusters, to: limit)
        var column = x
        for cluster in fitted {
            put(cluster, x: column, y: y, role: role)
            column += cluster.width
        }
        return column - x
    }

    /// Fills a rectangle with `character` (a space by default) in `role`.
    public mutating func fill(_ rect: Rect, role: StyleRole, with character: Character = " ") {
        let clipped = rect.intersection(area)
        let clusters = TextSanitizer.clusters(String(character))
        let symbol = clusters.count == 1 && clusters[0].width == 1 ? clusters[0] : .space
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                put(symbol, x: x, y: y, role: role)
            }
        }
    }

    /// Changes the role of the cells in `rect`, keeping their text. A wide
    /// character partly inside takes the new role whole.
    public mutating func setRole(_ role: StyleRole, in rect: Rect) {
        let clipped = rect.intersection(area)
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                let lead = leadColumn(x: x, y: y)
                let leadCell = cells[y * width + lead]
                for column in lead..<min(width, lead + max(1, leadCell.width)) {
                    cells[y * width + column].role = role
                }
            }
        }
    }

    /// Draws one cluster with its left edge at column x. Parts outside the
    /// buffer are dropped; a cluster cut by an edge becomes spaces; a wide
    /// cluster it overlaps is replaced by spaces first.
    mutating func put(_ cluster: DisplayCluster, x: Int, y: Int, role: StyleRole) {
        guard y >= 0, y < height, cluster.width > 0 else { return }
        let end = x + cluster.width
        guard end > 0, x < width else { return }
        if x < 0 || end > width {
            for column in max(0, x)..<min(width, end) {
                put(.space, x: column, y: y, role: role)
            }
            return
        }
        for column in x..<end { breakWideCluster(x: column, y: y) }
        cells[y * width + x] = Cell(text: cluster.text, width: cluster.width, role: role)
        for column in (x + 1)..<end {
            cells[y * width + column] = .continuation(role)
        }
    }

    /// The column of the cluster covering (x, y).
    func leadColumn(x: Int, y: Int) -> Int {
        var column = x
        while column > 0 && cells[y * width + column].isContinuation { column -= 1 }
        return column
    }

    /// Replaces the wide cluster covering (x, y), if any, by spaces in its role.
    private mutating func breakWideCluster(x: Int, y: Int) {
        let lead = leadColumn(x: x, y: y)
        let leadCell = cells[y * width + lead]
        guard leadCell.width > 1 || leadCell.isContinuation else { return }
        var column = lead
        repeat {
            cells[y * width + column] = .blank(leadCell.role)
            column += 1
        } while column < width && cells[y * width + column].isContinuation
    }
}
