import RapportLocalization
import TerminalUI

/// A notice over the screen (`NoticeState`): a box with the title and the
/// wrapped paragraphs, scrolled by `j`/`k`; while more lines follow, the
/// last row says so.
struct NoticeOverlay: Widget {
    let notice: NoticeState
    let borders: BorderSet

    /// The box, the text area inside it and the wrapped lines at this screen size.
    static func frame(_ notice: NoticeState, screen: Rect) -> (box: Rect, inner: Rect, lines: [String]) {
        let width = min(screen.width - 2, 86)
        let textWidth = max(10, width - 4)
        var lines: [String] = []
        for (index, paragraph) in notice.paragraphs.enumerated() {
            if index > 0 { lines.append("") }
            lines += TextWrapping.wrappedLines(paragraph, width: textWidth)
        }
        let box = screen.overlay(width: width, height: min(screen.height - 2, lines.count + 2), margin: 1)
        return (box, box.inset(by: 1).inset(dx: 1, dy: 0), lines)
    }

    /// The last first line the notice can scroll to.
    static func scrollLimit(_ notice: NoticeState, screen: Rect) -> Int {
        let (_, inner, lines) = frame(notice, screen: screen)
        return max(0, lines.count - inner.height)
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let (box, inner, lines) = NoticeOverlay.frame(notice, screen: area)
        let frame = Box(title: notice.title, borders: borders, fillRole: .form)
        frame.render(into: &buffer, area: box)
        guard inner.height > 0 else { return }
        let start = min(max(0, notice.scroll), max(0, lines.count - inner.height))
        let more = start + inner.height < lines.count
        let rows = more ? inner.height - 1 : inner.height
        for (offset, line) in lines.dropFirst(start).prefix(max(0, rows)).enumerated() {
            let role: StyleRole = line.hasPrefix("⚠") ? .formWarning : .form
            buffer.write(line, x: inner.x, y: inner.y + offset, maxWidth: inner.width, role: role)
        }
        if more {
            buffer.write(L10n.text("↓ more below"), x: inner.x, y: inner.maxY - 1, maxWidth: inner.width, role: .formHint)
        }
    }
}
