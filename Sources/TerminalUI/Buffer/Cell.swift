/// One terminal cell of a `ScreenBuffer`: the grapheme cluster drawn there
/// and its style role. A cluster wider than one column sits in its first
/// cell; the cells to its right are continuations (empty text, width 0).
public struct Cell: Hashable, Sendable {
    /// The cluster drawn here; empty for a continuation.
    public internal(set) var text: String
    /// Columns the cluster takes (1 or more); 0 for a continuation.
    public internal(set) var width: Int
    public internal(set) var role: StyleRole

    init(text: String, width: Int, role: StyleRole) {
        self.text = text
        self.width = width
        self.role = role
    }

    /// A space in `role`.
    public static func blank(_ role: StyleRole = .base) -> Cell {
        Cell(text: " ", width: 1, role: role)
    }

    static func continuation(_ role: StyleRole) -> Cell {
        Cell(text: "", width: 0, role: role)
    }

    /// Whether this is the right part of a wide cluster.
    public var isContinuation: Bool { width == 0 }
}

/// Where the terminal cursor goes after a frame is drawn (a focused field).
public struct CursorPosition: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
