import ArgumentParser
import Foundation
import RapportCore
import RapportStore

/// What the shell completion scripts (`--generate-completion-script`) offer
/// for values: the fixed vocabularies, and contact names and ids read from
/// the database at tab time through `rapport ---completion …`.
enum Completion {
    /// The most contact candidates one tab press lists.
    static let contactLimit = 50

    /// A contact argument: names and ids from the database this command
    /// line names (`--db`, else `$RAPPORT_DB`, else the default file).
    static let contacts = CompletionKind.custom { words, index, prefix in
        contactCandidates(words: words, prefix: typedWord(words: words, index: index, prefix: prefix),
                          environment: ProcessInfo.processInfo.environment)
    }

    /// `true` or `false`.
    static let boolean = CompletionKind.list(["true", "false"])

    /// A rating, 1 to 5.
    static let rating = CompletionKind.list((1...5).map(String.init))

    /// A rating, or `none` to clear it.
    static let ratingOrNone = CompletionKind.list((1...5).map(String.init) + ["none"])

    /// The CSV field separators `export --delimiter` accepts.
    static let delimiter = CompletionKind.list([",", ";"])

    /// The candidates for a contact word. Quiet by design: a missing,
    /// foreign or damaged database gives none, and no file is ever created.
    static func contactCandidates(words: [String], prefix: String, environment: [String: String]) -> [String] {
        let path = DatabaseLocation.resolve(explicit: databaseOption(in: words), environment: environment)
        let names = ContactCompletion.candidates(path: path, typed: unquoted(prefix), limit: contactLimit)
            .filter { $0 == CLIText.clean($0) }  // a name a terminal cannot show safely is not offered
        // zsh's `_describe` reads `value:description`: a colon in a name is escaped.
        guard CompletionShell.requesting == .zsh else { return names }
        return names.map { $0.replacingOccurrences(of: ":", with: "\\:") }
    }

    /// The word being completed, up to the cursor. ArgumentParser 1.8.2
    /// cuts its `prefix` from the last word of the line, which is the word
    /// being completed only when the cursor is in the last word; elsewhere
    /// (`rapport edit Ca<Tab> --db x`) the whole word at `index` is used.
    static func typedWord(words: [String], index: Int, prefix: String) -> String {
        guard words.indices.contains(index), index != words.count - 1 else { return prefix }
        return words[index]
    }

    /// The value of the last `--db PATH` or `--db=PATH` among the shell words.
    static func databaseOption(in words: [String]) -> String? {
        var found: String?
        for (index, word) in words.enumerated() {
            if word == "--db", index + 1 < words.count {
                found = unquoted(words[index + 1])
            } else if word.hasPrefix("--db=") {
                found = unquoted(String(word.dropFirst("--db=".count)))
            }
        }
        return found.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A shell word as typed, without its quotes and backslash escapes
    /// (the shells pass words verbatim): `"Camille Le` → `Camille Le`.
    static func unquoted(_ word: String) -> String {
        var result = ""
        var quote: Character?
        var escaped = false
        for character in word {
            if escaped {
                result.append(character)
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
            } else if let open = quote, character == open {
                quote = nil
            } else if quote == nil, character == "'" || character == "\"" {
                quote = character
            } else {
                result.append(character)
            }
        }
        return result
    }
}

extension NamedValue {
    /// Every accepted name, for the shell completion of an option that
    /// parses with `argument` (ArgumentParser cannot see them through a
    /// `transform`).
    static var completions: CompletionKind { .list(allNames) }
}
