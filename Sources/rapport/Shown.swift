import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

/// How the command line's text output shows counts, dates and stored
/// vocabulary: exactly as it always has in English (`1,204`, `2026-11-26`,
/// `journalist`), and the French way in French (`1 204`, `26/11/2026`,
/// `journaliste`). JSON never goes through here. The French words of the
/// vocabulary are in Localization/fr/cli.po under the contexts `cli role`,
/// `cli channel`… (the stored values themselves never change).
enum Shown {
    /// A count: `1,204` in English (as summaries always printed it), `1 204` in French.
    static func count(_ value: Int) -> String {
        L10n.language == .english ? groupedNumber(value) : L10n.number(value)
    }

    /// `1 contact`, `1,204 contacts`.
    static func contacts(_ value: Int) -> String {
        L10n.plural("%2$@ contact", "%2$@ contacts", value, count(value))
    }

    /// `1 exchange`, `1,204 exchanges`.
    static func exchanges(_ value: Int) -> String {
        L10n.plural("%2$@ exchange", "%2$@ exchanges", value, count(value))
    }

    /// A day in a table or a one-line message: ISO in English, `26/11/2026` in French.
    static func day(_ day: Day) -> String {
        L10n.language == .english ? day.iso : day.text(.table, in: L10n.language)
    }

    /// A day in a contact's or an exchange's detail: ISO in English, `26 nov. 2026` in French.
    static func detailDay(_ day: Day) -> String {
        L10n.language == .english ? day.iso : day.text(.detail, in: L10n.language)
    }

    /// A value quoted in a message: `'x'` in English, `« x »` in French; sanitized.
    static func quoted(_ text: String) -> String {
        L10n.text("'%@'", CLIText.clean(text))
    }

    /// A stored word shown in text output: itself in English, its French in French.
    private static func word(_ raw: String, _ kind: String) -> String {
        L10n.language == .english ? raw : L10n.text(raw, context: "cli " + kind)
    }

    static func role(_ role: Role) -> String { word(role.rawValue, "role") }
    /// The role as `show` heads it: `Journalist` in English.
    static func roleLabel(_ role: Role) -> String { L10n.language == .english ? role.label : capitalized(self.role(role)) }
    static func channel(_ channel: Channel) -> String { word(channel.rawValue, "channel") }
    static func channel(raw: String) -> String { Channel(rawValue: raw).map(channel) ?? raw }
    static func intent(_ intent: Intent) -> String { word(intent.rawValue, "intent") }
    static func intent(raw: String) -> String { Intent(rawValue: raw).map(intent) ?? raw }
    static func stage(_ stage: Stage) -> String { word(stage.rawValue, "stage") }
    static func warmth(_ label: Warmth.Label) -> String { word(label.rawValue, "warmth") }
    static func warmth(raw: String) -> String { Warmth.Label(rawValue: raw).map(warmth) ?? raw }
    static func searchField(_ field: SearchHit.Field) -> String { word(field.rawValue, "search field") } // l10n-exempt: a catalog context
    /// A handle's kind as `show` labels it: `Email`, `LinkedIn` in English.
    static func handleKind(_ kind: HandleKind) -> String {
        L10n.language == .english ? kind.label : capitalized(word(kind.rawValue, "handle"))
    }

    private static func capitalized(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}
