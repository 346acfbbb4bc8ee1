import Foundation
import GRDB
import RapportCore
@testable import RapportStore
import Testing

/// Days and vocabulary values as database values, and the one definition
/// of the contact and exchange columns.
@Suite("Stored values and table columns")
struct StoredValuesTests {
    @Test("days are stored as their ordinal; vocabulary values as their name")
    func storedForms() throws {
        let day = Day(year: 2026, month: 3, day: 9) ?? Day(ordinal: 0)
        #expect(day.databaseValue == day.ordinal.databaseValue)
        #expect(Day.fromDatabaseValue(day.ordinal.databaseValue) == day)
        #expect(Day.fromDatabaseValue(.null) == nil)
        #expect(Channel.twitterDM.databaseValue == "twitter-dm".databaseValue)
        #expect(Direction.fromDatabaseValue("in".databaseValue) == .inbound)
        #expect(Tier.fromDatabaseValue("C".databaseValue) == .c)
        #expect(Role.fromDatabaseValue(DatabaseValue.null) == nil)
    }

    @Test("a name this version does not know reads as the vocabulary's catch-all, as before")
    func unknownNames() throws {
        let unknown = "martian".databaseValue
        #expect(Role.fromDatabaseValue(unknown) == .other)
        #expect(Tier.fromDatabaseValue(unknown) == .b)
        #expect(Stage.fromDatabaseValue(unknown) == .new)
        #expect(Channel.fromDatabaseValue(unknown) == .other)
        #expect(Direction.fromDatabaseValue(unknown) == .outbound)
        #expect(Intent.fromDatabaseValue(unknown) == .chat)
        #expect(HandleKind.fromDatabaseValue(unknown) == .other)
    }

    @Test("a contact written through the column definition reads back equal, every field")
    func contactRoundTrip() throws {
        let database = try memoryDatabase()
        let draft = ContactDraft(name: "Élise Lefèvre", role: .expert, outlet: "Le Monde", title: "Chief", tier: .a,
                                 cadenceOverride: 21, stage: .trusted, howMet: "Panel", notes: "Likes data",
                                 doNotContact: true, handles: [Handle(kind: .email, value: "e@lemonde.fr")], tags: ["Climate"])
        let contact = Contact(id: 0, draft: draft, snoozedUntil: today.adding(days: 5), archived: true,
                              created: today.adding(days: -40), updated: today.adding(days: -2),
                              reviewFrom: today.adding(days: -30), lastExchange: today.adding(days: -3))
        let read = try database.writer.write { db -> Contact? in
            try db.execute(sql: ContactTable.insertSQL, arguments: StatementArguments(
                ContactTable.insertValues(contact, warmthBase: 1.5, warmthKey: 2.5)))
            let id = db.lastInsertedRowID
            #expect(try String.fetchOne(db, sql: "SELECT name_key FROM contact WHERE id = ?", arguments: [id]) == "elise lefevre")
            #expect(try Double.fetchOne(db, sql: "SELECT warmth_key FROM contact WHERE id = ?", arguments: [id]) == 2.5)
            // Each field in the column that holds it (the schema's names, written out here on purpose).
            let row = try #require(try Row.fetchOne(db, sql: """
                SELECT name, role, outlet, title, tier, cadence_override, stage, how_met, notes, snoozed_until_day,
                  do_not_contact, archived, created_day, updated_day, review_from_day, last_exchange_day
                FROM contact WHERE id = ?
                """, arguments: [id]))
            let stored: [DatabaseValue] = Array(row.databaseValues)
            let texts = ["Élise Lefèvre", "expert", "Le Monde", "Chief", "A"].map(\.databaseValue)
            let middle = [21.databaseValue] + ["trusted", "Panel", "Likes data"].map(\.databaseValue)
            let numbers = [today.adding(days: 5).ordinal, 1, 1, today.adding(days: -40).ordinal, today.adding(days: -2).ordinal,
                           today.adding(days: -30).ordinal, today.adding(days: -3).ordinal].map(\.databaseValue)
            let expected = texts + middle + numbers
            #expect(stored == expected)
            return try ContactTable.fetch(db, id: id, handles: draft.handles, tags: draft.tags)
        }
        var expected = contact
        expected.id = try #require(read).id
        #expect(read == expected)
    }

    @Test("an exchange's follow-up is three columns: all NULL without one, read back whole with one")
    func exchangeFollowUp() throws {
        let database = try memoryDatabase()
        let contact = try database.add("Ada")
        let plain = Exchange(id: 0, contactId: contact.id, day: today, channel: .phone, direction: .inbound,
                             summary: "Called", notes: "n", rating: 4, intent: .gave)
        var promised = plain
        promised.followUp = FollowUp(due: today.adding(days: 7), text: "Send the figures", done: today.adding(days: 2))
        let (first, second, nulls) = try database.writer.write { db in
            let first = try ExchangeTable.insert(db, plain)
            let second = try ExchangeTable.insert(db, promised)
            let nulls = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM exchange WHERE id = ? AND follow_up_day IS NULL AND follow_up IS NULL AND follow_up_done_day IS NULL
                """, arguments: [first])
            return (try ExchangeTable.fetch(db, id: first), try ExchangeTable.fetch(db, id: second), nulls)
        }
        #expect(nulls == 1)
        let columns = try database.writer.read { db in
            try Row.fetchOne(db, sql: "SELECT day, channel, direction, intent, rating, follow_up_day, follow_up FROM exchange WHERE id = ?",
                             arguments: [second?.id])
        }
        let stored: [DatabaseValue] = columns.map { Array($0.databaseValues) } ?? []
        let days: [DatabaseValue] = [today.ordinal.databaseValue]
        let names: [DatabaseValue] = ["phone", "in", "gave"].map(\.databaseValue)
        let rest: [DatabaseValue] = [4.databaseValue, today.adding(days: 7).ordinal.databaseValue, "Send the figures".databaseValue]
        #expect(stored == days + names + rest)
        #expect(first?.draft == plain.draft)
        #expect(second?.draft == promised.draft)
        #expect(second?.contactId == contact.id)
    }
}
