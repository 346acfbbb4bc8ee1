/// A label and its value on one row ("Outlet    Le Monde"): the label padded
/// to `labelWidth` in the label role, the value truncated in the value role,
/// and `placeholder` in the placeholder role when the value is empty.
public struct LabelledField: Widget, Sendable {
    public var label: String
    public var value: String
    public var labelWidth: Int
    public var placeholder: String
    public var labelRole: StyleRole
    public var valueRole: StyleRole

    public init(_ label: String, value: String, labelWidth: Int, placeholder: String = "—",
                labelRole: StyleRole = .detailLabel, valueRole: StyleRole = .detailValue) {
        self.label = label
        self.value = value
        self.labelWidth = labelWidth
        self.placeholder = placeholder
        self.labelRole = labelRole
        self.valueRole = valueRole
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let row = area.row(0)
        let parts = row.columns([.fixed(labelWidth), .fill])
        buffer.fill(parts[0], role: labelRole)
        buffer.write(label, in: parts[0], role: labelRole)
        buffer.fill(parts[1], role: valueRole)
        if value.isEmpty {
            buffer.write(placeholder, in: parts[1], role: .placeholder)
        } else {
            buffer.write(value, in: parts[1], role: valueRole)
        }
    }
}
