/// An in-memory screen of `width` × `height` cells that views draw into
/// (`func render(into buffer: inout ScreenBuffer, area: Rect)`). The terminal
/// copies it to the screen, only the cells that changed since the last frame;
/// tests read it back as plain lines and roles. Writing outside it is clipped.
public struct ScreenBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public internal(set) var cells: [Cell]
    /// Where to show the cursor after drawing; nil hides it.
    public var cursor: CursorPosition?

    public init(width: Int, height: Int, role: StyleRole = .base) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at (x, y); nil outside the buffer.
    public func cell(atX x: Int, y: Int) -> Cell? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        return cells[y * width + x]
    }

    /// The role of the cell at (x, y); nil outside the buffer.
    public func role(atX x: Int, y: Int) -> StyleRole? {
        cell(atX: x, y: y)?.role
    }

    /// The roles of row `y`, one per column.
    public func roles(row y: Int) -> [StyleRole] {
        guard y >= 0, y < height else { return [] }
        return cells[(y * width)..<((y + 1) * width)].map(\.role)
    }

    /// The plain text of each row, full width (for tests and text captures).
    public func lines() -> [String] {
        (0..<height).map { y in
            cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
        }
    }

    /// The plain text of each row without trailing spaces.
    public func trimmedLines() -> [String] {
        lines().map { line in
            var text = Substring(line)
            while text.last == " " { text = text.dropLast() }
            return String(text)
        }
    }

    /// Puts the cursor at (x, y), or hides it when that is outside the buffer.
    public mutating func setCursor(x: Int, y: Int) {
        cursor = (x >= 0 && x < width && y >= 0 && y < height) ? CursorPosition(x: x, y: y) : nil
    }

    public mutating func hideCursor() {
        cursor = nil
    }
}
