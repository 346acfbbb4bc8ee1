import RapportCore
import TerminalUI

/// What is drawn over the main screen and has the keyboard.
public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    case form(FormState)
    case picker(PickerState)
    case confirm(ConfirmState)
    /// One exchange of the history, read in full.
    case exchange(ExchangeOverlayState)
    /// A long message to read (an import's warnings).
    case notice(NoticeState)
}

/// A list of choices (snooze durations, filters).
public struct PickerState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case snooze(contactId: Int64, name: String)
        case filter
        /// A recent project for the project field of this log or exchange form.
        case project(FormState)
    }

    public struct Choice: Equatable, Sendable {
        public var label: String
        public var value: String
    }

    public var title: String
    public var choices: [Choice]
    public var selected = 0
    public var purpose: Purpose
}

/// A yes/no question before something drastic.
public struct ConfirmState: Equatable, Sendable {
    public enum Purpose: Equatable, Sendable {
        case archive(contactId: Int64, name: String)
        case unarchive(contactId: Int64, name: String)
        case deleteExchange(Exchange, contactName: String)
    }

    public var question: String
    public var purpose: Purpose
}
