/// A semantic name for how something looks (`list.selected`, `warmth.cold`…).
/// Views tag cells with roles; the terminal turns roles into colours through
/// the `Theme`, so views never choose colours. Dotted names form a hierarchy:
/// a role a theme does not define borrows from its parent (`list.selected`
/// from `list`), and every role ends at `base`.
public struct StyleRole: StringName {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The role this one falls back to: the name without its last dotted part,
    /// and `base` for a one-part name. `base` has no parent.
    public var parent: StyleRole? {
        if self == .base { return nil }
        guard let dot = rawValue.lastIndex(of: ".") else { return .base }
        return StyleRole(String(rawValue[..<dot]))
    }

    /// Whether this is one of the roles in `StyleRole.all`.
    public var isKnown: Bool { StyleRole.allSet.contains(self) }

    private static let allSet = Set(all)
}

extension StyleRole {
    /// The root every role falls back to: the screen's plain text and background.
    public static let base: StyleRole = "base"

    /// The top bar: app name, current view.
    public static let header: StyleRole = "header"
    /// A view name in the top bar.
    public static let headerTab: StyleRole = "header.tab"
    /// The current view's name in the top bar.
    public static let headerTabActive: StyleRole = "header.tab.active"

    /// Rows of a list (contacts, review, exchanges).
    public static let list: StyleRole = "list"
    /// Column headings above a list.
    public static let listHeader: StyleRole = "list.header"
    /// The selected row.
    public static let listSelected: StyleRole = "list.selected"
    /// A row past its cadence: someone we should talk to.
    public static let listOverdue: StyleRole = "list.overdue"
    /// A row that matters less: archived, snoozed, do-not-contact.
    public static let listDim: StyleRole = "list.dim"
    /// The part of a row matching the current search.
    public static let listMatch: StyleRole = "list.match"

    /// The detail pane's plain text.
    public static let detail: StyleRole = "detail"
    /// A section heading in the detail pane ("Exchanges", "Handles").
    public static let detailHeading: StyleRole = "detail.heading"
    /// A field name in the detail pane ("Outlet").
    public static let detailLabel: StyleRole = "detail.label"
    /// A field value in the detail pane.
    public static let detailValue: StyleRole = "detail.value"

    /// Warmth labelled cold (RapportCore `Warmth.Label`).
    public static let warmthCold: StyleRole = "warmth.cold"
    /// Warmth labelled cooling.
    public static let warmthCooling: StyleRole = "warmth.cooling"
    /// Warmth labelled warm.
    public static let warmthWarm: StyleRole = "warmth.warm"
    /// Warmth labelled strong.
    public static let warmthStrong: StyleRole = "warmth.strong"

    /// An exchange they started.
    public static let directionIn: StyleRole = "direction.in"
    /// An exchange we started.
    public static let directionOut: StyleRole = "direction.out"

    /// An exchange where we gave (a tip, data, an introduction).
    public static let intentGave: StyleRole = "intent.gave"
    /// An exchange where we asked (a pitch, a request).
    public static let intentAsked: StyleRole = "intent.asked"

    /// The filled part of a horizontal bar without a more specific role.
    public static let bar: StyleRole = "bar"
    /// The empty part of a horizontal bar.
    public static let barEmpty: StyleRole = "bar.empty"
    /// Activity over time, drawn with block characters.
    public static let sparkline: StyleRole = "sparkline"

    /// The bottom bar of key hints.
    public static let footer: StyleRole = "footer"
    /// A key name in the bottom bar.
    public static let footerKey: StyleRole = "footer.key"

    /// A neutral message in the status line.
    public static let statusInfo: StyleRole = "status.info"
    /// A success message in the status line ("Logged.").
    public static let statusSuccess: StyleRole = "status.success"
    /// A warning in the status line.
    public static let statusWarning: StyleRole = "status.warning"
    /// An error in the status line.
    public static let statusError: StyleRole = "status.error"

    /// The help overlay's text.
    public static let help: StyleRole = "help"
    /// A section title in the help overlay.
    public static let helpHeading: StyleRole = "help.heading"
    /// A key name in the help overlay.
    public static let helpKey: StyleRole = "help.key"

    /// A form's background and text.
    public static let form: StyleRole = "form"
    /// An input field.
    public static let formField: StyleRole = "form.field"
    /// The input field being edited.
    public static let formFieldFocused: StyleRole = "form.field.focused"
    /// A field's label.
    public static let formLabel: StyleRole = "form.label"
    /// A hint under or beside a field.
    public static let formHint: StyleRole = "form.hint"
    /// A field's error ("the name is empty").
    public static let formError: StyleRole = "form.error"
    /// A field's warning ("a contact with this email exists").
    public static let formWarning: StyleRole = "form.warning"

    /// A list of choices in an overlay.
    public static let picker: StyleRole = "picker"
    /// The highlighted choice.
    public static let pickerSelected: StyleRole = "picker.selected"

    /// Box and overlay borders.
    public static let border: StyleRole = "border"
    /// A box's title, drawn in its top border.
    public static let borderTitle: StyleRole = "border.title"

    /// The first-run screen.
    public static let welcome: StyleRole = "welcome"
    /// Text standing in for missing content ("no notes yet").
    public static let placeholder: StyleRole = "placeholder"

    /// Every role the app uses, in a stable order. Theme files may define
    /// only these; the shipped themes define all of them.
    public static let all: [StyleRole] = [
        .base,
        .header, .headerTab, .headerTabActive,
        .list, .listHeader, .listSelected, .listOverdue, .listDim, .listMatch,
        .detail, .detailHeading, .detailLabel, .detailValue,
        .warmthCold, .warmthCooling, .warmthWarm, .warmthStrong,
        .directionIn, .directionOut,
        .intentGave, .intentAsked,
        .bar, .barEmpty, .sparkline,
        .footer, .footerKey,
        .statusInfo, .statusSuccess, .statusWarning, .statusError,
        .help, .helpHeading, .helpKey,
        .form, .formField, .formFieldFocused, .formLabel, .formHint, .formError, .formWarning,
        .picker, .pickerSelected,
        .border, .borderTitle,
        .welcome, .placeholder,
    ]
}
