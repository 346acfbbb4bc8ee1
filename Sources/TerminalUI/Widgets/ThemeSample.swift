/// A sample screen that uses every style role, for previewing a theme and
/// as a smoke test of a real terminal (widths, colours, cursor).
public struct ThemeSample: Widget, Sendable {
    public var themeName: String
    /// A line about the terminal (size, colours, last key) shown in the status line.
    public var status: String
    public var field: LineEditor

    public init(themeName: String, status: String = "", field: LineEditor = LineEditor(text: "Zoë 漢字 👍🏽")) {
        self.themeName = themeName
        self.status = status
        self.field = field
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.width >= 40, area.height >= 16 else {
            CenteredMessage("Terminal too small\nneed 40×16").render(into: &buffer, area: area)
            return
        }
        buffer.fill(area, role: .base)
        let parts = area.rows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        renderHeader(into: &buffer, area: parts[0])
        let body = parts[1].columns([.fraction(0.55), .fill], spacing: 1)
        renderList(into: &buffer, area: body[0])
        renderDetail(into: &buffer, area: body[1])
        buffer.write(status.isEmpty ? "Saved." : status, in: parts[2], role: status.isEmpty ? .statusSuccess : .statusInfo)
        KeyHintsBar([KeyHint(keys: "j/k", label: "move"), KeyHint(keys: "L", label: "log"),
                     KeyHint(keys: "?", label: "help"), KeyHint(keys: "q", label: "quit")])
            .render(into: &buffer, area: parts[3])
    }

    private func renderHeader(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .header)
        var x = area.x + buffer.write(" Rapport ", in: area, role: .header)
        for (index, tab) in ["Review", "Contacts", "Exchanges"].enumerated() {
            x += buffer.write(" \(tab) ", x: x, y: area.y, maxWidth: area.maxX - x, role: index == 0 ? .headerTabActive : .headerTab)
        }
        buffer.write("theme: " + themeName, x: x + 2, y: area.y, maxWidth: area.maxX - x - 2, role: .header)
    }

    private func renderList(into buffer: inout ScreenBuffer, area: Rect) {
        let columns = [ListColumn("Name", width: .flexible(min: 8)), ListColumn("Warmth", width: .fixed(6), alignment: .right)]
        let rows = [
            ListRow(["Zoë Lefèvre", ListCell("82", role: .warmthStrong)]),
            ListRow(["王小明", ListCell("61", role: .warmthWarm)], role: .listOverdue),
            ListRow(["Ana 👍🏽 Silva", ListCell("30", role: .warmthCooling)]),
            ListRow(["Ben Archived", ListCell("8", role: .warmthCold)], role: .listDim),
        ]
        let parts = area.rows([.fixed(6), .fill])
        ListView(columns: columns, rows: rows, state: ListState(selected: 2), showHeader: true)
            .render(into: &buffer, area: parts[0])
        let legend: [(String, StyleRole, Double)] = [
            ("cold", .warmthCold, 10), ("cooling", .warmthCooling, 35), ("warm", .warmthWarm, 60), ("strong", .warmthStrong, 90),
        ]
        for (offset, entry) in legend.enumerated() where offset < parts[1].height {
            let row = parts[1].row(offset).columns([.fixed(8), .fill])
            buffer.write(entry.0, in: row[0], role: entry.1)
            HorizontalBar(value: entry.2, role: entry.1).render(into: &buffer, area: row[1])
        }
    }

    private func renderDetail(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .detail)
        let rows = area.rows(Array(repeating: .fixed(1), count: 9) + [.fill])
        buffer.write("Contact", in: rows[0], role: .detailHeading)
        LabelledField("Outlet", value: "Le Monde", labelWidth: 8).render(into: &buffer, area: rows[1])
        LabelledField("Title", value: "", labelWidth: 8).render(into: &buffer, area: rows[2])
        var x = rows[3].x
        x += buffer.write("← in ", in: rows[3], role: .directionIn)
        x += buffer.write("→ out ", x: x, y: rows[3].y, role: .directionOut)
        x += buffer.write("gave ", x: x, y: rows[3].y, role: .intentGave)
        buffer.write("asked", x: x, y: rows[3].y, role: .intentAsked)
        Sparkline([0, 1, 3, 0, 2, 5, 1, 0, 4, 6]).render(into: &buffer, area: rows[4])
        buffer.write("warning: asked more than gave", in: rows[5], role: .statusWarning)
        buffer.write("error: name is empty", in: rows[6], role: .statusError)
        buffer.write("no notes yet", in: rows[7], role: .placeholder)
        buffer.write("match", in: rows[8], role: .listMatch)
        let formArea = rows[9]
        guard formArea.height >= 5 else { return }
        let box = Box(title: "Log exchange", fillRole: .form)
        box.render(into: &buffer, area: formArea)
        let inner = box.inner(formArea).inset(left: 1, right: 1)
        let lines = inner.rows([.fixed(1), .fixed(1), .fixed(1)])
        let label = lines[0].columns([.fixed(9), .fill])
        buffer.write("Summary", in: label[0], role: .formLabel)
        field.render(into: &buffer, area: label[1], role: .formFieldFocused)
        let other = lines[1].columns([.fixed(9), .fill])
        buffer.write("Channel", in: other[0], role: .formLabel)
        buffer.fill(other[1], role: .formField)
        buffer.write("email", in: other[1], role: .formField)
        buffer.write("summary is required", in: lines[2], role: .formError)
    }
}
