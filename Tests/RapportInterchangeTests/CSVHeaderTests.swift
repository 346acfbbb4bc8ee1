import Foundation
import RapportInterchange
import Testing

@Suite("CSV: header names")
struct CSVHeaderTests {
    /// The fields read for a one-line CSV header.
    func fields(_ header: String) throws -> [String] {
        let file = TemporaryFile(".csv")
        try Data((header + "\n").utf8).write(to: URL(fileURLWithPath: file.path))
        return try CSVContactReader(path: file.path).columns.map { $0.field?.rawValue ?? "?" }
    }

    @Test func englishNames() throws {
        #expect(try fields(" Full name ,Company,Job title,E-mail,Email 2,Mobile,Twitter/X,Web site,Beat,Comments,How met,Tier,Stage,Bluesky,Mastodon,LinkedIn,Role,Birthday")
            == ["name", "outlet", "title", "email", "email", "phone", "twitter", "website", "tags", "notes", "how-met",
                "tier", "stage", "bluesky", "mastodon", "linkedin", "role", "?"])
        #expect(try fields("Given name,Surname,Organization,Publication,Media,Phone,Tel,URL,Tags")
            == ["first-name", "last-name", "outlet", "outlet", "outlet", "phone", "phone", "website", "tags"])
    }

    @Test func frenchNamesWithoutRegardToCaseAndAccents() throws {
        #expect(try fields("NOM COMPLET;Société;Entreprise;Poste;Fonction;Courriel;Mail;Téléphone;Portable;Site;Site web;Thèmes;Rubrique;Catégories;Remarques;Commentaires;Rencontre;Rôle")
            == ["name", "outlet", "outlet", "title", "title", "email", "email", "phone", "phone", "website", "website",
                "tags", "tags", "tags", "notes", "notes", "how-met", "role"])
    }

    @Test func nomIsTheNameUnlessPrenomIsThere() throws {
        #expect(try fields("Nom;Média") == ["name", "outlet"])
        #expect(try fields("Prénom;Nom;Média") == ["first-name", "last-name", "outlet"])
        #expect(try fields("Nom de famille;prenom") == ["last-name", "first-name"])
    }

    @Test func rapportsOwnExportHeader() throws {
        #expect(try fields(CSVContactWriter.header.joined(separator: ",")) == [
            "name", "role", "outlet", "title", "tier", "stage", "cadence", "email", "phone", "twitter", "mastodon",
            "bluesky", "linkedin", "website", "other-handles", "tags", "how-met", "notes", "do-not-contact", "ignore",
            "ignore",
        ])
    }

    @Test func emptyAndUTF16Files() throws {
        let empty = TemporaryFile(".csv")
        #expect(throws: InterchangeError(file: "e.csv", line: 1, message: "the file is empty (no header row)")) {
            try CSVContactReader(path: empty.path, fileName: "e.csv")
        }
        let utf16 = TemporaryFile(".csv")
        try Data([0xFF, 0xFE, 0x4E, 0x00]).write(to: URL(fileURLWithPath: utf16.path))
        #expect(throws: InterchangeError(file: "u.csv", line: 1, message: "the file is UTF-16; save it as UTF-8")) {
            try CSVContactReader(path: utf16.path, fileName: "u.csv")
        }
    }
}
