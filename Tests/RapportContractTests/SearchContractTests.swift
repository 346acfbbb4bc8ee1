import RapportCore
import RapportStore
import Testing

/// Search through the `Store` interface: accents and case ignored, words
/// matched as prefixes, short words too, exchange summaries found.
@Suite struct SearchContractTests {
    /// Camille Lefèvre at Le Quotidien, an exchange about the énergie study,
    /// and Paul Durand at Ouest-France.
    func people(_ store: any Store) throws -> (camille: Contact, paul: Contact, exchange: Exchange) {
        let added = try Fixed.added()
        let camille = try store.addContact(ContactDraft(name: "Camille Lefèvre", outlet: "Le Quotidien", title: "Rédactrice",
                                                        tags: ["nucléaire"]),
                                           today: added, reviewFrom: nil, allowSharedHandles: false)
        let paul = try store.addContact(ContactDraft(name: "Paul Durand", outlet: "Ouest-France", notes: "Covers ports and fishing"),
                                        today: added, reviewFrom: nil, allowSharedHandles: false)
        let exchange = try store.logExchange(contactId: paul.id, ExchangeDraft(
            day: try Fixed.day("2026-05-02"), summary: "Sent the énergie study"), today: try Fixed.today(), allowFuture: false).exchange
        return (camille, paul, exchange)
    }

    @Test(arguments: ContractEngines.all)
    func accentsAndCaseAreIgnoredAndWordsMatchAsPrefixes(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let (camille, paul, exchange) = try people(store)
            for query in ["lefevre", "LEFÈVRE", "Lefèv", "lef", "camille lef", "redactrice", "nucleaire", "quot"] {
                let hits = try store.search(query, limit: 20, includeArchived: true)
                #expect(hits.map(\.contact.id) == [camille.id], "\(query): \(hits)")
            }
            let study = try store.search("energie", limit: 20, includeArchived: true)
            #expect(study.count == 1)
            #expect(study.first?.field == .exchange && study.first?.exchangeId == exchange.id)
            #expect(study.first?.contact.id == paul.id && study.first?.day == exchange.day)
            #expect(try store.search("fish", limit: 20, includeArchived: true).map(\.contact.id) == [paul.id])
            #expect(try store.search("zzz", limit: 20, includeArchived: true).isEmpty)
            // Every word must match: "camille ouest" is nobody.
            #expect(try store.search("camille ouest", limit: 20, includeArchived: true).isEmpty)
        }
    }

    @Test(arguments: ContractEngines.all)
    func twoLettersAreEnoughAndQuerySyntaxIsJustText(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let (camille, paul, _) = try people(store)
            #expect(try store.search("ca", limit: 20, includeArchived: true).map(\.contact.id) == [camille.id])
            #expect(try store.search("pa", limit: 20, includeArchived: true).map(\.contact.id) == [paul.id])
            for query in ["\"", "lef*", "NOT paul", "camille OR", "(", "a:b", "'--"] {
                _ = try store.search(query, limit: 20, includeArchived: true)
            }
            #expect(try store.search("lef*", limit: 20, includeArchived: true).map(\.contact.id) == [camille.id])
        }
    }

    @Test(arguments: ContractEngines.all)
    func archivedPeopleAreFoundOnlyWhenAsked(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let (camille, _, _) = try people(store)
            _ = try store.setArchived(contactId: camille.id, true, today: try Fixed.today())
            #expect(try store.search("lefevre", limit: 20, includeArchived: true).map(\.contact.id) == [camille.id])
            #expect(try store.search("lefevre", limit: 20, includeArchived: false).isEmpty)
            var filter = ContactFilter(search: "lefevre")
            #expect(try store.countContacts(filter) == 0)
            filter.includeArchived = true
            #expect(try store.countContacts(filter) == 1)
        }
    }

    @Test(arguments: ContractEngines.all)
    func editsAndDeletesReachTheIndex(_ engine: ContractEngine) throws {
        try engine.withStore { store in
            let (camille, _, exchange) = try people(store)
            let today = try Fixed.today()
            var change = ContactChange()
            change.name = "Camille Moreau"
            _ = try store.updateContact(id: camille.id, change, today: today, allowSharedHandles: false, expecting: nil)
            #expect(try store.search("lefevre", limit: 20, includeArchived: true).isEmpty)
            #expect(try store.search("moreau", limit: 20, includeArchived: true).map(\.contact.id) == [camille.id])
            _ = try store.deleteExchange(exchange)
            #expect(try store.search("energie", limit: 20, includeArchived: true).isEmpty)
        }
    }
}
