// l10n-exempt-file: schema and frozen sort keys, no user-facing text
import Foundation
import GRDB

extension Schema {
    /// Version 5: sort by surname (issue 12).
    ///
    /// - `contact.family_name`, `contact.given_name`: the structured name
    ///   (vCard `N`, a CSV "Nom" beside "Prénom"), NULL when no source gave one.
    /// - `contact.surname_key`: `SurnameSort.key`, kept by every writer
    ///   (`ContactTable`), indexed with `archived` as the name order is.
    ///
    /// Frozen: the existing contacts have no structured name yet, so their
    /// key is computed from the name alone by `v5SurnameKey`, a copy of
    /// `SurnameSort` and `TextKey.fold` as they were when v5 shipped (a
    /// test checks it still equals today's computation).
    static func v5(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE contact ADD COLUMN family_name TEXT;
            ALTER TABLE contact ADD COLUMN given_name TEXT;
            ALTER TABLE contact ADD COLUMN surname_key TEXT NOT NULL DEFAULT '';
            """)
        let rows = try Row.fetchAll(db, sql: "SELECT id, name FROM contact")
        let update = try db.makeStatement(sql: "UPDATE contact SET surname_key = ? WHERE id = ?")
        for row in rows {
            let name: String = row["name"]
            let id: Int64 = row["id"]
            try update.execute(arguments: [v5SurnameKey(name: name), id])
        }
        try db.execute(sql: "CREATE INDEX contact_by_surname ON contact(archived, surname_key)")
    }

    /// Version 5's surname key of a name without a structured family name:
    /// the last word with the particles before it; lower-case particles
    /// passed over, then a capitalised article after them; family, given
    /// and particles folded, separated by U+0001.
    static func v5SurnameKey(name: String) -> String {
        let particles: Set<String> = [
            "de", "d'", "du", "des", "le", "la", "les", "l'", "van", "von", "der", "den", "ter", "ten", "di", "da",
            "del", "della", "dos", "das",
        ]
        let articles: Set<String> = ["le", "la", "les", "l'"]
        var words: [(text: String, space: Bool)] = []
        for raw in name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0.isNewline }) {
            let word = String(raw.map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 })
            let lower = word.lowercased()
            if word.count > 2, lower.hasPrefix("d'") || lower.hasPrefix("l'") {
                words.append((String(word.prefix(2)), false))
                words.append((String(word.dropFirst(2)), true))
            } else {
                words.append((word, true))
            }
        }
        func join(_ part: ArraySlice<(text: String, space: Bool)>) -> String {
            var text = ""
            for word in part { text += word.text + (word.space ? " " : "") }
            return text.hasSuffix(" ") ? String(text.dropLast()) : text
        }
        var start = max(words.count - 1, 0)
        while start > 0, particles.contains(words[start - 1].text.lowercased()) { start -= 1 }
        let family = words[start...]
        var skipped = 0
        while skipped < family.count - 1, particles.contains(family[start + skipped].text),
              family[start + skipped].text == family[start + skipped].text.lowercased() { skipped += 1 }
        if skipped > 0, skipped < family.count - 1 {
            let text = family[start + skipped].text
            if articles.contains(text.lowercased()), text != text.lowercased() { skipped += 1 }
        }
        let parts = [join(family.dropFirst(skipped)), join(words[..<start]), join(family.prefix(skipped))]
        return parts.map(v5Fold).joined(separator: "\u{1}")
    }

    /// `TextKey.fold` as version 5 shipped it.
    static func v5Fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        if folded.unicodeScalars.contains(where: { !$0.isASCII }) {
            for (letter, plain) in [("œ", "oe"), ("æ", "ae"), ("ø", "o"), ("ð", "d"), ("đ", "d"), ("ł", "l"), ("ı", "i"),
                                    ("þ", "th"), ("ħ", "h")] {
                folded = folded.replacingOccurrences(of: letter, with: plain)
            }
        }
        return folded
    }
}

/// The surname key as version 5 of the schema computed it from a name
/// alone: for the PostgreSQL engine's matching migration, which must write
/// the same keys and must not call live code either.
public enum FrozenSurnameKey {
    public static func v5(name: String) -> String { Schema.v5SurnameKey(name: name) }
}
