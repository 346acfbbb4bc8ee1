import Foundation
import GRDB
import Testing

/// `rapport snooze`, `archive` and `unarchive`.
struct SnoozeArchiveTests {
    let sandbox = Sandbox()

    init() throws {
        try sandbox.add("Zoé Roux", "--outlet", "Blog Vert", today: "2026-01-01")
        try sandbox.add("Paul Durand", today: "2026-01-01")
    }

    private func snoozedUntil(_ id: Int64 = 1) throws -> Int? {
        try sandbox.read { db in try Int?.fetchOne(db, sql: "SELECT snoozed_until_day FROM contact WHERE id = ?", arguments: [id]) ?? nil }
    }

    private func archived(_ id: Int64 = 1) throws -> Bool? {
        try sandbox.read { db in try Bool.fetchOne(db, sql: "SELECT archived FROM contact WHERE id = ?", arguments: [id]) }
    }

    @Test(arguments: [("30", "2026-07-01", 20635), ("2026-12-24", "2026-12-24", 20811), ("+2w", "2026-06-15", 20619),
                      ("tomorrow", "2026-06-02", 20606)])
    func snoozesUntilADay(_ when: String, _ iso: String, _ ordinal: Int) throws {
        let result = try sandbox.rapport("snooze", "roux", when)
        expectSuccess(result)
        #expect(result.stdout == "Snoozed #1 Zoé Roux until \(iso)\n")
        #expect(try snoozedUntil() == ordinal)
        #expect(try snoozedUntil(2) == nil, "only that contact")
    }

    @Test(arguments: ["off", "OFF", "0"])
    func wakesAContactWithOff(_ off: String) throws {
        expectSuccess(try sandbox.rapport("snooze", "roux", "30"))
        let result = try sandbox.rapport("snooze", "roux", off)
        expectSuccess(result)
        #expect(result.stdout == "#1 Zoé Roux is no longer snoozed\n")
        #expect(try snoozedUntil() == nil)
    }

    @Test(arguments: ["2026-05-01", "today", "yesterday"])
    func refusesADayThatIsNotInTheFuture(_ when: String) throws {
        try sandbox.expectRefusedUnchanged("snooze", "roux", when, exit: .validation,
                                           mentioning: ["not in the future", "today is 2026-06-01"])
    }

    @Test(arguments: ["soon", "2026-13-01", "3 weeks", "1.5"])
    func refusesAValueItCannotRead(_ when: String) throws {
        try sandbox.expectRefusedUnchanged("snooze", "roux", when, exit: .validation, mentioning: ["'\(when)'"])
    }

    @Test func refusesTooManyDays() throws {
        try sandbox.expectRefusedUnchanged("snooze", "roux", "4000", exit: .validation, mentioning: ["4000", "1–3650"])
    }

    @Test func snoozeRefusesAnUnknownContact() throws {
        try sandbox.expectRefusedUnchanged("snooze", "Nadia", "30", exit: .failure, mentioning: ["no contact matches 'Nadia'"])
        try sandbox.expectRefusedUnchanged("snooze", "roux", exit: .usage, mentioning: ["<days|date>"])
    }

    @Test func archivesAndUnarchives() throws {
        let archive = try sandbox.rapport("archive", "roux")
        expectSuccess(archive)
        #expect(archive.stdout == "Archived #1 Zoé Roux\n")
        #expect(try archived() == true)
        #expect(try archived(2) == false)
        #expect(!(try sandbox.rapport("list").stdout.contains("Zoé Roux")), "hidden from the list")
        // Nothing was deleted.
        let show = try sandbox.rapport("show", "1")
        expectSuccess(show)
        #expect(show.stdout.contains("[archived]"))

        let unarchive = try sandbox.rapport("unarchive", "1")
        expectSuccess(unarchive)
        #expect(unarchive.stdout == "Unarchived #1 Zoé Roux\n")
        #expect(try archived() == false)
        #expect(try sandbox.rapport("list").stdout.contains("Zoé Roux"))
    }

    @Test func archiveAndUnarchiveRefuseUnknownAndAmbiguousContacts() throws {
        try sandbox.add("Zoé Martin", "--outlet", "France Inter")
        for command in ["archive", "unarchive"] {
            try sandbox.expectRefusedUnchanged(command, "Nadia", exit: .failure, mentioning: ["no contact matches 'Nadia'"])
            try sandbox.expectRefusedUnchanged(command, "99", exit: .failure, mentioning: ["no contact with id 99"])
            try sandbox.expectRefusedUnchanged(command, "zoe", exit: .failure,
                                               mentioning: ["#1 Zoé Roux (Blog Vert)", "#3 Zoé Martin (France Inter)"])
        }
    }
}
