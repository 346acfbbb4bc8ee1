import RapportCore
import RapportLocalization
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
            CenteredMessage([
                L10n.text("Terminal too small"),
                L10n.text("%1$d×%2$d needed, now %3$d×%4$d", ScreenLayout.minimumWidth, ScreenLayout.minimumHeight, state.width, state.height),
                L10n.text("q quits"),
            ].joined(separator: "\n"))
                .render(into: &buffer, area: layout.screen)
            return
        }
        HeaderView(state: state).render(into: &buffer, area: layout.header)
        if App.isWelcome(state) {
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
        case .exchange(let reading):
            ExchangeOverlay(reading: reading, today: state.today, borders: state.borders).render(into: &buffer, area: layout.screen)
        case .notice(let notice):
            NoticeOverlay(notice: notice, borders: state.borders).render(into: &buffer, area: layout.screen)
        case nil:
            break
        }
    }
}

/// The top line: the app, the three views with their counts, the sort,
/// filter and search in force, and the database name. When the width runs
/// short, the database name goes first, then the views' titles, then the
/// app's name, then the notes are cut; the counts always show.
struct HeaderView: Widget {
    let state: AppState

    var notes: String {
        if state.view == .review, state.team.isTeam {
            return state.reviewScope == .mine ? L10n.text("my contacts") : L10n.text("the team's contacts")
        }
        guard state.view == .contacts, !App.isWelcome(state) else { return "" }
        var notes = [L10n.text("sort: %@", L10n.text(state.sort.label, context: "sort"))]
        if let role = state.filter.role { notes.append(L10n.text("role: %@", shownName(role))) }
        if let tag = state.filter.tag { notes.append(L10n.text("tag: %@", tag)) }
        if let project = state.filter.project { notes.append(L10n.text("project: %@", project)) }
        if state.filter.archivedOnly { notes.append(L10n.text("archived", context: "filter")) }
        if !state.search.query.isEmpty && !state.search.isEditing { notes.append("/" + state.search.query) }
        return TextSanitizer.singleLine(notes.joined(separator: " · "))
    }

    func tabs(long: Bool) -> [(String, StyleRole)] {
        let counts = [state.counts.contacts, state.counts.review, state.counts.followUps]
        return AppView.allCases.map { view in
            // Until the counts arrive (just after the first frame), no number is better than a wrong one.
            let count = state.loaded ? "\(counts[view.rawValue - 1])" : "…"
            let text = long ? " \(view.rawValue) \(view.title) \(count) " : " \(view.rawValue) \(count) "
            return (text, view == state.view ? .headerTabActive : .headerTab)
        }
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .header)
        let title = " Rapport " // l10n-exempt: the program's name
        let database = "· " + TextSanitizer.singleLine(state.databaseName) + "  "
        let notes = self.notes
        let width = { (text: String) in DisplayWidth.of(text) }
        let width2 = { (pieces: [(String, StyleRole)]) in pieces.reduce(0) { $0 + width($1.0) + 1 } }
        let noteWidth = notes.isEmpty ? 0 : width(notes) + 2
        var long = true
        var showDatabase = true
        if width(title) + width(database) + width2(tabs(long: true)) + noteWidth > area.width { showDatabase = false }
        if width(title) + width2(tabs(long: true)) + noteWidth > area.width { long = false }
        let showTitle = width(title) + width2(tabs(long: false)) + noteWidth <= area.width
        var x = area.x
        if showTitle { x += buffer.write(title, x: x, y: area.y, maxWidth: area.maxX - x, role: .header) }
        if showDatabase { x += buffer.write(database, x: x, y: area.y, maxWidth: area.maxX - x, role: .header) }
        for (text, role) in tabs(long: long) {
            x += buffer.write(text, x: x, y: area.y, maxWidth: area.maxX - x, role: role) + 1
        }
        let room = area.maxX - x - 1
        if !notes.isEmpty && room >= 6 {
            let shown = TextFitting.truncate(notes, to: room)
            buffer.write(shown, x: area.maxX - width(shown) - 1, y: area.y, role: .header)
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
            let hint = "  " + L10n.text("Enter keep · Esc clear")
            let hintWidth = DisplayWidth.of(hint)
            let field = Rect(x: area.x + 3, y: area.y, width: max(1, area.width - 4 - (area.width > 50 ? hintWidth : 0)), height: 1)
            var editor = state.search.editor
            editor.scrollToCursor(width: field.width)
            editor.render(into: &buffer, area: field, role: .footer)
            if area.width > 50 { buffer.write(hint, x: field.maxX, y: area.y, role: .footer) }
            return
        }
        if case .notice = state.overlay {
            let keymap = state.keymap
            KeyHintsBar([KeyHint(keys: keymap.keyLabel(for: .down) + " " + keymap.keyLabel(for: .up), label: L10n.text("scroll", context: "key hint")),
                         KeyHint(keys: Key.escape.displayName, label: L10n.text("close", context: "key hint"))])
                .render(into: &buffer, area: area)
            return
        }
        if case .confirm = state.overlay {
            KeyHintsBar([KeyHint(keys: AZERTY.yesKey, label: L10n.text("yes", context: "key hint")),
                         KeyHint(keys: "n", label: L10n.text("no", context: "key hint")),
                         KeyHint(keys: Key.escape.displayName, label: L10n.text("cancel", context: "key hint"))])
                .render(into: &buffer, area: area)
            return
        }
        if state.connectionLost && state.status == nil {
            buffer.write(" " + App.connectionLostText, x: area.x, y: area.y, maxWidth: area.width, role: .statusError)
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
        let context = App.context(state)
        KeyHintsBar(state.keymap.footerHints(for: context), essential: FooterView.essentialHints(state.keymap, context: context))
            .render(into: &buffer, area: area)
    }

    /// Help and quit: on a narrow screen, the last hints to go.
    static func essentialHints(_ keymap: Keymap<AppAction>, context: KeyContext) -> [KeyHint] {
        [AppAction.help, .quit].compactMap { action in
            guard let binding = keymap.binding(for: action), binding.applies(in: context),
                  let hint = binding.shownHint, let key = binding.keys.first else { return nil }
            return KeyHint(keys: key.displayName, label: hint)
        }
    }
}

/// The first-launch screen of an empty database.
struct WelcomeView: Widget {
    let borders: BorderSet

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        buffer.fill(area, role: .base)
        let lines = [
            L10n.text("Welcome to Rapport."),
            "",
            L10n.text("Your database is empty. To begin:"),
            "",
            "  a   " + L10n.text("add a contact"),
            "  i   " + L10n.text("import contacts (vCard or CSV)"),
            "  d   " + L10n.text("load the demo data (fictional people)"),
            "",
            "  ?   " + L10n.text("help", context: "welcome") + "      q   " + L10n.text("quit", context: "welcome"),
        ]
        let width = min(area.width - 2, 52)
        let box = area.centered(width: width, height: min(area.height, lines.count + 2))
        let frame = Box(title: "Rapport", borders: borders, fillRole: .welcome) // l10n-exempt: the program's name
        frame.render(into: &buffer, area: box)
        let inner = frame.inner(box).inset(dx: 1, dy: 0)
        for (offset, line) in lines.prefix(inner.height).enumerated() {
            buffer.write(line, x: inner.x, y: inner.y + offset, maxWidth: inner.width, role: .welcome)
        }
    }
}
