import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportTransfer

struct MuttQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mutt-query",
        abstract: "Email addresses for mutt's or aerc's address completion.",
        discussion: """
            Prints a first line, then one line per address: email, name and outlet separated by tabs. \
            Matches every word of QUERY in the name or the address. Archived and do-not-contact people \
            are left out, and at most 50 addresses are listed. Nothing matches: a message line and exit 1. \
            mutt: set query_command = "rapport mutt-query %s". aerc: address-book-cmd = rapport mutt-query "%s".
            """)

    /// The most addresses one query lists: completion, not a mailing list.
    static let limit = 50

    @Argument(help: "Part of a name or an address.")
    var query: String
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError("give part of a name or an address")
        }
    }

    func run() throws {
        let context = try database.openForReading()
        let (matches, more) = try context.store.emailAddresses(matching: query, limit: Self.limit)
        guard !matches.isEmpty else {
            print("No match in Rapport for '\(CLIText.clean(query))'")
            throw ExitCode(1)
        }
        let count = "\(matches.count) match\(matches.count == 1 ? "" : "es")"
        print("Searching Rapport… \(count)\(more ? " (the first \(Self.limit); type more of the name)" : "")")
        for match in matches {
            print([match.email, match.name, match.outlet].map(CLIText.clean).joined(separator: "\t"))
        }
    }
}
