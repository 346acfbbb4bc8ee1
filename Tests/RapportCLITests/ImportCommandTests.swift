import Foundation
import GRDB
import Testing

/// `rapport import`: real exports end to end, malformed files, duplicates,
/// options, dry runs, spread review days.
struct ImportCommandTests {
    let sandbox = Sandbox()

    static let realExports: [(file: String, names: [String], withoutName: Int)] = [
        ("apple-ios.vcf", ["Camille Lefèvre", "Le Monde Rédaction"], 0),
        ("google.vcf", ["Minh Nguyen", "Élodie Marchand-Dupuis"], 0),
        ("outlook-android-21.vcf", ["François Dupré", "Sophie Martin"], 0),
        ("vcard4.vcf", ["Ana Souza", "山田 花子"], 0),
        ("no-names.vcf", ["Paul Marie Durand"], 3),
        ("english.csv", ["Ada Lovelace", "Smith, Jane", "Tom Baker"], 0),
        ("french.csv", ["Camille Lefèvre", "Jean-Pierre Durand", "Léa", "Marc Petit"], 1),
    ]

    @Test(arguments: realExports.indices)
    func everyRealExportImportsEndToEnd(_ index: Int) throws {
        let (file, names, withoutName) = Self.realExports[index]
        try sandbox.copyFixture(file)
        let result = try sandbox.rapport("import", file)
        #expect(result.succeeded, "\(result)")
        #expect(result.stdoutLines == [
            "imported \(names.count) contact\(names.count == 1 ? "" : "s"), merged 0, skipped 0 duplicates, \(withoutName) without a name",
        ])
        #expect(try sandbox.people().map(\.name).sorted() == names.sorted())
        // What was imported is what show and search see.
        let show = try sandbox.rapport("show", "--json", names[0])
        #expect(show.succeeded, "\(show)")
    }

    @Test func appleCardKeepsEveryHandleLabelAndTag() throws {
        try sandbox.copyFixture("apple-ios.vcf")
        try sandbox.importFiles("apple-ios.vcf")
        let camille = try #require(try sandbox.people().first { $0.name == "Camille Lefèvre" })
        #expect(camille.outlet == "Le Monde")
        #expect(camille.handles.count == 11)
        #expect(camille.handles.contains("phone +33 6 12 34 56 78 [Ligne directe]"))
        #expect(camille.handles.contains("mastodon @camille@mastodon.social []"))
        #expect(camille.tags == ["Économie", "Tech"])
        #expect(camille.notes == "Rencontrée au salon VivaTech.\nPréfère les appels le matin.")
        let search = try sandbox.rapport("search", "vivatech")
        #expect(search.stdout.contains("Camille Lefèvre"), "\(search)")
    }

    @Test func frenchSpreadsheetWithSemicolonsBOMAndMultiLineFields() throws {
        try sandbox.copyFixture("french.csv", as: "contacts presse.csv")
        let result = try sandbox.rapport("import", "contacts presse.csv")
        #expect(result.succeeded, "\(result)")
        #expect(result.stdoutLines == ["imported 4 contacts, merged 0, skipped 0 duplicates, 1 without a name"])
        #expect(result.warnings == [
            "warning: contacts presse.csv:1: columns not imported: Anniversaire (use --map COLUMN=FIELD)",
            "warning: contacts presse.csv:11: unknown role 'rédacteur'; journalist used",
        ])
        let people = try sandbox.people()
        let camille = try #require(people.first { $0.name == "Camille Lefèvre" })
        #expect(camille.notes == "Très réactive.\nPréfère \"Signal\" ; jamais le lundi.")
        #expect(camille.tags == ["Économie", "Tech"])
        #expect(camille.handles == ["email camille@lemonde.example []", "email c.lefevre@perso.example []", "phone +33 6 12 34 56 78 []"])
        let lea = try #require(people.first { $0.name == "Léa" })
        #expect(lea.title == "Cheffe d'édition")
        #expect(lea.role == "partner")
        #expect(lea.notes == "Ligne 1\nLigne 2\nLigne 3")
    }

    @Test func warningsNameFileAndLineAndDoNotStopTheImport() throws {
        try sandbox.copyFixture("english.csv")
        let result = try sandbox.rapport("import", "english.csv")
        #expect(result.succeeded, "\(result)")
        #expect(result.warnings.contains { $0.hasPrefix("warning: english.csv:3: ") && $0.contains("tom@@broken") }, "\(result)")
        #expect(result.warnings.contains("warning: english.csv:1: columns not imported: Birthday (use --map COLUMN=FIELD)"))
    }

    /// A CSV line that is not UTF-8 (Windows-1252 here) is read anyway, as
    /// in vCards: its row is imported, with a warning naming the line.
    @Test func csvLinesThatAreNotUTF8AreImportedWithAWarning() throws {
        try sandbox.copyFixture("malformed-utf8.csv")
        let result = try sandbox.rapport("import", "malformed-utf8.csv")
        #expect(result.succeeded, "\(result)")
        #expect(result.warnings == ["warning: malformed-utf8.csv:3: line 4: not UTF-8; read as Windows-1252"], "\(result)")
        let people = try sandbox.people()
        #expect(people.map(\.name).sorted() == ["Alice", "Bob"])
        #expect(people.first { $0.name == "Bob" }?.notes == "line one\nline two café")
    }

    @Test func aFileWithManyUnknownColumnsGivesOneShortWarningOnLineOne() throws {
        let columns = (1...5_000).map { "Extra column \($0)" }
        try sandbox.write("wide.csv", "Name," + columns.joined(separator: ",") + "\nAna Souza," + columns.map { _ in "x" }.joined(separator: ",") + "\n")
        let result = try sandbox.rapport("import", "wide.csv")
        #expect(result.succeeded, "\(result)")
        #expect(result.warnings == [
            "warning: wide.csv:1: columns not imported: " + columns.prefix(10).joined(separator: ", ")
                + " and 4,990 more (use --map COLUMN=FIELD)",
        ])
        #expect(result.stdoutLines == ["imported 1 contact, merged 0, skipped 0 duplicates, 0 without a name"])
    }

    /// JSON escapes, surrogate pairs, nulls, numbers and keys the import does not know.
    @Test func jsonValuesAreReadExactly() throws {
        try sandbox.write("people.json", #"""
            {"format": "rapport-export", "version": 1, "contacts": [
            {"name": "Zo\u00e9 \ud83d\ude00 \"Z\"", "notes": "Line 1\nLine 2 \/end", "outlet": null, "cadenceOverride": 45,
             "warmth": {"score": 12.5, "label": "cold", "why": ["a", {"b": [1, 2e3, -4]}]}, "doNotContact": true,
             "tags": ["Énergie", "tech"], "handles": [{"kind": "email", "value": "zoe@example.org", "label": null}],
             "exchanges": [{"date": "2026-05-02", "channel": "email", "direction": "in", "summary": "Café ☕", "rating": 4,
                            "followUp": {"date": "2026-06-10", "text": "Send the \"deck\"", "done": null}, "extra": false}]}
            ]}
            """#)
        let result = try sandbox.rapport("import", "people.json")
        expectSuccess(result)
        let zoe = try #require(try sandbox.people().first)
        #expect(zoe.name == "Zoé 😀 \"Z\"")
        #expect(zoe.notes == "Line 1\nLine 2 /end")
        #expect(zoe.outlet == "")
        #expect(zoe.cadence == 45)
        #expect(zoe.doNotContact)
        #expect(zoe.tags == ["Énergie", "tech"])
        #expect(zoe.handles == ["email zoe@example.org []"])
        let exchange = try sandbox.read { db in
            try Row.fetchOne(db, sql: "SELECT summary, rating, direction, follow_up, follow_up_done_day FROM exchange")
        }
        #expect(exchange?["summary"] == "Café ☕")
        #expect(exchange?["rating"] == 4)
        #expect(exchange?["direction"] == "in")
        #expect(exchange?["follow_up"] == "Send the \"deck\"")
        #expect(exchange?["follow_up_done_day"] as Int? == nil)
    }

    @Test func finishedAndFailedImportsLeaveNoStagingFolder() throws {
        let temporary = sandbox.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        try sandbox.write("many.vcf", manyCards(500))
        try sandbox.copyFixture("malformed-qp.vcf")
        let done = try sandbox.run(["import", "many.vcf", "--db", sandbox.db], env: ["TMPDIR": temporary])
        expectSuccess(done)
        let failed = try sandbox.run(["import", "malformed-qp.vcf", "--db", sandbox.db], env: ["TMPDIR": temporary])
        #expect(!failed.succeeded)
        let dryRun = try sandbox.run(["import", "many.vcf", "--dry-run", "--db", sandbox.db], env: ["TMPDIR": temporary])
        expectSuccess(dryRun)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }

    // MARK: Malformed files

    static let malformed: [(file: String, error: String)] = [
        ("malformed-unterminated.vcf", "malformed-unterminated.vcf:6: card not closed: BEGIN:VCARD without END:VCARD"),
        ("malformed-nested.vcf", "malformed-nested.vcf:4: BEGIN:VCARD inside a card"),
        ("malformed-qp.vcf", "malformed-qp.vcf:4: invalid quoted-printable in NOTE"),
        ("malformed-no-colon.vcf", "malformed-no-colon.vcf:4: property line without ':'"),
        ("malformed-outside.vcf", "malformed-outside.vcf:6: content outside a card"),
        ("malformed-unclosed-quote.csv", "malformed-unclosed-quote.csv:3: unclosed quote"),
        ("malformed-no-name.csv", "malformed-no-name.csv:1: no name column"),
        ("malformed-extra-fields.csv", "malformed-extra-fields.csv:3: row has 3 fields but the header has 2"),
    ]

    @Test(arguments: malformed.indices)
    func malformedFileSaysWhereAndChangesNothing(_ index: Int) throws {
        let (file, error) = Self.malformed[index]
        try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example")
        try sandbox.copyFixture(file)
        try sandbox.expectRefusedUnchanged("import", file, exit: .failure, mentioning: ["rapport: " + error])
        try sandbox.expectRefusedUnchanged("import", file, "--dry-run", exit: .failure, mentioning: ["rapport: " + error])
    }

    static let malformedJSON: [(text: String, error: String)] = [
        ("{\"contacts\": [\n{\"name\": \"Ana\"},\n{\"name\": \"Bo\", \"tier\": \"Z\"}\n]}\n",
         "bad.json:3: unknown tier 'Z'; expected one of: A, B, C"),
        ("{\"contacts\": [\n{\"outlet\": \"Le Monde\"}\n]}", "bad.json:2: 'name' is missing"),
        ("{\"contacts\": [\n{\"name\": \"Ana\",\n \"handles\": [{\"kind\": \"pager\", \"value\": \"1\"}]}]}",
         "bad.json:2: 'handles[0]': unknown handle kind 'pager'"),
        ("{\"contacts\": [\n{\"name\": \"Ana\", \"exchanges\": [{\"date\": \"2026-13-01\", \"channel\": \"email\", \"direction\": \"out\", \"summary\": \"x\"}]}]}",
         "bad.json:2: 'exchanges[0]': 'date': '2026-13-01' is not a YYYY-MM-DD date"),
        ("{\"contacts\": [\n{\"name\": \"Ana\"},\n{\"name\": \"Bo\"", "bad.json:3: the file ends in the middle of the JSON document"),
        ("{\"people\": []}", "bad.json:1: no \"contacts\" list: not a Rapport JSON export"),
        ("{\"contacts\": [\"Ana\"]}", "bad.json:1: each contact must be a JSON object"),
        ("{\"contacts\": [{\"name\": 12}]}", "bad.json:1: 'name' should be a string"),
        ("{\"contacts\": []} {}", "bad.json:1: unexpected content after the end of the JSON document"),
        // Written by a newer Rapport: refused whole, wherever "version" stands.
        ("{\"format\": \"rapport-export\", \"version\": 99,\n\"contacts\": [{\"name\": \"Ana\"}]}",
         "bad.json:1: this export is version 99, newer than this Rapport reads (up to 2); update Rapport to import it"),
        ("{\"contacts\": [{\"name\": \"Ana\"},\n{\"name\": \"Bo\"}],\n\"version\": 3}",
         "bad.json:3: this export is version 3, newer than this Rapport reads (up to 2); update Rapport to import it"),
        ("{\"version\": \"1\", \"contacts\": []}", "bad.json:1: \"version\" must be a whole number (found a string or object)"),
    ]

    @Test(arguments: malformedJSON.indices)
    func malformedJSONSaysWhereAndChangesNothing(_ index: Int) throws {
        let (text, error) = Self.malformedJSON[index]
        try sandbox.add("Camille Lefèvre")
        try sandbox.write("bad.json", text)
        try sandbox.expectRefusedUnchanged("import", "bad.json", exit: .failure, mentioning: ["rapport: " + error])
    }

    @Test func aMalformedSecondFileUndoesTheFirst() throws {
        try sandbox.add("Camille Lefèvre")
        try sandbox.copyFixture("google.vcf")
        try sandbox.copyFixture("malformed-qp.vcf")
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "malformed-qp.vcf", exit: .failure,
                                           mentioning: ["malformed-qp.vcf:4:"])
    }

    @Test func missingFilesAndBadOptionsAreRefused() throws {
        try sandbox.add("Camille Lefèvre")
        try sandbox.copyFixture("google.vcf")
        try sandbox.copyFixture("english.csv")
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "nowhere.vcf", exit: .failure, mentioning: ["nowhere.vcf: no such file"])
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "--on-duplicate", "replace", exit: .usage, mentioning: ["replace"])
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "--format", "xls", exit: .usage, mentioning: ["xls"])
        try sandbox.expectRefusedUnchanged("import", "english.csv", "--map", "Birthday", exit: .usage, mentioning: ["COLUMN=FIELD"])
        try sandbox.expectRefusedUnchanged("import", "english.csv", "--map", "Birthday=age", exit: .usage, mentioning: ["unknown field 'age'"])
        try sandbox.expectRefusedUnchanged("import", "english.csv", "--map", "Nope=notes", exit: .failure,
                                           mentioning: ["english.csv:1: --map column 'Nope' is not in the header"])
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "--format", "vcard", "--map", "A=notes", exit: .usage,
                                           mentioning: ["CSV files only"])
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "--map", "A=notes", exit: .failure, mentioning: ["CSV files only"])
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "--tag", "a,b", exit: .usage, mentioning: ["comma"])
        try sandbox.expectRefusedUnchanged("import", "google.vcf", "--role", "editor", exit: .usage, mentioning: ["editor"])
        try sandbox.expectRefusedUnchanged("import", exit: .usage)
    }

    // MARK: Dry run

    @Test func dryRunWritesNothingAndReportsTheSameCounts() throws {
        try sandbox.add("Élodie M.", "--email", "Elodie.Marchand@radio.example")
        try sandbox.copyFixture("google.vcf")
        try sandbox.copyFixture("french.csv")
        let dry = try sandbox.expectUnchanged { try sandbox.rapport("import", "google.vcf", "french.csv", "--dry-run") }
        #expect(dry.succeeded, "\(dry)")
        let real = try sandbox.rapport("import", "google.vcf", "french.csv")
        #expect(real.succeeded, "\(real)")
        let summary = try #require(real.stdoutLines.last)
        #expect(dry.stdoutLines.last == "dry run: would import 5 contacts, merge 0, skip 1 duplicate, 1 without a name; nothing was written")
        #expect(summary == "imported 5 contacts, merged 0, skipped 1 duplicate, 1 without a name")
        #expect(dry.warnings == real.warnings)
        // A dry run against a database that does not exist yet creates nothing.
        let fresh = try sandbox.run(["import", "google.vcf", "--dry-run", "--db", sandbox.path("none/rapport.sqlite")])
        #expect(fresh.stdoutLines.last == "dry run: would import 2 contacts, merge 0, skip 0 duplicates, 0 without a name; nothing was written")
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("none")))
    }

    // MARK: Duplicates

    /// Three cards: one already in the database (same email, other case),
    /// and two in the file sharing a Mastodon address.
    func duplicateCards() throws -> String {
        try sandbox.add("Camille Lefèvre", "--email", "camille@lemonde.example", "--outlet", "Le Monde")
        return try sandbox.write("cards.vcf", """
            BEGIN:VCARD
            VERSION:3.0
            FN:Camille L.
            EMAIL:Camille@LeMonde.example
            TITLE:Journaliste
            CATEGORIES:énergie
            TEL:+33 6 12 34 56 78
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Paul Durand
            URL:https://mastodon.social/@paul
            END:VCARD
            BEGIN:VCARD
            VERSION:3.0
            FN:Paul D.
            X-MASTODON:@Paul@mastodon.social
            EMAIL:paul@durand.example
            NOTE:Met at the fair
            END:VCARD

            """)
    }

    @Test func skipLeavesExistingContactsAlone() throws {
        let file = try duplicateCards()
        let before = try sandbox.people().first
        #expect(try sandbox.importFiles(file) == "imported 1 contact, merged 0, skipped 2 duplicates, 0 without a name")
        let people = try sandbox.people()
        #expect(people.map(\.name) == ["Camille Lefèvre", "Paul Durand"])
        #expect(people.first == before)
        #expect(people[1].handles == ["mastodon @paul@mastodon.social []"])
    }

    @Test func mergeAddsMissingHandlesTagsAndEmptyFieldsOnly() throws {
        let file = try duplicateCards()
        #expect(try sandbox.importFiles(file, "--on-duplicate", "merge", "--tag", "salon")
                == "imported 1 contact, merged 2, skipped 0 duplicates, 0 without a name")
        let people = try sandbox.people()
        #expect(people.map(\.name) == ["Camille Lefèvre", "Paul Durand"])
        let camille = people[0], paul = people[1]
        #expect(camille.outlet == "Le Monde")
        #expect(camille.title == "Journaliste")
        #expect(camille.handles == ["email camille@lemonde.example []", "phone +33 6 12 34 56 78 []"])
        #expect(camille.tags == ["énergie", "salon"])
        #expect(paul.handles == ["mastodon @paul@mastodon.social []", "email paul@durand.example []"])
        #expect(paul.notes == "Met at the fair")
        #expect(paul.tags == ["salon"])
        let search = try sandbox.rapport("search", "fair")
        #expect(search.stdout.contains("Paul Durand"), "\(search)")
    }

    @Test func createAddsDuplicatesAnyway() throws {
        let file = try duplicateCards()
        #expect(try sandbox.importFiles(file, "--on-duplicate", "create") == "imported 3 contacts, merged 0, skipped 0 duplicates, 0 without a name")
        #expect(try sandbox.people().map(\.name) == ["Camille L.", "Camille Lefèvre", "Paul D.", "Paul Durand"])
    }

    @Test func duplicatesAcrossTheFilesOfOneRun() throws {
        try sandbox.copyFixture("google.vcf", as: "a.vcf")
        try sandbox.copyFixture("google.vcf", as: "b.vcf")
        #expect(try sandbox.importFiles("a.vcf", "b.vcf") == "imported 2 contacts, merged 0, skipped 2 duplicates, 0 without a name")
        #expect(try sandbox.importFiles("a.vcf") == "imported 0 contacts, merged 0, skipped 2 duplicates, 0 without a name")
        #expect(try sandbox.contactCount() == 2)
    }

    // MARK: Options

    @Test func tagAndRoleGoOnEveryImportedContact() throws {
        try sandbox.copyFixture("vcard4.vcf")
        try sandbox.importFiles("vcard4.vcf", "--tag", "Salon 2026", "--tag", "tech", "--role", "EXPERT")
        let people = try sandbox.people()
        #expect(people.count == 2)
        #expect(people.allSatisfy { $0.role == "expert" && $0.tags.contains("Salon 2026") && $0.tags.contains("tech") }, "\(people)")
        let list = try sandbox.rapport("list", "--tag", "salon 2026", "--json")
        #expect(try JSONValue.parse(list.stdout).array?.count == 2)
    }

    @Test func mapReadsUnknownColumnsAsFields() throws {
        try sandbox.write("export.csv", """
            Contact;Boîte;Adresse électronique;Pseudo X;Anniversaire
            Camille Lefèvre;Le Monde;camille@lemonde.example;camillelfv;12/03

            """)
        let result = try sandbox.rapport("import", "export.csv", "--map", "Boîte=outlet", "--map", "adresse electronique=email",
                                         "--map", "Pseudo X=twitter", "--map", "Anniversaire=ignore")
        #expect(result.succeeded, "\(result)")
        #expect(result.warnings.isEmpty, "\(result)")
        let camille = try #require(try sandbox.people().first)
        #expect(camille.outlet == "Le Monde")
        #expect(camille.handles == ["email camille@lemonde.example []", "twitter @camillelfv []"])
    }

    @Test func formatOptionOverridesTheExtension() throws {
        try sandbox.copyFixture("google.vcf", as: "google.txt")
        try sandbox.copyFixture("english.csv", as: "people.data")
        try sandbox.importFiles("google.txt")
        try sandbox.importFiles("people.data")
        #expect(try sandbox.contactCount() == 5)
        try sandbox.copyFixture("english.csv", as: "wrong.vcf")
        try sandbox.expectRefusedUnchanged("import", "wrong.vcf", exit: .failure, mentioning: ["wrong.vcf:1: content outside a card"])
        #expect(try sandbox.importFiles("wrong.vcf", "--format", "csv", "--on-duplicate", "create").hasPrefix("imported 3 contacts"))
    }

    // MARK: Review days and large files

    /// `count` cards of fictional people.
    func manyCards(_ count: Int, tier: String = "B") -> String {
        (0..<count).map { index in
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person \(index)\r\nEMAIL:p\(index)@example.org\r\nX-RAPPORT-TIER:\(tier)\r\nEND:VCARD\r\n"
        }.joined()
    }

    @Test func firstReviewDaysAreSpreadOverTheCadenceDeterministically() throws {
        try sandbox.write("many.vcf", manyCards(240))
        try sandbox.importFiles("many.vcf")
        try sandbox.importFiles("many.vcf", db: "second.sqlite")
        func days(_ file: String) throws -> [String: Int] {
            try sandbox.read(file) { db in
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT name, review_from_day FROM contact").map { ($0["name"], $0["review_from_day"]) })
            }
        }
        let first = try days(sandbox.db)
        #expect(try days(sandbox.path("second.sqlite")) == first)
        let today = 20_605  // 2026-06-01
        #expect(first.values.allSatisfy { (today..<(today + 60)).contains($0) })
        #expect(Set(first.values).count > 40)
        // Nobody is due right away; after one cadence, only some are.
        let now = try sandbox.rapport("review", "--json")
        #expect(try JSONValue.parse(now.stdout).array?.count == 0)
        let later = try sandbox.rapport("review", "--json", today: "2026-07-31")
        let due = try #require(try JSONValue.parse(later.stdout).array?.count)
        #expect(due > 0 && due < 30, "\(due) due")
    }

    @Test func largeImportPrintsNoProgressWhenStderrIsNotATerminal() throws {
        try sandbox.write("big.vcf", manyCards(6_000))
        let result = try sandbox.rapport("import", "big.vcf")
        expectSuccess(result)
        #expect(result.stdout == "imported 6,000 contacts, merged 0, skipped 0 duplicates, 0 without a name\n")
    }
}
