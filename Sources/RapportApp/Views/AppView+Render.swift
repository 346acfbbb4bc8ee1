import RapportCore
import RapportSettings
import RapportStore
import TerminalUI

/// Draws the whole screen from the state, into an in-memory buffer.
public enum Screen {
    public static func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(width: state.width, height: state.height)
        render(state, into: &buffer)
        return buffer
    }

    public static func render(_ state: AppState, into buffer: inout ScreenBuffer) {
        let layout = state.layout
        buffer.hideCursor()
        if layout.isTooSmall {
            CenteredMessage("Terminal too small\n\(ScreenLayout.minimumWidth)×\(ScreenLayout.minimumHeight) needed, now \(state.width)×\(state.height)\nq quits")
                .render(into: &buffer, area: layout.screen)
            return
        }
        HeaderView(state: state).render(into: &buffer, area: layout.header)
        if App.showsWelcome(state) {
            WelcomeView(borders: state.borders).render(into: &buffer, area: layout.body)
        } else {
            if !layout.list.isEmpty { ListPane(state: state).render(into: &buffer, area: layout.list) }
            if !layout.separator.isEmpty {
                for y in layout.separator.y..<layout.separator.maxY {
                    buffer.write("│", x: layout.separator.x, y: y, role: .border)
                }
            }
            if !layout.detail.isEmpty { DetailPane(state: state).render(into: &buffer, area: layout.detail) }
        }
        FooterView(state: state).render(into: &buffer, area: layout.footer)
        switch state.overlay {
        case .help(let scroll):
            HelpOverlay(keymap: state.keymap, scroll: scroll, borders: state.borders).render(into: &buffer, area: layout.screen)
        case .form(let form):
            FormOverlay(form: form, borders: state.borders).render(into: &buffer, area: layout.screen)
        case .picker(let picker):
            Picker(title: picker.title, choices: picker.choices.enumerated().map { index, choice in
                index < 9 ? "\(index + 1) \(choice.label)" : "  \(choice.label)"
            }, selected: picker.selected, borders: state.borders).render(into: &buffer, area: layout.screen)
        case .confirm(let confirm):
            ConfirmOverlay(question: confirm.question, borders: state.borders).render(into: &buffer, area: layout.screen)
        case nil:
            break
        }
    }
}

/// The top line: the app, the database, the three views with their counts,
/// and the sort, filter and search in force.
struct HeaderView: Widget {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .header)
        var x = area.x + 1
        x += buffer.write("Rapport", x: x, y: area.y, maxWidth: area.maxX - x, role: .header)
        x += buffer.write(" · " + state.databaseName + "  ", x: x, y: area.y, maxWidth: min(28, area.maxX - x), role: .header)
        let counts = [state.counts.contacts, state.counts.review, state.counts.followUps]
        for view in AppView.allCases {
            let role: StyleRole = view == state.view ? .headerTabActive : .headerTab
            let label = area.width >= 70 ? " \(view.rawValue) \(view.title) \(counts[view.rawValue - 1]) "
                                          : " \(view.rawValue) \(counts[view.rawValue - 1]) "
            x += buffer.write(label, x: x, y: area.y, maxWidth: area.maxX - x, role: role)
            x += 1
        }
        var notes: [String] = []
        if state.view == .contacts {
            notes.append("sort: \(state.sort.label)")
            if let role = state.filter.role { notes.append("role: \(role.rawValue)") }
            if let tag = state.filter.tag { notes.append("tag: \(tag)") }
            if !state.search.query.isEmpty && !state.search.isEditing { notes.append("/" + state.search.query) }
        }
        let text = notes.joined(separator: " · ")
        let width = DisplayWidth.of(TextSanitizer.singleLine(text))
        if !text.isEmpty && x + width + 2 <= area.maxX {
            buffer.write(text, x: area.maxX - width - 1, y: area.y, role: .header)
        }
    }
}

/// The bottom line: the search field while typing, a status message after
/// an action, otherwise the most useful keys for where the keyboard is.
struct FooterView: Widget {
    let state: AppState

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .footer)
        if state.search.isEditing && state.overlay == nil {
            buffer.write("/", x: area.x + 1, y: area.y, role: .footerKey)
            let hint = "  Enter keep · Esc clear"
            let hintWidth = DisplayWidth.of(hint)
            let field = Rect(x: area.x + 3, y: area.y, width: max(1, area.width - 4 - (area.width > 50 ? hintWidth : 0)), height: 1)
            var editor = state.search.editor
            editor.scrollToCursor(width: field.width)
            editor.render(into: &buffer, area: field, role: .footer)
            if area.width > 50 { buffer.write(hint, x: field.maxX, y: area.y, role: .footer) }
            return
        }
        if let status = state.status {
            let role: StyleRole
            switch status.kind {
            case .info: role = .statusInfo
            case .success: role = .statusSuccess
            case .warning: role = .statusWarning
            case .error: role = .statusError
            }
            buffer.write(" " + status.text, x: area.x, y: area.y, maxWidth: area.width, role: role)
            return
        }
        KeyHintsBar(state.keymap.footerHints(for: App.context(state))).render(into: &buffer, area: area)
    }
}

/// The first-launch screen of an empty database.
struct WelcomeView: Widget {
    let borders: BorderSet

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .base)
        let lines = [
            "Welcome to Rapport.",
            "",
            "Your database is empty. To begin:",
            "",
            "  a   add a contact",
            "  i   import contacts (vCard or CSV)",
            "  d   load the demo data (fictional people)",
            "",
            "  ?   help      q   quit",
        ]
        let width = min(area.width - 2, 52)
        let box = area.centered(width: width, height: min(area.height, lines.count + 2))
        let frame = Box(title: "Rapport", borders: borders, fillRole: .welcome)
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + offset, maxWidth: inner.width, role: .welcome)
        }
    }
}
