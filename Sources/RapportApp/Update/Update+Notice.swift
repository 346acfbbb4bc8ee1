import RapportCore
import RapportLocalization
import TerminalUI

/// What an import started in the app reports back: its one-line summary
/// and its warnings, which the app shows in a notice after the import.
public struct ImportOutcome: Equatable, Sendable {
    public var summary: String
    public var warnings: [String]

    public init(summary: String, warnings: [String] = []) {
        self.summary = summary
        self.warnings = warnings
    }
}

extension App {
    /// An import finished with warnings: they open in a notice over the
    /// screen (a form being filled in is never replaced; then the footer
    /// says how many there were).
    static func showImportWarnings(_ state: inout AppState, summary: String, warnings: [String]) {
        guard !warnings.isEmpty else { return }
        let count = warnings.count
        if case .form = state.overlay {
            // The count is the plural's first argument (%1$), the summary the second.
            state.status = StatusMessage(L10n.plural("%2$@ — %1$'d warning; run `rapport import` to see them",
                                                     "%2$@ — %1$'d warnings; run `rapport import` to see them", count, summary), .warning)
            return
        }
        state.overlay = .notice(NoticeState(
            title: L10n.plural("Import: %'d warning — Esc closes", "Import: %'d warnings — Esc closes", count),
            paragraphs: [summary] + warnings.map { "⚠ " + $0 }))
    }

    /// Keys over a notice: the moving keys scroll it; Esc, Enter or q close it.
    static func noticeKey(_ state: inout AppState, _ notice: NoticeState, _ key: Key, action: AppAction?) -> [Effect] {
        let limit = NoticeOverlay.scrollLimit(notice, screen: state.layout.screen)
        let page = max(1, state.height - 4)
        var notice = notice
        let clamp = { (value: Int) in min(max(0, value), limit) }
        switch action {
        case .down: notice.scroll = clamp(notice.scroll + 1)
        case .up: notice.scroll = clamp(notice.scroll - 1)
        case .pageDown: notice.scroll = clamp(notice.scroll + page)
        case .pageUp: notice.scroll = clamp(notice.scroll - page)
        case .top: notice.scroll = 0
        case .bottom: notice.scroll = limit
        case .back, .quit, .help:
            state.overlay = nil
            return []
        default:
            if key == .enter || key == .char("q") { state.overlay = nil }
            else { state.overlay = .notice(notice) }
            return []
        }
        state.overlay = .notice(notice)
        return []
    }
}
