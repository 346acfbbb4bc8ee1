// Generated from Themes/*.toml; do not edit by hand.
// EmbeddedThemesTests fails when this file and Themes/ differ, and rewrites
// it when run with RAPPORT_REGENERATE_THEMES=1.
// l10n-exempt-file: theme files, not messages

/// The shipped themes, built into the program so an installed binary works
/// without the Themes/ folder.
public enum EmbeddedThemes {
    /// Theme file texts by theme name.
    public static let files: [String: String] = [
        "default": #"""
# Rapport default theme: for dark terminals.
# Colours come from the palette at the end; every style role is listed.
# See docs/themes.md for the format.

"base" = { fg = "default", bg = "default", modifiers = [] }

# Top bar
"header" = { fg = "text_bright", bg = "band" }
"header.tab" = { fg = "muted", bg = "band" }
"header.tab.active" = { fg = "ink", bg = "accent", modifiers = ["bold"] }

# Lists
"list" = { fg = "default" }
"list.header" = { fg = "accent", modifiers = ["bold", "underline"] }
"list.selected" = { fg = "ink", bg = "accent", modifiers = ["bold"] }
"list.overdue" = { fg = "overdue", modifiers = ["bold"] }
"list.dim" = { fg = "faint" }
"list.match" = { fg = "match", modifiers = ["bold", "underline"] }

# Detail pane
"detail" = { fg = "default" }
"detail.heading" = { fg = "accent", modifiers = ["bold"] }
"detail.label" = { fg = "muted" }
"detail.value" = { fg = "default" }

# Warmth, cold to strong: blue, teal, gold, orange
"warmth.cold" = { fg = "cold" }
"warmth.cooling" = { fg = "cooling" }
"warmth.warm" = { fg = "warm" }
"warmth.strong" = { fg = "strong", modifiers = ["bold"] }

# Who reached out, what we gave or asked
"direction.in" = { fg = "inbound" }
"direction.out" = { fg = "outbound" }
"intent.gave" = { fg = "good" }
"intent.asked" = { fg = "asked" }

# Bars and sparklines
"bar" = { fg = "accent" }
"bar.empty" = { fg = "band_light" }
"sparkline" = { fg = "accent" }

# Bottom bar and status line
"footer" = { fg = "muted", bg = "band" }
"footer.key" = { fg = "accent", bg = "band", modifiers = ["bold"] }
"status.info" = { fg = "default" }
"status.success" = { fg = "good" }
"status.warning" = { fg = "warning", modifiers = ["bold"] }
"status.error" = { fg = "error", modifiers = ["bold"] }

# Help overlay
"help" = { fg = "default", bg = "panel" }
"help.heading" = { fg = "accent", bg = "panel", modifiers = ["bold", "underline"] }
"help.key" = { fg = "key", bg = "panel", modifiers = ["bold"] }

# Forms
"form" = { fg = "default", bg = "panel" }
"form.field" = { fg = "text_bright", bg = "field" }
"form.field.focused" = { fg = "text_bright", bg = "field_focus", modifiers = ["bold"] }
"form.label" = { fg = "muted", bg = "panel" }
"form.hint" = { fg = "faint", bg = "panel" }
"form.error" = { fg = "error", bg = "panel", modifiers = ["bold"] }
"form.warning" = { fg = "warning", bg = "panel" }

# Pickers
"picker" = { fg = "default", bg = "panel" }
"picker.selected" = { fg = "ink", bg = "accent", modifiers = ["bold"] }

# Boxes
"border" = { fg = "muted", bg = "panel" }
"border.title" = { fg = "accent", bg = "panel", modifiers = ["bold"] }

# Other screens
"welcome" = { fg = "accent", modifiers = ["bold"] }
"placeholder" = { fg = "faint", modifiers = ["italic"] }

[palette]
ink = "#121212"
text_bright = "#e4e4e4"
muted = "#a8a8a8"
faint = "#767676"
band = "#303030"
band_light = "#4e4e4e"
panel = "#1c1c1c"
field = "#3a3a3a"
field_focus = "#005f87"
accent = "#5fafd7"
key = "#87d7ff"
match = "#ffd75f"
overdue = "#ff875f"
good = "#87d787"
asked = "#d7af87"
warning = "#ffd75f"
error = "#ff5f5f"
cold = "#5f87d7"
cooling = "#5fafaf"
warm = "#d7af5f"
strong = "#ff8700"
inbound = "#87d7af"
outbound = "#afafd7"

"""#,
        "high-contrast": #"""
# Rapport high-contrast theme: bright ANSI colours on black, bold where it
# matters. Uses only the 16 ANSI colours, so it looks the same everywhere.
# See docs/themes.md for the format.

"base" = { fg = "bright-white", bg = "black", modifiers = [] }

# Top bar
"header" = { fg = "black", bg = "bright-white", modifiers = ["bold"] }
"header.tab" = { fg = "black", bg = "bright-white", modifiers = [] }
"header.tab.active" = { fg = "black", bg = "bright-yellow", modifiers = ["bold", "underline"] }

# Lists
"list" = { fg = "bright-white" }
"list.header" = { fg = "bright-cyan", modifiers = ["bold", "underline"] }
"list.selected" = { fg = "black", bg = "bright-yellow", modifiers = ["bold"] }
"list.overdue" = { fg = "bright-red", modifiers = ["bold"] }
"list.dim" = { fg = "white" }
"list.match" = { fg = "black", bg = "bright-cyan", modifiers = ["bold"] }

# Detail pane
"detail" = { fg = "bright-white" }
"detail.heading" = { fg = "bright-cyan", modifiers = ["bold", "underline"] }
"detail.label" = { fg = "bright-cyan" }
"detail.value" = { fg = "bright-white" }

# Warmth, cold to strong
"warmth.cold" = { fg = "bright-blue", modifiers = ["bold"] }
"warmth.cooling" = { fg = "bright-cyan", modifiers = ["bold"] }
"warmth.warm" = { fg = "bright-yellow", modifiers = ["bold"] }
"warmth.strong" = { fg = "bright-magenta", modifiers = ["bold"] }

# Who reached out, what we gave or asked
"direction.in" = { fg = "bright-green", modifiers = ["bold"] }
"direction.out" = { fg = "bright-white", modifiers = ["bold"] }
"intent.gave" = { fg = "bright-green" }
"intent.asked" = { fg = "bright-yellow" }

# Bars and sparklines
"bar" = { fg = "bright-white" }
"bar.empty" = { fg = "white" }
"sparkline" = { fg = "bright-cyan" }

# Bottom bar and status line
"footer" = { fg = "black", bg = "bright-white" }
"footer.key" = { fg = "black", bg = "bright-white", modifiers = ["bold", "underline"] }
"status.info" = { fg = "bright-white", modifiers = ["bold"] }
"status.success" = { fg = "bright-green", modifiers = ["bold"] }
"status.warning" = { fg = "black", bg = "bright-yellow", modifiers = ["bold"] }
"status.error" = { fg = "bright-white", bg = "red", modifiers = ["bold"] }

# Help overlay
"help" = { fg = "bright-white", bg = "black" }
"help.heading" = { fg = "bright-cyan", modifiers = ["bold", "underline"] }
"help.key" = { fg = "bright-yellow", modifiers = ["bold"] }

# Forms
"form" = { fg = "bright-white", bg = "black" }
"form.field" = { fg = "bright-white", bg = "blue" }
"form.field.focused" = { fg = "black", bg = "bright-yellow", modifiers = ["bold"] }
"form.label" = { fg = "bright-cyan", modifiers = ["bold"] }
"form.hint" = { fg = "white" }
"form.error" = { fg = "bright-white", bg = "red", modifiers = ["bold"] }
"form.warning" = { fg = "black", bg = "bright-yellow" }

# Pickers
"picker" = { fg = "bright-white", bg = "black" }
"picker.selected" = { fg = "black", bg = "bright-yellow", modifiers = ["bold"] }

# Boxes
"border" = { fg = "bright-white", bg = "black" }
"border.title" = { fg = "bright-yellow", bg = "black", modifiers = ["bold"] }

# Other screens
"welcome" = { fg = "bright-yellow", modifiers = ["bold"] }
"placeholder" = { fg = "white", modifiers = ["italic"] }

"""#,
        "light": #"""
# Rapport light theme: for terminals with a light background.
# See docs/themes.md for the format.

"base" = { fg = "default", bg = "default", modifiers = [] }

# Top bar
"header" = { fg = "ink", bg = "band" }
"header.tab" = { fg = "muted", bg = "band" }
"header.tab.active" = { fg = "paper", bg = "accent", modifiers = ["bold"] }

# Lists
"list" = { fg = "default" }
"list.header" = { fg = "accent", modifiers = ["bold", "underline"] }
"list.selected" = { fg = "paper", bg = "accent", modifiers = ["bold"] }
"list.overdue" = { fg = "overdue", modifiers = ["bold"] }
"list.dim" = { fg = "faint" }
"list.match" = { fg = "match", modifiers = ["bold", "underline"] }

# Detail pane
"detail" = { fg = "default" }
"detail.heading" = { fg = "accent", modifiers = ["bold"] }
"detail.label" = { fg = "muted" }
"detail.value" = { fg = "default" }

# Warmth, cold to strong: blue, teal, ochre, orange
"warmth.cold" = { fg = "cold" }
"warmth.cooling" = { fg = "cooling" }
"warmth.warm" = { fg = "warm" }
"warmth.strong" = { fg = "strong", modifiers = ["bold"] }

# Who reached out, what we gave or asked
"direction.in" = { fg = "inbound" }
"direction.out" = { fg = "outbound" }
"intent.gave" = { fg = "good" }
"intent.asked" = { fg = "asked" }

# Bars and sparklines
"bar" = { fg = "accent" }
"bar.empty" = { fg = "band_dark" }
"sparkline" = { fg = "accent" }

# Bottom bar and status line
"footer" = { fg = "muted", bg = "band" }
"footer.key" = { fg = "accent", bg = "band", modifiers = ["bold"] }
"status.info" = { fg = "default" }
"status.success" = { fg = "good" }
"status.warning" = { fg = "warning", modifiers = ["bold"] }
"status.error" = { fg = "error", modifiers = ["bold"] }

# Help overlay
"help" = { fg = "ink", bg = "panel" }
"help.heading" = { fg = "accent", bg = "panel", modifiers = ["bold", "underline"] }
"help.key" = { fg = "key", bg = "panel", modifiers = ["bold"] }

# Forms
"form" = { fg = "ink", bg = "panel" }
"form.field" = { fg = "ink", bg = "field" }
"form.field.focused" = { fg = "ink", bg = "field_focus", modifiers = ["bold"] }
"form.label" = { fg = "muted", bg = "panel" }
"form.hint" = { fg = "faint", bg = "panel" }
"form.error" = { fg = "error", bg = "panel", modifiers = ["bold"] }
"form.warning" = { fg = "warning", bg = "panel" }

# Pickers
"picker" = { fg = "ink", bg = "panel" }
"picker.selected" = { fg = "paper", bg = "accent", modifiers = ["bold"] }

# Boxes
"border" = { fg = "muted", bg = "panel" }
"border.title" = { fg = "accent", bg = "panel", modifiers = ["bold"] }

# Other screens
"welcome" = { fg = "accent", modifiers = ["bold"] }
"placeholder" = { fg = "faint", modifiers = ["italic"] }

[palette]
ink = "#1c1c1c"
paper = "#ffffff"
muted = "#585858"
faint = "#8a8a8a"
band = "#dadada"
band_dark = "#bcbcbc"
panel = "#eeeeee"
field = "#d0d0d0"
field_focus = "#afd7ff"
accent = "#005f87"
key = "#005faf"
match = "#875f00"
overdue = "#af0000"
good = "#005f00"
asked = "#875f5f"
warning = "#875f00"
error = "#d70000"
cold = "#0087d7"
cooling = "#008787"
warm = "#af8700"
strong = "#d75f00"
inbound = "#00875f"
outbound = "#5f5faf"

"""#,
        "monochrome": #"""
# Rapport monochrome theme: no colours at all, only bold, dim, italic,
# underline and reverse. Chosen automatically when NO_COLOR is set.
# See docs/themes.md for the format.

"base" = { fg = "default", bg = "default", modifiers = [] }

# Top bar
"header" = { modifiers = ["reverse"] }
"header.tab" = { modifiers = ["reverse"] }
"header.tab.active" = { modifiers = ["bold", "underline"] }

# Lists
"list" = { modifiers = [] }
"list.header" = { modifiers = ["bold", "underline"] }
"list.selected" = { modifiers = ["reverse", "bold"] }
"list.overdue" = { modifiers = ["bold"] }
"list.dim" = { modifiers = ["dim"] }
"list.match" = { modifiers = ["underline"] }

# Detail pane
"detail" = { modifiers = [] }
"detail.heading" = { modifiers = ["bold", "underline"] }
"detail.label" = { modifiers = ["dim"] }
"detail.value" = { modifiers = [] }

# Warmth, cold to strong: from faint to loud
"warmth.cold" = { modifiers = ["dim"] }
"warmth.cooling" = { modifiers = [] }
"warmth.warm" = { modifiers = ["bold"] }
"warmth.strong" = { modifiers = ["bold", "underline"] }

# Who reached out, what we gave or asked
"direction.in" = { modifiers = ["bold"] }
"direction.out" = { modifiers = [] }
"intent.gave" = { modifiers = [] }
"intent.asked" = { modifiers = ["italic"] }

# Bars and sparklines
"bar" = { modifiers = [] }
"bar.empty" = { modifiers = ["dim"] }
"sparkline" = { modifiers = [] }

# Bottom bar and status line
"footer" = { modifiers = ["reverse"] }
"footer.key" = { modifiers = ["reverse", "bold"] }
"status.info" = { modifiers = [] }
"status.success" = { modifiers = ["bold"] }
"status.warning" = { modifiers = ["bold"] }
"status.error" = { modifiers = ["reverse", "bold"] }

# Help overlay
"help" = { modifiers = [] }
"help.heading" = { modifiers = ["bold", "underline"] }
"help.key" = { modifiers = ["bold"] }

# Forms
"form" = { modifiers = [] }
"form.field" = { modifiers = ["underline"] }
"form.field.focused" = { modifiers = ["reverse"] }
"form.label" = { modifiers = [] }
"form.hint" = { modifiers = ["dim"] }
"form.error" = { modifiers = ["bold"] }
"form.warning" = { modifiers = ["italic"] }

# Pickers
"picker" = { modifiers = [] }
"picker.selected" = { modifiers = ["reverse", "bold"] }

# Boxes
"border" = { modifiers = [] }
"border.title" = { modifiers = ["bold"] }

# Other screens
"welcome" = { modifiers = ["bold"] }
"placeholder" = { modifiers = ["dim", "italic"] }

"""#,
    ]
}
