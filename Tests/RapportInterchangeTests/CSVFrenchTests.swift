import Foundation
import RapportCore
import RapportInterchange
import Testing

@Suite("CSV: French spreadsheet export (BOM, ';', CRLF, multi-line fields)")
struct CSVFrenchTests {
    @Test func detectsDelimiterAndMapsFrenchHeaders() throws {
        let reader = try FixtureFiles.csv("french.csv").reader
        #expect(reader.delimiter == ";")
        #expect(reader.columns.map { $0.field?.rawValue ?? "?" } == [
            "first-name", "last-name", "outlet", "title", "role", "email", "email", "phone", "tags", "notes",
            "how-met", "?",
        ])
        #expect(reader.unknownColumns == ["Anniversaire"])
    }

    @Test func rowsWithPhysicalLineNumbers() throws {
        let (contacts, reader) = try FixtureFiles.csv("french.csv")
        #expect(contacts.map(\.draft.name) == ["Camille Lefèvre", "Jean-Pierre Durand", "Léa", "Marc Petit"])
        #expect(contacts.map(\.line) == [2, 4, 7, 11])
        #expect(reader.skippedWithoutName == 1)
    }

    @Test func fieldsOfARow() throws {
        let camille = try #require(try FixtureFiles.csv("french.csv").contacts.first).draft
        #expect(camille.outlet == "Le Monde")
        #expect(camille.title == "Journaliste")
        #expect(camille.role == .journalist)
        #expect(camille.tags == ["Économie", "Tech"])
        #expect(camille.notes == "Très réactive.\nPréfère \"Signal\" ; jamais le lundi.")
        #expect(camille.howMet == "Salon VivaTech 2024")
        #expect(camille.handles.summary == [
            "email camille@lemonde.example []", "email c.lefevre@perso.example []", "phone +33 6 12 34 56 78 []",
        ])
    }

    @Test func quotesMultiLineFieldsAndFrenchRoles() throws {
        let contacts = try FixtureFiles.csv("french.csv").contacts
        let jp = contacts[1].draft, lea = contacts[2].draft, marc = contacts[3]
        #expect(jp.outlet == "Blog \"Les Échos du Net\"")
        #expect(jp.role == .blogger)
        #expect(jp.tags == ["Tech", "Numérique"])
        #expect(lea.title == "Cheffe d'édition")
        #expect(lea.role == .partner)
        #expect(lea.notes == "Ligne 1\nLigne 2\nLigne 3")
        #expect(marc.draft.role == .journalist)
        #expect(marc.warnings == ["unknown role 'rédacteur'; journalist used"])
    }
}

@Suite("CSV: French column headings")
struct CSVFrenchHeadingTests {
    func reader(_ text: String) throws -> CSVContactReader {
        let file = TemporaryFile(".csv")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file.path))
        return try CSVContactReader(path: file.path)
    }

    @Test func everyHeadingOfTheIssue() throws {
        let reader = try reader("""
            Nom;Prénom;Nom complet;Média/Rédaction;Fonction;Téléphone;Portable;Courriel;E-mail;Étiquettes;Notes
            Le Goff;Yann;;Ouest-France;Journaliste;02 99 00 00 00;06 00 00 00 00;yann@of.example;y@perso.example;Mer, Bretagne;Très bon contact

            """)
        #expect(reader.columns.map { $0.field?.rawValue ?? "?" } == [
            "last-name", "first-name", "name", "outlet", "title", "phone", "phone", "email", "email", "tags", "notes",
        ])
        #expect(reader.unknownColumns.isEmpty)
        let yann = try #require(try reader.readAll().first).draft
        #expect(yann.name == "Yann Le Goff")
        #expect(yann.outlet == "Ouest-France")
        #expect(yann.title == "Journaliste")
        #expect(yann.tags == ["Mer", "Bretagne"])
        #expect(yann.notes == "Très bon contact")
        #expect(yann.handles.summary == [
            "phone 02 99 00 00 00 []", "phone 06 00 00 00 00 []", "email yann@of.example []", "email y@perso.example []",
        ])
    }

    @Test func otherFrenchSpellings() throws {
        let reader = try reader("NOM COMPLET,Rédaction,Média / Rédaction,Étiquette,Téléphone portable,Numéro de portable,Organisme\n")
        #expect(reader.columns.map { $0.field?.rawValue ?? "?" } == [
            "name", "outlet", "outlet", "tags", "phone", "phone", "outlet",
        ])
    }

    @Test func everyColumnNotUsedIsNamed() throws {
        let extra = (1...12).map { "Colonne \($0)" }
        let reader = try reader((["Nom", "Anniversaire"] + extra + ["Courriel"]).joined(separator: ";") + "\n")
        #expect(reader.unknownColumns == ["Anniversaire"] + extra)
    }
}
