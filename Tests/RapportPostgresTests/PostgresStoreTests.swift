import Foundation
import RapportCore
import RapportPostgres
import RapportStore
import Testing

/// The PostgreSQL engine through real behaviour, on a fresh database per test.
@Suite("PostgresStore", .enabled(if: PGTestCluster.available), .serialized)
struct PostgresStoreTests {
    @Test func refusesADatabaseNotSetUp() throws {
        let database = try PGTestDatabase(initialized: false)
        #expect {
            _ = try database.open()
        } throws: { error in
            let text = "\(error)"
            return text.contains("is not a Rapport team database") && text.contains("rapport team init --db")
        }
    }

    @Test func refusesADatabaseFromANewerRapport() throws {
        let database = try PGTestDatabase()
        try database.connect().execute("INSERT INTO rapport_migration(id) VALUES ('pg99-from-the-future')")
        #expect(throws: StoreError.newerSchema(path: try database.connect().display, unknown: ["pg99-from-the-future"])) {
            _ = try database.open()
        }
        // Initializing again refuses it too, and changes nothing.
        #expect(throws: StoreError.self) { try PostgresStore.initialize(conninfo: database.url(), cadence: .standard) }
    }

    @Test func initializeTwiceIsHarmless() throws {
        let database = try PGTestDatabase()
        try PostgresStore.initialize(conninfo: database.url(), cadence: .standard)
        let applied = try database.connect().execute("SELECT id FROM rapport_migration").rows.compactMap { $0[0] }
        #expect(applied == PGSchema.knownMigrations)
        let store = try database.open()
        #expect(try store.isEmpty())
        #expect(store.engine.isTeam)
    }

    @Test func contactsWithHandlesTagsAndEdits() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let camille = try store.addContact(
            ContactDraft(name: "  Camille Lefèvre ", outlet: "Le Monde", notes: "Prefers mornings",
                         handles: [Handle(kind: .email, value: "camille@lemonde.example"), Handle(kind: .twitter, value: "@camlef")],
                         tags: ["Tech", "climate"]),
            today: testToday, reviewFrom: nil, allowSharedHandles: false)
        #expect(camille.name == "Camille Lefèvre")
        #expect(camille.owner == store.currentMember)
        #expect(camille.tags == ["climate", "Tech"])
        #expect(try store.contact(id: camille.id) == camille)
        #expect(throws: StoreError.handleTaken("the email CAMILLE@lemonde.example already belongs to #\(camille.id) Camille Lefèvre (Le Monde)")) {
            _ = try store.addContact(ContactDraft(name: "Other", handles: [Handle(kind: .email, value: "CAMILLE@lemonde.example")]),
                                     today: testToday, reviewFrom: nil, allowSharedHandles: false)
        }
        var change = ContactChange()
        change.title = "Science editor"
        change.removeTags = ["tech"]
        change.addTags = ["AI"]
        change.removeHandles = ["@camlef"]
        let (before, after) = try store.updateContact(id: camille.id, change, today: testToday.adding(days: 1),
                                                      allowSharedHandles: false, expecting: camille)
        #expect(before == camille)
        #expect(after.title == "Science editor")
        #expect(after.tags == ["AI", "climate"])
        #expect(after.handles.map(\.kind) == [.email])
        #expect(after.updated == testToday.adding(days: 1))
        #expect(try store.tagNames() == ["AI", "climate"])
        #expect(try store.resolve("lefevre").id == camille.id)
        #expect(try store.resolve("camille@lemonde.example").id == camille.id)
        #expect(try store.emailAddresses(matching: "cam", limit: 5).matches.map(\.email) == ["camille@lemonde.example"])
        _ = try store.setArchived(contactId: camille.id, true, today: testToday)
        #expect(try store.countContacts(ContactFilter()) == 0)
        #expect(try store.countContacts(ContactFilter(includeArchived: true)) == 1)
    }

    @Test func exchangesKeepCachesAndFollowUps() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let sqlite = try RapportDatabase.inMemory()
        let draft = ContactDraft(name: "Jonas Weber", tier: .a)
        let contact = try store.addContact(draft, today: testToday.adding(days: -90), reviewFrom: nil, allowSharedHandles: false)
        let local = try sqlite.addContact(draft, today: testToday.adding(days: -90))
        let exchanges = [
            ExchangeDraft(day: testToday.adding(days: -40), channel: .meeting, summary: "Lunch", rating: 5),
            ExchangeDraft(day: testToday.adding(days: -10), channel: .email, direction: .inbound, summary: "Asked for data",
                          followUp: FollowUp(due: testToday.adding(days: -2), text: "Send the figures")),
        ]
        for exchange in exchanges {
            _ = try store.logExchange(contactId: contact.id, exchange, today: testToday, allowFuture: false)
            _ = try sqlite.logExchange(contactId: local.id, exchange, today: testToday)
        }
        let row = try #require(try store.listContacts(ContactFilter(), sort: .warmth, today: testToday, limit: nil, offset: 0).first)
        let localRow = try #require(try sqlite.listContacts(ContactFilter(), sort: .warmth, today: testToday).first)
        #expect(row.warmth == localRow.warmth)
        #expect(row.lastExchange == testToday.adding(days: -10))
        #expect(try store.openFollowUps(dueBy: testToday, includeInactive: false, limit: nil).map(\.text) == ["Send the figures"])
        let review = try store.review(today: testToday, owner: nil, limit: nil, offset: 0)
        #expect(review.map(\.item.reasonText) == ["follow-up due \(testToday.adding(days: -2).iso): Send the figures"])
        #expect(try store.reviewCount(today: testToday, owner: nil) == 1)
        let history = try store.exchanges(contactId: contact.id, limit: nil)
        #expect(history.map(\.summary) == ["Asked for data", "Lunch"])
        #expect(history.allSatisfy { $0.author == store.currentMember })
        let deleted = try store.deleteExchange(id: history[0].id)
        #expect(try store.contact(id: contact.id)?.lastExchange == testToday.adding(days: -40))
        let restored = try store.restoreExchange(deleted)
        #expect(restored.id == deleted.id)
        #expect(try store.contact(id: contact.id)?.lastExchange == testToday.adding(days: -10))
        try store.setFollowUpDone(exchangeId: restored.id, on: testToday)
        #expect(try store.openFollowUpCount() == 0)
        let edit = try store.updateExchange(id: restored.id, ExchangeDraft(restored).with(summary: "Asked for the data"),
                                            today: testToday, allowFuture: false,
                                            expecting: store.exchange(id: restored.id))
        #expect(edit.after.summary == "Asked for the data")
        let report = try store.forget(contactId: contact.id)
        #expect(report.exchanges == 2)
        #expect(try store.isEmpty())
    }

    @Test func theAuthorIsSetByTheDatabase() throws {
        let database = try PGTestDatabase()
        let alice = try database.addMember("alice")
        let bob = try database.addMember("bob")
        let store = try database.open(user: alice)
        let contact = try store.addContact(ContactDraft(name: "Ana Ruiz"), today: testToday, reviewFrom: nil, allowSharedHandles: false)
        // Alice, through psql, tries to sign an exchange as Bob, then to reassign one.
        let psql = try database.connect(user: alice)
        try psql.execute("""
            INSERT INTO exchange(contact_id, day, channel, direction, summary, author) VALUES ($1, $2, 'email', 'out', 'Forged', $3)
            """, [String(contact.id), String(testToday.ordinal), bob])
        try psql.execute("UPDATE exchange SET author = $1", [bob])
        #expect(try store.exchanges(contactId: contact.id, limit: nil).map(\.author) == [alice])
    }

    @Test func anUndoneDeleteKeepsAPrivateNotePrivate() throws {
        let database = try PGTestDatabase()
        let alice = try database.addMember("alice")
        let bob = try database.addMember("bob")
        let aliceStore = try database.open(user: alice)
        let contact = try aliceStore.addContact(ContactDraft(name: "Ana Ruiz"), today: testToday, reviewFrom: nil,
                                                allowSharedHandles: false)
        let logged = try aliceStore.logExchange(contactId: contact.id, ExchangeDraft(day: testToday, summary: "Call",
                                                                                  notes: "secret plan", notesPrivate: true),
                                                today: testToday, allowFuture: false).exchange
        let deleted = try aliceStore.deleteExchange(id: logged.id)
        let restored = try aliceStore.restoreExchange(deleted)
        #expect(restored.notes == "secret plan" && restored.notesPrivate)
        #expect(try database.open(user: bob).exchanges(contactId: contact.id, limit: nil).map(\.notes) == [""])
        #expect(try database.connect(user: bob).execute("SELECT notes FROM exchange_note").isEmpty)
    }

    @Test func privateNotesAreHiddenFromColleaguesEvenThroughSQL() throws {
        let database = try PGTestDatabase()
        let alice = try database.addMember("alice")
        let bob = try database.addMember("bob")
        let aliceStore = try database.open(user: alice)
        let bobStore = try database.open(user: bob)
        let contact = try aliceStore.addContact(
            ContactDraft(name: "Ana Ruiz", notes: "Dislikes embargoes zanzibar", notesPrivate: true),
            today: testToday, reviewFrom: nil, allowSharedHandles: false)
        _ = try aliceStore.logExchange(contactId: contact.id, ExchangeDraft(day: testToday, summary: "Call", notes: "secret plan",
                                                                          notesPrivate: true),
                                       today: testToday, allowFuture: false)
        #expect(try aliceStore.contact(id: contact.id)?.notes == "Dislikes embargoes zanzibar")
        #expect(try aliceStore.contact(id: contact.id)?.notesPrivate == true)
        let seen = try #require(try bobStore.contact(id: contact.id))
        #expect(seen.notes == "")
        #expect(try bobStore.exchanges(contactId: contact.id, limit: nil).map(\.notes) == [""])
        // psql as Bob: no rows at all.
        #expect(try database.connect(user: bob).execute("SELECT notes FROM contact_note").isEmpty)
        #expect(try database.connect(user: bob).execute("SELECT notes FROM exchange_note").isEmpty)
        #expect(try aliceStore.search("zanzibar", limit: 10, includeArchived: true).map(\.contact.id) == [contact.id])
        #expect(try bobStore.search("zanzibar", limit: 10, includeArchived: true).isEmpty)
        #expect(try bobStore.countContacts(ContactFilter(search: "zanzibar")) == 0)
        // Bob cannot overwrite the note he cannot see.
        var change = ContactChange()
        change.notes = "Bob's view"
        #expect(throws: StoreError.self) {
            _ = try bobStore.updateContact(id: contact.id, change, today: testToday, allowSharedHandles: false, expecting: nil)
        }
        #expect(try aliceStore.contact(id: contact.id)?.notes == "Dislikes embargoes zanzibar")
        // Forgetting the person erases the private notes too.
        _ = try bobStore.forget(contactId: contact.id)
        #expect(try database.connect().execute("SELECT count(*) FROM contact_note").scalar == "0")
        #expect(try database.connect().execute("SELECT count(*) FROM exchange_note").scalar == "0")
    }

    @Test func theGuardNamesTheColleagueWhoAskedAlready() throws {
        let database = try PGTestDatabase()
        let alice = try database.addMember("alice", name: "Alice Martin")
        let bob = try database.addMember("bob", name: "Bob Stone")
        let aliceStore = try database.open(user: alice)
        let bobStore = try database.open(user: bob)
        let contact = try aliceStore.addContact(ContactDraft(name: "Ana Ruiz"), today: testToday.adding(days: -30),
                                                reviewFrom: nil, allowSharedHandles: false)
        _ = try aliceStore.logExchange(contactId: contact.id, ExchangeDraft(day: testToday.adding(days: -2), summary: "Pitched the launch",
                                                                          intent: .asked),
                                       today: testToday, allowFuture: false)
        let result = try bobStore.logExchange(contactId: contact.id, ExchangeDraft(day: testToday, summary: "Asked for a quote",
                                                                                  intent: .asked),
                                              today: testToday, allowFuture: false)
        #expect(result.warnings == [
            "Alice Martin already asked Ana Ruiz something 2 days ago (\(testToday.adding(days: -2).iso)): \u{201C}Pitched the launch\u{201D}, and nothing was given since.",
        ])
        #expect(try bobStore.teamMembers().map(\.exchanges) == [1, 1])
    }

    @Test func aStaleEditIsRefusedNamingWhoChangedIt() throws {
        let database = try PGTestDatabase()
        let alice = try database.addMember("alice", name: "Alice Martin")
        let bob = try database.addMember("bob", name: "Bob Stone")
        let aliceStore = try database.open(user: alice)
        let bobStore = try database.open(user: bob)
        let contact = try aliceStore.addContact(ContactDraft(name: "Ana Ruiz"), today: testToday, reviewFrom: nil, allowSharedHandles: false)
        let bobsForm = try #require(try bobStore.contact(id: contact.id))
        var aliceChange = ContactChange()
        aliceChange.title = "Editor"
        _ = try aliceStore.updateContact(id: contact.id, aliceChange, today: testToday, allowSharedHandles: false, expecting: contact)
        var bobChange = ContactChange()
        bobChange.title = "Reporter"
        #expect {
            _ = try bobStore.updateContact(id: contact.id, bobChange, today: testToday, allowSharedHandles: false, expecting: bobsForm)
        } throws: { error in
            guard case let .changedSince(what, by, at)? = error as? StoreError else { return false }
            return what == "Ana Ruiz" && by == "Alice Martin" && at?.count == 5
        }
        #expect(try aliceStore.contact(id: contact.id)?.title == "Editor")
        // A log by a colleague changes caches only: an open form stays valid.
        let fresh = try #require(try bobStore.contact(id: contact.id))
        _ = try aliceStore.logExchange(contactId: contact.id, ExchangeDraft(day: testToday, summary: "Call"), today: testToday,
                                       allowFuture: false)
        let after = try bobStore.updateContact(id: contact.id, bobChange, today: testToday, allowSharedHandles: false, expecting: fresh)
        #expect(after.after.title == "Reporter")
    }

    @Test func colleaguesWritesAreNoticed() throws {
        let database = try PGTestDatabase()
        let mine = try database.open()
        let colleague = try database.open()
        let watch = try #require(try mine.changeWatch())
        _ = try colleague.addContact(ContactDraft(name: "Ana Ruiz"), today: testToday, reviewFrom: nil, allowSharedHandles: false)
        var seen = false
        for _ in 0..<500 where !seen {
            seen = watch.changed()
            if !seen { usleep(10_000) }
        }
        #expect(seen)
    }

    @Test func aLostConnectionIsReportedAndRecovered() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let watch = try #require(store.changeWatch())
        _ = try store.addContact(ContactDraft(name: "Ana Ruiz"), today: testToday, reviewFrom: nil, allowSharedHandles: false)
        let cut = "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()"
        // A read reconnects by itself: nothing was written.
        try database.admin.execute(cut, [database.name])
        #expect(try store.contactCount() == 1)
        // A write on a lost connection is reported as not saved, and the next one works.
        try database.admin.execute(cut, [database.name])
        #expect(throws: StoreError.self) {
            _ = try store.addContact(ContactDraft(name: "Ben Ode"), today: testToday, reviewFrom: nil, allowSharedHandles: false)
        }
        var saved = false
        for _ in 0..<300 where !saved {
            saved = (try? store.addContact(ContactDraft(name: "Ben Ode"), today: testToday, reviewFrom: nil,
                                           allowSharedHandles: false)) != nil
            if !saved { usleep(10_000) }
        }
        #expect(saved)
        #expect(try store.contactCount() == 2)
        // The watch comes back and reports a change (what happened meanwhile is unknown).
        var noticed = false
        for _ in 0..<300 where !noticed {
            noticed = watch.changed()
            if !noticed { usleep(10_000) }
        }
        #expect(noticed)
    }

    @Test func theWatchSaysOnceThatTheServerIsLostThenThatItIsBack() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let watch = try #require(store.changeWatch())
        #expect(watch.look() == .quiet)
        // Nobody can connect for a while, as when the server is stopped.
        let name = PGConnection.identifier(database.name)
        try database.admin.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS false")
        try database.admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database.name])
        var reports: [WatchReport] = []
        for _ in 0..<300 where !reports.contains(.lost) {
            reports.append(watch.look())
            if !reports.contains(.lost) { usleep(10_000) }
        }
        #expect(reports.last == .lost, "an idle watch notices the lost server")
        // Said once: the retries that fail are quiet.
        for _ in 0..<150 { reports.append(watch.look()); usleep(10_000) }
        #expect(reports.filter { $0 == .lost }.count == 1)
        #expect(!reports.contains(.changed))
        try database.admin.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS true")
        var back = false
        for _ in 0..<300 where !back {
            back = watch.look() == .changed
            if !back { usleep(10_000) }
        }
        #expect(back, "once the server answers, the watch says something may have changed")
        #expect(try store.contactCount() == 0, "a read reconnects the store")
        _ = try store.addContact(ContactDraft(name: "Ana Ruiz"), today: testToday, reviewFrom: nil, allowSharedHandles: false)
        #expect(watch.look() == .quiet, "its own writes are not reported")
    }

    @Test func reviewByOwner() throws {
        let database = try PGTestDatabase()
        let alice = try database.addMember("alice")
        let bob = try database.addMember("bob")
        let aliceStore = try database.open(user: alice)
        let bobStore = try database.open(user: bob)
        let old = testToday.adding(days: -400)
        let ana = try aliceStore.addContact(ContactDraft(name: "Ana"), today: old, reviewFrom: nil, allowSharedHandles: false)
        let ben = try bobStore.addContact(ContactDraft(name: "Ben"), today: old, reviewFrom: nil, allowSharedHandles: false)
        #expect(try aliceStore.reviewIds(today: testToday, owner: alice) == [ana.id])
        #expect(try aliceStore.reviewIds(today: testToday, owner: nil) == [ana.id, ben.id])
        #expect(try aliceStore.reviewCount(today: testToday, owner: bob) == 1)
        var change = ContactChange()
        change.owner = alice
        _ = try bobStore.updateContact(id: ben.id, change, today: testToday, allowSharedHandles: false, expecting: nil)
        #expect(try aliceStore.reviewIds(today: testToday, owner: alice) == [ana.id, ben.id])
        var filter = ContactFilter()
        filter.owner = bob
        #expect(try aliceStore.countContacts(filter) == 0)
    }

    @Test func importMatchesOnIdentifyingHandlesAllOrNothing() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let existing = try store.addContact(ContactDraft(name: "Ana Ruiz", handles: [Handle(kind: .email, value: "ana@x.example")]),
                                            today: testToday, reviewFrom: nil, allowSharedHandles: false)
        let records = [
            ImportRecord(draft: ContactDraft(name: "Ana R.", outlet: "El País", handles: [Handle(kind: .email, value: "ANA@x.example")]),
                         exchanges: [ExchangeDraft(day: testToday, summary: "Met at a fair")]),
            ImportRecord(draft: ContactDraft(name: "Ben Ode", handles: [Handle(kind: .email, value: "ben@y.example")])),
            ImportRecord(draft: ContactDraft(name: "Ben Again", handles: [Handle(kind: .email, value: "ben@y.example")])),
        ]
        let (outcomes, counts) = try store.importContacts(ImportOptions(policy: .merge), today: testToday) { sink in
            try records.map { try sink.add($0) }
        }
        #expect(counts.imported == 1 && counts.merged == 2 && counts.exchanges == 1)
        #expect(outcomes.first == .merged(contactId: existing.id))
        #expect(try store.contact(id: existing.id)?.outlet == "El País")
        #expect(try store.contact(id: existing.id)?.lastExchange == testToday)
        // A failing body leaves nothing behind.
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try store.importContacts(ImportOptions(), today: testToday) { sink in
                _ = try sink.add(ImportRecord(draft: ContactDraft(name: "Cleo")))
                throw Stop()
            }
        }
        #expect(try store.contactCount() == 2)
        // A dry run counts and keeps nothing.
        let dry = try store.importContacts(ImportOptions(dryRun: true), today: testToday) { sink in
            try sink.add(ImportRecord(draft: ContactDraft(name: "Dora")))
        }
        #expect(dry.counts.imported == 1)
        #expect(try store.contactCount() == 2)
    }

    @Test func writingCachesLeavesTheSearchVectorsAlone() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        let eloise = try store.addContact(ContactDraft(name: "Éloïse Martin", outlet: "Le Monde"), today: testToday, reviewFrom: nil,
                                          allowSharedHandles: false)
        _ = try store.logExchange(contactId: eloise.id, ExchangeDraft(day: testToday.adding(days: -3), summary: "Déjeuner"),
                                  today: testToday, allowFuture: false)
        let psql = try database.connect()
        // A vector the trigger would never compute: it survives only if nothing recomputes it.
        try psql.execute("BEGIN; SET LOCAL rapport.bulk = 'on'; UPDATE contact SET search = to_tsvector('simple', 'sentinelle') WHERE id = \(eloise.id); COMMIT")
        let base = "SELECT search::text, warmth_base FROM contact WHERE id = \(eloise.id)"
        let before = try #require(try psql.execute(base).rows.first)
        // Coverage changes the warmth caches, and only them.
        _ = try store.addCoverage(contactId: eloise.id, CoverageDraft(day: testToday, title: "Portrait"), today: testToday)
        let after = try #require(try psql.execute(base).rows.first)
        #expect(after[1] != before[1], "the caches changed: \(before) → \(after)")
        #expect(after[0] == "'sentinelle':1", "\(after)")
        // Name edits still index: the setting was put back.
        var change = ContactChange()
        change.outlet = "Libération"
        _ = try store.updateContact(id: eloise.id, change, today: testToday, allowSharedHandles: false, expecting: nil)
        #expect(try store.search("libération", limit: 5, includeArchived: true).map(\.contact.id) == [eloise.id])
    }

    @Test func backupIsASQLiteFileWithEverything() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        _ = try store.loadDemo(DemoOptions(contacts: 20, exchanges: 120, seed: 3), today: testToday)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pgstore-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("backup.sqlite").path
        // The demo has press work (coverage, moves, introductions): all of it is carried.
        let inventory = try store.pressWorkInventory()
        #expect(inventory.coverage > 0 && inventory.moves > 0 && inventory.introductions > 0)
        try store.backup(intoEmptyFile: path)
        let copy = try RapportDatabase.open(path: path)
        #expect(try copy.contactCount() == 20)
        #expect(try copy.pressWorkInventory() == inventory)
        #expect(try copy.projectSummaries().map(\.name) == store.projectSummaries().map(\.name))
        for id in Int64(1)...20 { #expect(try copy.career(contactId: id) == store.career(contactId: id)) }
        func coverage(_ store: any Store) throws -> [String] {
            try store.listCoverage(contactId: nil, project: nil, since: nil, limit: nil).map { entry in
                var item = entry.coverage
                // Exchange ids are renumbered: the link is compared by what it points at.
                let linked = try item.exchangeId.flatMap { try store.exchange(id: $0) }.map { "\($0.day.iso) \($0.summary)" }
                item.id = 0
                item.author = nil
                item.exchangeId = nil
                return "\(item) \(entry.contactName) \(linked ?? "-")"
            }
        }
        #expect(try coverage(copy) == coverage(store))
        var mine: [String] = [], theirs: [String] = []
        try store.exportContacts(ExportFilter(), withExchanges: true, batchSize: 7) { mine.append(Self.fingerprint($0)) }
        try copy.exportContacts(ExportFilter(), withExchanges: true, batchSize: 7) { theirs.append(Self.fingerprint($0)) }
        #expect(mine == theirs)
    }

    /// A contact and its exchanges without ids, authors or owners.
    static func fingerprint(_ item: ExportedContact) -> String {
        var contact = item.contact
        contact.id = 0
        contact.owner = nil
        let exchanges = item.exchanges.map { exchange -> String in
            var copy = exchange
            copy.id = 0
            copy.contactId = 0
            copy.author = nil
            return "\(copy)"
        }
        return "\(contact) \(exchanges)"
    }
}

extension ExchangeDraft {
    func with(summary: String) -> ExchangeDraft {
        var copy = self
        copy.summary = summary
        return copy
    }
}
