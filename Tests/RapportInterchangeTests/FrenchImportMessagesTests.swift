import Foundation
import LeakCheck
import RapportInterchange
import RapportLocalization
import Testing

/// Import errors and warnings in French (issue 12): FILE:LINE kept in
/// front, the message in French with no English word left, the file's own
/// text (user data) quoted as it is; the same files in English unchanged.
@Suite("French: import errors and warnings")
struct FrenchImportMessagesTests {
    func french<T>(_ body: () throws -> T) rethrows -> T { try L10n.$override.withValue(.french) { try body() } }
    func english<T>(_ body: () throws -> T) rethrows -> T { try L10n.$override.withValue(.english) { try body() } }

    @Test(arguments: [
        ("malformed-unterminated.vcf", "malformed-unterminated.vcf:6: carte non fermée : BEGIN:VCARD sans END:VCARD"),
        ("malformed-nested.vcf", "malformed-nested.vcf:4: BEGIN:VCARD dans une carte (la carte de la ligne 1 n’a pas de END:VCARD)"),
        ("malformed-qp.vcf", "malformed-qp.vcf:4: quoted-printable invalide dans NOTE : '=' suivi de « ZZ »"),
        ("malformed-no-colon.vcf", "malformed-no-colon.vcf:4: ligne de propriété sans ':' : « this line has no colon »"),
        ("malformed-outside.vcf", "malformed-outside.vcf:6: contenu hors d’une carte : « FN:Stray »"),
    ])
    func vCardErrorsInFrenchWithFileAndLine(file: String, expected: String) throws {
        let message = try french { try FixtureFiles.vcardError(file) }
        #expect(message == expected)
        #expect(EnglishWords.found(in: message ?? "", allowing: ["this line has no colon", "FN:Stray"]).isEmpty)
    }

    @Test(arguments: [
        ("malformed-unclosed-quote.csv",
         "malformed-unclosed-quote.csv:3: guillemet non fermé : le champ entre guillemets qui commence ici ne se termine jamais"),
        ("malformed-extra-fields.csv", "malformed-extra-fields.csv:3: la ligne a 3 champs, mais l’en-tête en a 2"),
    ])
    func csvErrorsInFrenchWithFileAndLine(file: String, expected: String) throws {
        let message = try french { try FixtureFiles.csvError(file) }
        #expect(message == expected)
        #expect(EnglishWords.found(in: message ?? "").isEmpty)
    }

    @Test func fileErrorsInFrench() {
        french {
            #expect(throws: InterchangeError(file: "absent.vcf", line: nil, message: "fichier introuvable")) {
                try VCardReader(path: "/nonexistent/absent.vcf", fileName: "absent.vcf")
            }
        }
        english {
            #expect(throws: InterchangeError(file: "absent.vcf", line: nil, message: "no such file")) {
                try VCardReader(path: "/nonexistent/absent.vcf", fileName: "absent.vcf")
            }
        }
    }

    /// A CSV with a role, a tier, an address and a site that cannot be read.
    func warningsOfABadRow() throws -> [String] {
        let file = TemporaryFile(".csv")
        try Data("Name,Role,Tier,Email,Website\nÉloïse Martin,pigiste,Z,eloise-sans-arobase,rien\n".utf8)
            .write(to: URL(fileURLWithPath: file.path))
        let contacts = try CSVContactReader(path: file.path, fileName: "presse.csv").readAll()
        return try #require(contacts.first).warnings
    }

    @Test func csvWarningsInFrench() throws {
        let warnings = try french { try warningsOfABadRow() }
        #expect(warnings.contains("rôle inconnu « pigiste » ; « journaliste » retenu"), "\(warnings)")
        #expect(warnings.contains("niveau inconnu « Z » ; « B » retenu"), "\(warnings)")
        #expect(warnings.contains("« eloise-sans-arobase » n’est pas une adresse e-mail ; gardé en « autre »"), "\(warnings)")
        #expect(warnings.contains("« rien » n’est pas une adresse web ; gardé en « autre »"), "\(warnings)")
        #expect(EnglishWords.found(in: warnings.joined(separator: "\n")).isEmpty, "\(warnings)")
    }

    @Test func csvWarningsUnchangedInEnglish() throws {
        let warnings = try english { try warningsOfABadRow() }
        #expect(warnings.contains("unknown role 'pigiste'; journalist used"), "\(warnings)")
        #expect(warnings.contains("unknown tier 'Z'; B used"), "\(warnings)")
        #expect(warnings.contains("'eloise-sans-arobase' is not an email address; kept as other"), "\(warnings)")
        #expect(warnings.contains("'rien' is not a web address; kept as other"), "\(warnings)")
    }

    @Test func vCardWarningsInFrench() throws {
        let file = TemporaryFile(".vcf")
        try Data("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Éloïse Martin\r\nX-RAPPORT-TIER:Z\r\nX-RAPPORT-CADENCE:souvent\r\nEND:VCARD\r\n".utf8)
            .write(to: URL(fileURLWithPath: file.path))
        let warnings = try french { try #require(try VCardReader(path: file.path, fileName: "presse.vcf").readAll().first).warnings }
        #expect(warnings.contains("niveau inconnu « Z » ; ignoré"), "\(warnings)")
        #expect(warnings.contains("cadence « souvent » : pas un nombre de jours ; ignorée"), "\(warnings)")
        #expect(EnglishWords.found(in: warnings.joined(separator: "\n")).isEmpty, "\(warnings)")
    }
}
