import RapportLocalization

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
            CenteredMessage(L10n.text("Terminal too small") + "\n" + L10n.text("need %1$d×%2$d", 40, 16)).render(into: &buffer, area: area)
            return
        }
        buffer.fill(area, role: .base)
        let parts = area.rows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        renderHeader(into: &buffer, area: parts[0])
        let body = parts[1].columns([.fraction(0.55), .fill], spacing: 1)
        renderList(into: &buffer, area: body[0])
        renderDetail(into: &buffer, area: body[1])
        buffer.write(status.isEmpty ? L10n.text("Saved.") : status, in: parts[2], role: status.isEmpty ? .statusSuccess : .statusInfo)
        KeyHintsBar([KeyHint(keys: "j/k", label: L10n.text("move", context: "key hint")), KeyHint(keys: "L", label: L10n.text("log", context: "key hint")),
                     KeyHint(keys: "?", label: L10n.text("help", context: "key hint")), KeyHint(keys: "q", label: L10n.text("quit", context: "key hint"))])
            .render(into: &buffer, area: parts[3])
    }

    private func renderHeader(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .header)
        var x = area.x + buffer.write(" Rapport ", in: area, role: .header) // l10n-exempt: the program's name
        for (index, tab) in [L10n.text("Review"), L10n.text("Contacts"), L10n.text("Exchanges")].enumerated() {
            x += buffer.write(" \(tab) ", x: x, y: area.y, maxWidth: area.maxX - x, role: index == 0 ? .headerTabActive : .headerTab)
        }
        buffer.write(L10n.text("theme: %@", themeName), x: x + 2, y: area.y, maxWidth: area.maxX - x - 2, role: .header)
    }

    private func renderList(into buffer: inout ScreenBuffer, area: Rect) {
        let columns = [ListColumn(L10n.text("Name"), width: .flexible(min: 8)), ListColumn(L10n.text("Warmth"), width: .fixed(7), alignment: .right)]
        let rows = [
            ListRow(["Zoë Lefèvre", ListCell("82", role: .warmthStrong)]),
            ListRow(["王小明", ListCell("61", role: .warmthWarm)], role: .listOverdue),
            ListRow(["Ana 👍🏽 Silva", ListCell("30", role: .warmthCooling)]),
            ListRow([ListCell(L10n.text("Ben Archived")), ListCell("8", role: .warmthCold)], role: .listDim),
        ]
        let parts = area.rows([.fixed(6), .fill])
        ListView(columns: columns, rows: rows, state: ListState(selected: 2), showHeader: true)
            .render(into: &buffer, area: parts[0])
        let legend: [(String, StyleRole, Double)] = [
            (L10n.text("cold", context: "warmth"), .warmthCold, 10), (L10n.text("cooling", context: "warmth"), .warmthCooling, 35),
            (L10n.text("warm", context: "warmth"), .warmthWarm, 60), (L10n.text("strong", context: "warmth"), .warmthStrong, 90),
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
        buffer.write(L10n.text("Contact"), in: rows[0], role: .detailHeading)
        LabelledField(L10n.text("Outlet"), value: "Le Monde", labelWidth: 9).render(into: &buffer, area: rows[1]) // l10n-exempt: sample data, a French outlet
        LabelledField(L10n.text("Title"), value: "", labelWidth: 9).render(into: &buffer, area: rows[2])
        var x = rows[3].x
        x += buffer.write("← " + L10n.text("in", context: "direction") + " ", in: rows[3], role: .directionIn)
        x += buffer.write("→ " + L10n.text("out", context: "direction") + " ", x: x, y: rows[3].y, role: .directionOut)
        x += buffer.write(L10n.text("gave", context: "intent") + " ", x: x, y: rows[3].y, role: .intentGave)
        buffer.write(L10n.text("asked", context: "intent"), x: x, y: rows[3].y, role: .intentAsked)
        Sparkline([0, 1, 3, 0, 2, 5, 1, 0, 4, 6]).render(into: &buffer, area: rows[4])
        buffer.write(L10n.text("warning: asked more than gave"), in: rows[5], role: .statusWarning)
        buffer.write(L10n.text("error: name is empty"), in: rows[6], role: .statusError)
        buffer.write(L10n.text("no notes yet"), in: rows[7], role: .placeholder)
        buffer.write(L10n.text("match"), in: rows[8], role: .listMatch)
        let formArea = rows[9]
        guard formArea.height >= 5 else { return }
        let box = Box(title: L10n.text("Log an exchange"), fillRole: .form)
        box.render(into: &buffer, area: formArea)
        let inner = box.inner(formArea).inset(left: 1, right: 1)
        let lines = inner.rows([.fixed(1), .fixed(1), .fixed(1)])
        let label = lines[0].columns([.fixed(9), .fill])
        buffer.write(L10n.text("Summary"), in: label[0], role: .formLabel)
        field.render(into: &buffer, area: label[1], role: .formFieldFocused)
        let other = lines[1].columns([.fixed(9), .fill])
        buffer.write(L10n.text("Channel"), in: other[0], role: .formLabel)
        buffer.fill(other[1], role: .formField)
        buffer.write(L10n.text("email", context: "channel"), in: other[1], role: .formField)
        buffer.write(L10n.text("summary is required"), in: lines[2], role: .formError)
    }
}
