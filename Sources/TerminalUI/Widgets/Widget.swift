/// Anything that draws itself into a rectangle of a screen buffer. App
/// views and the widgets here share this shape, so they compose freely.
public protocol Widget {
    func render(into buffer: inout ScreenBuffer, area: Rect)
}
