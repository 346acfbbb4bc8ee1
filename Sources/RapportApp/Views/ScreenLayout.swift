import TerminalUI

/// Where everything goes for a terminal size: computed from the full size
/// every time (so a resize re-lays out at once), and used both by `update`
/// (how many rows a page holds) and by the views.
public struct ScreenLayout: Equatable, Sendable {
    /// Below this the app shows "terminal too small".
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    /// From this width the list and the detail are side by side.
    public static let twoPaneWidth = 100

    public let screen: Rect
    public let header: Rect
    public let footer: Rect
    public let body: Rect
    /// The list pane (with its column header row), or empty when hidden.
    public let list: Rect
    /// The detail pane, or empty when hidden.
    public let detail: Rect
    /// The column between the panes, when both show.
    public let separator: Rect
    public let isTooSmall: Bool
    public let isTwoPane: Bool

    public init(width: Int, height: Int, pane: Pane) {
        screen = Rect(width: width, height: height)
        isTooSmall = width < ScreenLayout.minimumWidth || height < ScreenLayout.minimumHeight
        isTwoPane = width >= ScreenLayout.twoPaneWidth
        let parts = screen.rows([.fixed(1), .fill, .fixed(1)])
        header = parts[0]
        body = parts[1]
        footer = parts[2]
        if isTwoPane {
            let listWidth = max(44, body.width * 45 / 100)
            let columns = body.columns([.fixed(listWidth), .fixed(1), .fill])
            list = columns[0]
            separator = columns[1]
            detail = columns[2]
        } else {
            separator = .zero
            list = pane == .list ? body : .zero
            detail = pane == .detail ? body : .zero
        }
    }

    /// List rows on screen (the list's first row is its column header).
    public var visibleRows: Int { max(1, body.height - 1) }
}

extension AppState {
    public var layout: ScreenLayout { ScreenLayout(width: width, height: height, pane: pane) }
    var visibleRows: Int { layout.visibleRows }
}
