import Foundation
import Testing

/// `rapport mutt-query`: the address query format of mutt and aerc.
struct MuttQueryTests {
    let sandbox = Sandbox()

    @Test func firstLineThenOneTabSeparatedLinePerAddress() throws {
        try sandbox.add("Camille Lefèvre", "--outlet", "Le Monde", "--email", "camille@lemonde.example", "--email", "c.lefevre@perso.example")
        try sandbox.add("Camille Martin", "--email", "cmartin@radio.example")
        try sandbox.add("Paul Durand", "--email", "paul@camille-conseil.example")
        try sandbox.add("Camille Archivée", "--email", "archived@example.org")
        try sandbox.add("Camille Silence", "--email", "silence@example.org")
        try sandbox.add("Camille Sans Mail", "--twitter", "@camille")
        #expect(try sandbox.rapport("archive", "Archivée").succeeded)
        #expect(try sandbox.rapport("edit", "Silence", "--do-not-contact", "true").succeeded)
        let result = try sandbox.rapport("mutt-query", "camille")
        expectSuccess(result)
        #expect(result.stdoutLines == [
            "Searching Rapport… 4 matches",
            "camille@lemonde.example\tCamille Lefèvre\tLe Monde",
            "c.lefevre@perso.example\tCamille Lefèvre\tLe Monde",
            "cmartin@radio.example\tCamille Martin\t",
            "paul@camille-conseil.example\tPaul Durand\t",
        ])
        // Accents and case are ignored; every word must match.
        #expect(try sandbox.rapport("mutt-query", "LEFEVRE perso").stdoutLines == [
            "Searching Rapport… 1 match", "c.lefevre@perso.example\tCamille Lefèvre\tLe Monde",
        ])
    }

    @Test func noMatchIsAMessageLineAndExitOne() throws {
        try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example")
        let result = try sandbox.rapport("mutt-query", "zorglub")
        #expect(result.exitCode == 1, "\(result)")
        #expect(result.stdout == "No match in Rapport for 'zorglub'\n")
        #expect(result.stderr.isEmpty)
        let empty = try sandbox.rapport("mutt-query", "  ")
        expectRefused(empty, .usage, mentioning: ["part of a name"])
    }

    @Test func namesCannotBreakTheFormatAndListsAreCapped() throws {
        try sandbox.add("Eve\tTab \u{1B}[31mRed", "--outlet", "Bad\tOutlet", "--email", "eve@example.org")
        let eve = try sandbox.rapport("mutt-query", "eve")
        #expect(eve.stdoutLines.count == 2, "\(eve)")
        #expect(eve.stdoutLines.last?.split(separator: "\t", omittingEmptySubsequences: false).count == 3)
        #expect(!eve.stdout.contains("\u{1B}"))
        for index in 1...55 { try sandbox.add("Reporter \(index)", "--email", "reporter\(index)@news.example") }
        let many = try sandbox.rapport("mutt-query", "reporter")
        #expect(many.stdoutLines.count == 51, "\(many)")
        #expect(many.stdoutLines.first == "Searching Rapport… 50 matches (the first 50; type more of the name)")
    }
}
