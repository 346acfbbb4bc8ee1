import RapportLocalization
import TerminalUI

extension CursesTerminal {
    /// A smoke test of the terminal and a preview of `theme`: draws
    /// `ThemeSample`, shows the size, colour depth and last key, lets the
    /// sample field be edited, and returns on `q` (or Ctrl-c). Ctrl-l redraws; Ctrl-z suspends.
    public static func previewTheme(_ theme: Theme) throws {
        try run { terminal in
            var lastKey = L10n.text("none", context: "last key")
            var field = LineEditor(text: "Zoë 漢字 👍🏽")
            while true {
                let (width, height) = terminal.size
                var buffer = ScreenBuffer(width: width, height: height)
                let status = L10n.text("%1$d×%2$d, %3$@ colours, last key: %4$@", width, height, "\(terminal.colorDepth.rawValue)", lastKey)
                ThemeSample(themeName: theme.name, status: status, field: field).render(into: &buffer, area: buffer.area)
                terminal.present(buffer, theme: theme)
                guard let key = try terminal.readKey(timeout: .seconds(1)) else { continue }
                lastKey = key.displayName
                switch key {
                case .char("q"), .ctrl("c"): return
                case .ctrl("l"): terminal.forceFullRedraw()
                case .ctrl("z"): terminal.suspendProcess()
                default: field.handle(key)
                }
            }
        }
    }
}
