/// A named set of styles, one per `StyleRole`. A role the theme leaves out,
/// or an attribute a style leaves unset, comes from the parent role
/// (`list.selected` → `list` → `base`), so a theme can be as short as it likes.
public struct Theme: Hashable, Sendable {
    public var name: String
    public var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style] = [:]) {
        self.name = name
        self.styles = styles
    }

    /// The style for `role`, with every unset attribute filled from its parents.
    public func style(for role: StyleRole) -> ResolvedStyle {
        var style = Style()
        var current: StyleRole? = role
        while let step = current {
            if let own = styles[step] { style = style.inheriting(from: own) }
            current = step.parent
        }
        return style.resolved
    }

    /// Whether the theme states a style for `role` itself (not borrowed).
    public func defines(_ role: StyleRole) -> Bool { styles[role] != nil }

    /// Terminal defaults everywhere, with modifiers so selection and warnings
    /// still show: the built-in fallback when no theme file can be read.
    public static let plain = Theme(name: "plain", styles: [
        .headerTabActive: Style(modifiers: [.bold, .underline]),
        .listHeader: Style(modifiers: [.bold]),
        .listSelected: Style(modifiers: [.reverse]),
        .listOverdue: Style(modifiers: [.bold]),
        .listDim: Style(modifiers: [.dim]),
        .footerKey: Style(modifiers: [.bold]),
        .statusError: Style(modifiers: [.bold]),
        .helpKey: Style(modifiers: [.bold]),
        .formFieldFocused: Style(modifiers: [.underline]),
        .pickerSelected: Style(modifiers: [.reverse]),
    ])
}
