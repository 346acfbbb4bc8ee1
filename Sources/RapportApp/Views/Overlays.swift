import RapportCore
import RapportLocalization
import TerminalUI

/// The `?` screen: every key, generated from the key table.
struct HelpOverlay: Widget {
    let keymap: Keymap<AppAction>
    let scroll: Int
    let borders: BorderSet

    static func frame(keymap: Keymap<AppAction>, screen: Rect) -> (box: Rect, inner: Rect, table: HelpTable) {
        // Keys joined by spaces: "/" is a key itself.
        // AZERTY alternatives (`& é "`) are listed in French only.
        let table = HelpTable(sections: keymap.helpSections(separator: " ", showing: { AZERTY.shown($0) }))
        let box = screen.overlay(width: min(screen.width - 2, 76), height: min(screen.height - 2, table.lineCount + 2), margin: 1)
        return (box, box.inset(by: 1).inset(dx: 1, dy: 0), table)
    }

    /// The last line the help can scroll to at this screen size.
    static func scrollLimit(keymap: Keymap<AppAction>, screen: Rect) -> Int {
        let (_, inner, table) = frame(keymap: keymap, screen: screen)
        return max(0, table.lineCount - inner.height)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        var (box, inner, table) = HelpOverlay.frame(keymap: keymap, screen: area)
        Box(title: L10n.text("Keys — Esc, ? or q closes"), borders: borders, fillRole: .help).render(into: &buffer, area: box)
        table.firstLine = scroll
        table.moreBelow = L10n.text("↓ more below: %1$@, %2$@", keymap.keyLabel(for: .down), keymap.keyLabel(for: .pageDown))
        table.render(into: &buffer, area: inner)
    }
}

/// A form over the screen: warnings on top (wrapped, never cut), one field
/// per row (label, value, and the error next to it), then a line for the
/// focused field's hint or full error, then the keys.
struct FormOverlay: Widget {
    let form: FormState
    let borders: BorderSet
    static let labelWidth = 14

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let width = min(area.width - 2, 78)
        let textWidth = max(10, width - 4)
        var notices: [(String, StyleRole)] = []
        for warning in form.warnings {
            notices += TextWrapping.wrappedLines("⚠ " + warning, width: textWidth).map { ($0, StyleRole.formWarning) }
        }
        if let error = form.error {
            notices += TextWrapping.wrappedLines("✗ " + error, width: textWidth).map { ($0, StyleRole.formError) }
        }
        let height = min(area.height - 2, notices.count + form.fields.count + 4)
        let box = area.overlay(width: width, height: height, margin: 1)
        let frame = Box(title: form.title, borders: borders, fillRole: .form)
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        guard inner.height > 0 else { return }
        var y = inner.y
        // Warnings first, but always leave room for the focused field and the two last lines.
        for (line, role) in notices.prefix(max(0, inner.height - 3)) {
            buffer.write(line, x: inner.x, y: y, maxWidth: inner.width, role: role)
            y += 1
        }
        let rows = max(1, inner.maxY - 2 - y)
        let first = max(0, min(form.focus - rows + 1, form.fields.count - rows))
        // Wide enough for the longest label (French ones are longer), from 14 up to 18 columns.
        let widest = form.fields.map { DisplayWidth.of($0.label) + 1 }.max() ?? 0
        let labelWidth = min(min(max(FormOverlay.labelWidth, widest), 18), max(4, inner.width / 3))
        var cursor: (Int, Int)?
        for (index, field) in form.fields.enumerated().dropFirst(first).prefix(rows) {
            let focused = index == form.focus
            buffer.write(field.label, x: inner.x, y: y, maxWidth: labelWidth - 1, role: focused ? .formFieldFocused : .formLabel)
            let valueArea = Rect(x: inner.x + labelWidth, y: y, width: max(1, inner.width - labelWidth), height: 1)
            let error = field.error.map { "✗ " + $0 } ?? ""
            let errorWidth = error.isEmpty ? 0 : min(DisplayWidth.of(error) + 1, valueArea.width / 2)
            switch field.kind {
            case .text(var editor):
                let fieldArea = Rect(x: valueArea.x, y: y, width: max(1, valueArea.width - errorWidth), height: 1)
                editor.scrollToCursor(width: fieldArea.width)
                let x = editor.render(into: &buffer, area: fieldArea, role: focused ? .formFieldFocused : .formField,
                                      focused: focused, placeholder: "")
                if focused { cursor = (x, y) }
            case let .choice(options, selected):
                let label = options.indices.contains(selected) ? options[selected].label : ""
                buffer.write(focused ? "‹ \(label) ›" : label, x: valueArea.x, y: y,
                             maxWidth: valueArea.width - errorWidth, role: focused ? .formFieldFocused : .formField)
            }
            if errorWidth > 0 {
                buffer.write(error, x: valueArea.maxX - errorWidth + 1, y: y, maxWidth: errorWidth - 1, role: .formError)
            }
            y += 1
        }
        if form.fields.indices.contains(form.focus) {
            let field = form.fields[form.focus]
            let choiceHint: String
            if case .choice = field.kind { choiceHint = L10n.text("←/→ or a letter to choose") } else { choiceHint = "" }
            let line = field.error.map { "✗ " + L10n.text("%1$@: %2$@", field.label, $0) }
                ?? [field.hint, choiceHint].filter { !$0.isEmpty }.joined(separator: " · ")
            buffer.write(line, x: inner.x, y: inner.maxY - 2, maxWidth: inner.width, role: field.error == nil ? .formHint : .formError)
        }
        if form.confirmingDiscard {
            buffer.write(L10n.text("Discard changes? y/n"), x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, role: .formWarning)
        } else {
            let keys = L10n.text("Enter save · Esc cancel · Tab/↓ next · Shift-Tab/↑ previous")
            buffer.write(keys, x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, role: .formHint)
        }
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
        let frame = Box(title: L10n.text("Confirm"), borders: borders, fillRole: .form)
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + offset, maxWidth: inner.width, role: .form)
        }
    }
}
