import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

struct MuttQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mutt-query",
        abstract: L10n.text("Email addresses for mutt's or aerc's address completion."),
        discussion: L10n.text("""
            Prints a first line, then one line per address: email, name and outlet separated by tabs. \
            Matches every word of QUERY in the name or the address. Archived and do-not-contact people \
            are left out, and at most 50 addresses are listed. Nothing matches: a message line and exit 1. \
            mutt: set query_command = "rapport mutt-query %s". aerc: address-book-cmd = rapport mutt-query "%s".
            """))

    /// The most addresses one query lists: completion, not a mailing list.
    static let limit = 50

    @Argument(help: ArgumentHelp(L10n.text("Part of a name or an address.")))
    var query: String
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(L10n.text("give part of a name or an address"))
        }
    }

    func run() throws {
        let context = try database.openForReading()
        let (matches, more) = try context.store.emailAddresses(matching: query, limit: Self.limit)
        guard !matches.isEmpty else {
            print(L10n.text("No match in Rapport for %@", Shown.quoted(query)))
            throw ExitCode(1)
        }
        print(more ? L10n.plural("Searching Rapport… %'d match (the first %'d; type more of the name)",
                                 "Searching Rapport… %'d matches (the first %'d; type more of the name)", matches.count, Self.limit)
                   : L10n.plural("Searching Rapport… %'d match", "Searching Rapport… %'d matches", matches.count))
        for match in matches {
            print([match.email, match.name, match.outlet].map(CLIText.clean).joined(separator: "\t"))
        }
    }
}
