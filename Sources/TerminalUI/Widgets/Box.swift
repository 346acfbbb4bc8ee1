/// The characters of a box's border.
public struct BorderSet: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character

    public init(horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
                bottomLeft: Character, bottomRight: Character) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
    }

    /// `┌─┐│└┘`
    public static let light = BorderSet(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                        bottomLeft: "└", bottomRight: "┘")
    /// `╭─╮│╰╯`
    public static let rounded = BorderSet(horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮",
                                          bottomLeft: "╰", bottomRight: "╯")
    /// `+-+|++`, for fonts without box drawing.
    public static let ascii = BorderSet(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                        bottomLeft: "+", bottomRight: "+")
}

/// A bordered box with an optional title in its top edge: the frame of
/// forms, help and pickers. It clears its inside; draw the content in `inner(_:)`.
public struct Box: Widget, Sendable {
    public var title: String
    public var borders: BorderSet
    public var role: StyleRole
    public var titleRole: StyleRole
    /// The role the inside is cleared with.
    public var fillRole: StyleRole

    public init(title: String = "", borders: BorderSet = .light, role: StyleRole = .border,
                titleRole: StyleRole = .borderTitle, fillRole: StyleRole = .base) {
        self.title = title
        self.borders = borders
        self.role = role
        self.titleRole = titleRole
        self.fillRole = fillRole
    }

    /// The area inside the border.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else {
            buffer.fill(area, role: fillRole)
            return
        }
        buffer.fill(inner(area), role: fillRole)
        let across = String(repeating: borders.horizontal, count: area.width - 2)
        buffer.write(String(borders.topLeft) + across + String(borders.topRight), x: area.x, y: area.y, role: role)
        buffer.write(String(borders.bottomLeft) + across + String(borders.bottomRight),
                     x: area.x, y: area.maxY - 1, role: role)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buffer.write(String(borders.vertical), x: area.x, y: y, role: role)
            buffer.write(String(borders.vertical), x: area.maxX - 1, y: y, role: role)
        }
        if !title.isEmpty && area.width > 4 {
            buffer.write(" " + title + " ", x: area.x + 1, y: area.y, maxWidth: area.width - 2, role: titleRole)
        }
    }
}

extension Rect {
    /// An overlay of `width` × `height` centred in this rectangle, shrunk to
    /// leave a `margin` around it when the screen is small.
    public func overlay(width: Int, height: Int, margin: Int = 1) -> Rect {
        let room = inset(by: margin)
        return room.centered(width: width, height: height)
    }
}
