import Foundation

/// The first leak test's eye (issue 12): finds English words in text that
/// should be all French (a screen, an overlay, a command's output). It
/// knows words that are English and not French, so French text and French
/// user data pass, and "Log an exchange" or "3 days ago" do not. Tests
/// pass the user data they put on screen as `allowing`, so a contact
/// called "Day" does not count.
public enum EnglishWords {
    /// English words never written in French text. Extend it when a leak
    /// slips through; never add a word that is also French ("contact",
    /// "notes", "date", "dates", "type", "archive", "menu", "cadence", "score", "on", "or",
    /// "an", "as", "me", "sort", "report", "off", "email", "file", "import", "export").
    public static let words: Set<String> = [
        "the", "and", "with", "without", "of", "to", "is", "are", "was", "were", "be", "been", "not", "no",
        "yes", "yet", "you", "your", "this", "that", "these", "those", "from", "for", "by", "at", "in", 
         "it", "its",   "if", "when", "which", "who", "what", "there", "here", "than", "then",
        "all", "any", "none", "each", "every", "some", "more", "less", "new", "old", "other", "next",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "ago", "today", "yesterday",
        "tomorrow", "never", "since", "until", "last", "first", "due", "overdue", "soon", "now",
         "exchange", "exchanges", "logged", "log", "edit", "edited", "delete", "deleted", "save",
        "saved", "cancel", "cancelled", "search", "review", "warm", "warmth", "cold", "cool", "hot",
        "name", "outlet", "title", "summary", "rating", "channel", "follow", "followup", "snooze",
        "snoozed", "archived", "tag", "tags", "list", "help", "quit", "press", "enter", "back", "close",
        "open", "add", "added", "show", "shows", "filter",  "sorted", "by", "people", "person",
        "nobody", "someone", "undo", "redo", "done", "error", "warning", "failed", "cannot", "can't",
        "don't", "doesn't", "isn't", "won't", "must", "should", "would", "could", "will", "has", "have",
        "had", "does", "did", "out",  "up", "down", "into", "over", "about", "after", "before",
        "between", "during", "only", "also", "already", "still", "again",  "folder", "database",
        "found", "unknown", "expected", "missing", "empty", "invalid", "line", "row", "column", "columns",
        "project", "projects", "coverage", "introduced", "introductions", "moved", "career", 
        "team", "member", "members", "private", "shared", "connection", "lost", "retrying", "waiting",
         "imported",  "exported", "backup", "restore", "restored", "forget", "forgotten",
        "phone",  "meeting", "event",  "reply", "replied", "sent", "received", "gave",
        "owed", "owe", "they", "them", "their", "he", "she", "we", "our",   "my",
    ]

    /// The English words of `text`, in order, except those in `allowing`
    /// (case-insensitive; user data shown in the text).
    public static func found(in text: String, allowing: [String] = []) -> [String] {
        var allowed: Set<String> = []
        for phrase in allowing { allowed.formUnion(split(phrase)) }
        return split(text).filter { words.contains($0) && !allowed.contains($0) }
    }

    /// Lower-cased words of letters and apostrophes.
    static func split(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0 == "'" || $0 == "’") }
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'’")) }
            .filter { !$0.isEmpty }
    }
}
