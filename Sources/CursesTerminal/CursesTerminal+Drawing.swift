import CNcursesw
import TerminalUI

extension CursesTerminal {
    /// Draws a frame: copies the cells that changed since the last frame
    /// (all of them after `forceFullRedraw`, a resize or a theme change) in
    /// the theme's colours, places or hides the cursor, and updates the screen.
    public func present(_ buffer: ScreenBuffer, theme: Theme) {
        guard !isClosed else { return }
        if palette.use(theme) { needsFullRedraw = true }
        let full = needsFullRedraw
        let runs = buffer.changes(since: full ? nil : previousFrame)
        if full {
            werase(cursesWindow)
            clearok(cursesWindow, true)
        }
        let (width, height) = size
        for run in runs where run.y < height && run.x + run.width <= width {
            draw(run)
        }
        placeCursor(buffer.cursor)
        wnoutrefresh(cursesWindow)
        doupdate()
        previousFrame = buffer
        needsFullRedraw = buffer.width != width || buffer.height != height
    }

    private func draw(_ run: BufferRun) {
        let (attributes, pair) = palette.attributes(for: run.role)
        wattr_set(cursesWindow, attributes, pair, nil)
        var characters = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        wmove(cursesWindow, Int32(run.y), Int32(run.x))
        waddnwstr(cursesWindow, characters, Int32(characters.count - 1))
    }

    private func placeCursor(_ cursor: CursorPosition?) {
        let visible = cursor != nil
        if cursorVisible != visible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
        if let cursor {
            wmove(cursesWindow, Int32(cursor.y), Int32(cursor.x))
        }
        leaveok(cursesWindow, !visible)
    }
}
