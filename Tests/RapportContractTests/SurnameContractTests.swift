import RapportCore
import RapportStore
import Testing

/// Sorting by surname (issue 12) gives the same order on every engine:
/// the key is computed in Swift (`SurnameSort`) and stored with each write,
/// and both engines compare it byte by byte.
@Suite struct SurnameContractTests {
    static let names = [
        "Jean de La Fontaine", "Yann Le Goff", "Charles de Gaulle", "Éloïse Martin", "Jean d'Ormesson",
        "Ludwig van Beethoven", "Anne Fontainebleau", "Zoé Œuvray", "amélie lefèvre", "Paul Durand",
    ]
    static let surnameOrder = [
        "Ludwig van Beethoven", "Paul Durand", "Jean de La Fontaine", "Anne Fontainebleau", "Charles de Gaulle",
        "Yann Le Goff", "amélie lefèvre", "Éloïse Martin", "Zoé Œuvray", "Jean d'Ormesson",
    ]

    @Test(arguments: ContractEngines.all)
    func theSurnameOrderIsTheSameOnEveryEngine(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let today = try Fixed.today()
            for name in Self.names {
                _ = try store.addContact(ContactDraft(name: name), today: today, reviewFrom: nil, allowSharedHandles: false)
            }
            let listed = try store.listContacts(ContactFilter(), sort: .surname, today: today, limit: nil, offset: 0).names
            #expect(listed == Self.surnameOrder)
            let ids = try store.contactIds(ContactFilter(), sort: .surname, today: today)
            #expect(try store.contactRows(ids: ids, today: today).names == Self.surnameOrder)
            #expect(try store.listContacts(ContactFilter(), sort: .surname, today: today, limit: 3, offset: 2).names
                    == Array(Self.surnameOrder[2..<5]))
        }
    }

    @Test(arguments: ContractEngines.all)
    func theStructuredNameIsKeptAndFollowsEdits(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let today = try Fixed.today()
            // "Anne-Sophie de La Tour du Pin": without her N she sorts under P.
            let anne = try store.addContact(ContactDraft(name: "Anne-Sophie de La Tour du Pin", familyName: "de La Tour du Pin",
                                                         givenName: "Anne-Sophie"),
                                            today: today, reviewFrom: nil, allowSharedHandles: false)
            #expect(anne.familyName == "de La Tour du Pin" && anne.givenName == "Anne-Sophie")
            _ = try store.addContact(ContactDraft(name: "Paul Pinel"), today: today, reviewFrom: nil, allowSharedHandles: false)
            _ = try store.addContact(ContactDraft(name: "Marc Tessier"), today: today, reviewFrom: nil, allowSharedHandles: false)
            func order() throws -> [String] {
                try store.listContacts(ContactFilter(), sort: .surname, today: today, limit: nil, offset: 0).names
            }
            #expect(try order() == ["Paul Pinel", "Marc Tessier", "Anne-Sophie de La Tour du Pin"])
            // An edit that keeps the family name keeps it; the key follows the new given name.
            var outlet = ContactChange()
            outlet.outlet = "Le Monde"
            let kept = try store.updateContact(id: anne.id, outlet, today: today, allowSharedHandles: false, expecting: nil).after
            #expect(kept.familyName == "de La Tour du Pin")
            // A new name that no longer ends with it drops the structured name: she sorts by the new last word.
            var rename = ContactChange()
            rename.name = "Anne-Sophie Abadie"
            let renamed = try store.updateContact(id: anne.id, rename, today: today, allowSharedHandles: false, expecting: nil).after
            #expect(renamed.familyName == nil && renamed.givenName == nil)
            #expect(try order() == ["Anne-Sophie Abadie", "Paul Pinel", "Marc Tessier"])
            // Undo puts the name and its parts back (the app's inverse change sets them).
            var back = ContactChange()
            back.name = "Anne-Sophie de La Tour du Pin"
            back.familyName = .some("de La Tour du Pin")
            back.givenName = .some("Anne-Sophie")
            _ = try store.updateContact(id: anne.id, back, today: today, allowSharedHandles: false, expecting: nil)
            #expect(try order() == ["Paul Pinel", "Marc Tessier", "Anne-Sophie de La Tour du Pin"])
            #expect(try store.contact(id: anne.id)?.familyName == "de La Tour du Pin")
        }
    }
}
