import RapportCore
import TerminalUI

/// The `?` screen: every key, generated from the key table.
struct HelpOverlay: Widget {
    let keymap: Keymap<AppAction>
    let scroll: Int
    let borders: BorderSet

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let table = HelpTable(sections: keymap.helpSections())
        let box = area.overlay(width: min(area.width - 2, 76), height: min(area.height - 2, table.lineCount + 4), margin: 1)
        let frame = Box(title: "Keys — Esc, ? or q closes", borders: borders, fillRole: .help)
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        HelpTable(sections: keymap.helpSections(), firstLine: scroll).render(into: &buffer, area: inner)
    }
}

/// A form over the screen: warnings on top, one field per row (label,
/// value, then the error or a hint), the keys at the bottom.
struct FormOverlay: Widget {
    let form: FormState
    let borders: BorderSet
    static let labelWidth = 14

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let warnings = form.warnings + (form.error.map { [$0] } ?? [])
        let height = min(area.height - 2, form.fields.count + warnings.count + 4)
        let box = area.overlay(width: min(area.width - 2, 78), height: height, margin: 1)
        let frame = Box(title: form.title, borders: borders, fillRole: .form)
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        guard inner.height > 0 else { return }
        var y = inner.y
        for warning in warnings where y < inner.maxY - 1 {
            let role: StyleRole = warning == form.error ? .formError : .formWarning
            buffer.write("⚠ " + warning, x: inner.x, y: y, maxWidth: inner.width, role: role)
            y += 1
        }
        // Keep the focused field on screen when the terminal is short.
        let rows = max(1, inner.maxY - 1 - y)
        let first = max(0, min(form.focus - rows + 1, form.fields.count - rows))
        var cursor: (Int, Int)?
        for (index, field) in form.fields.enumerated().dropFirst(first).prefix(rows) {
            let focused = index == form.focus
            let labelWidth = min(FormOverlay.labelWidth, max(4, inner.width / 3))
            buffer.write(field.label, x: inner.x, y: y, maxWidth: labelWidth - 1, role: focused ? .formFieldFocused : .formLabel)
            let valueArea = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1)
            let note = field.error ?? (focused || field.value.isEmpty ? field.hint : "")
            let noteRole: StyleRole = field.error == nil ? .formHint : .formError
            switch field.kind {
            case .text(var editor):
                let noteWidth = note.isEmpty ? 0 : min(DisplayWidth.of(note) + 2, valueArea.width / 2)
                let fieldArea = Rect(x: valueArea.x, y: y, width: max(1, valueArea.width - noteWidth), height: 1)
                editor.scrollToCursor(width: fieldArea.width)
                let x = editor.render(into: &buffer, area: fieldArea, role: focused ? .formFieldFocused : .formField,
                                      focused: focused, placeholder: "")
                if focused { cursor = (x, y) }
                if noteWidth > 0 {
                    buffer.write(note, x: fieldArea.maxX + 1, y: y, maxWidth: noteWidth - 1, role: noteRole)
                }
            case let .choice(options, selected):
                let label = options.indices.contains(selected) ? options[selected].label : ""
                let text = focused ? "‹ \(label) ›" : label
                let used = buffer.write(text, x: valueArea.x, y: y, maxWidth: valueArea.width,
                                        role: focused ? .formFieldFocused : .formField)
                if let error = field.error {
                    buffer.write("  " + error, x: valueArea.x + used, y: y, maxWidth: valueArea.width - used, role: .formError)
                } else if focused {
                    buffer.write("  ←/→ or a letter", x: valueArea.x + used, y: y, maxWidth: valueArea.width - used, role: .formHint)
                }
            }
            y += 1
        }
        let keys = "Enter save · Esc cancel · Tab/↓ next · Shift-Tab/↑ previous"
        buffer.write(keys, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, role: .formHint)
        if let (x, cursorY) = cursor { buffer.setCursor(x: x, y: cursorY) }
    }
}

/// A yes/no question.
struct ConfirmOverlay: Widget {
    let question: String
    let borders: BorderSet

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let width = min(area.width - 2, 64)
        let lines = TextWrapping.wrappedLines(question, width: max(10, width - 4))
        let box = area.overlay(width: width, height: min(area.height - 2, lines.count + 2), margin: 1)
        let frame = Box(title: "Confirm", borders: borders, fillRole: .form)
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + offset, maxWidth: inner.width, role: .form)
        }
    }
}
