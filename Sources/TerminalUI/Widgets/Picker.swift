/// A list of choices in a bordered overlay, one highlighted: for choosing a
/// channel, a tier, a theme. It centres itself in the area it is given,
/// sized to its content, and scrolls to keep the selection visible.
public struct Picker: Widget, Sendable {
    public var title: String
    public var choices: [String]
    public var selected: Int
    public var borders: BorderSet
    public var role: StyleRole = .picker
    public var selectedRole: StyleRole = .pickerSelected

    public init(title: String, choices: [String], selected: Int, borders: BorderSet = .light) {
        self.title = title
        self.choices = choices
        self.selected = selected
        self.borders = borders
    }

    /// The size the picker would like: the widest choice or title, every choice.
    public var preferredSize: (width: Int, height: Int) {
        let widest = choices.map { TextSanitizer.clusters($0).displayWidth }.max() ?? 0
        let titleWidth = TextSanitizer.clusters(title).displayWidth + 4
        return (max(widest + 4, titleWidth, 12), choices.count + 2)
    }

    /// Where the picker draws itself within `area`.
    public func frame(in area: Rect) -> Rect {
        let size = preferredSize
        return area.overlay(width: size.width, height: size.height)
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        let frame = frame(in: area)
        let box = Box(title: title, borders: borders, fillRole: role)
        box.render(into: &buffer, area: frame)
        let inside = box.inner(frame)
        let list = ListView(
            columns: [ListColumn(width: .flexible())],
            rows: choices.map { ListRow([ListCell($0)]) },
            state: ListState(selected: choices.isEmpty ? nil : min(max(0, selected), choices.count - 1))
        )
        var styled = list
        styled.role = role
        styled.selectedRole = selectedRole
        styled.render(into: &buffer, area: inside.inset(left: 1, right: 1))
        buffer.fill(Rect(x: inside.x, y: inside.y, width: min(1, inside.width), height: inside.height), role: role)
        buffer.fill(Rect(x: inside.maxX - 1, y: inside.y, width: min(1, inside.width), height: inside.height), role: role)
        if let row = visibleRow(of: selected, rows: inside.height) {
            buffer.setRole(selectedRole, in: Rect(x: inside.x, y: inside.y + row, width: inside.width, height: 1))
        }
    }

    private func visibleRow(of index: Int, rows: Int) -> Int? {
        guard !choices.isEmpty, rows > 0 else { return nil }
        let state = ListState(selected: min(max(0, index), choices.count - 1)).scrolled(visibleRows: rows, count: choices.count)
        guard let selected = state.selected else { return nil }
        return selected - state.offset
    }
}
