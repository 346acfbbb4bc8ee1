import RapportCore
import Testing

@Suite("Surname order")
struct SurnameSortTests {
    func display(_ name: String, family: String? = nil, given: String? = nil) -> String {
        SurnameSort(name: name, familyName: family, givenName: given).display
    }

    @Test func lastWordWithParticles() {
        #expect(display("Jean de La Fontaine") == "Fontaine, Jean de La")
        #expect(display("Jean de la Fontaine") == "Fontaine, Jean de la")
        #expect(display("Yann Le Goff") == "Le Goff, Yann")
        #expect(display("Charles de Gaulle") == "Gaulle, Charles de")
        #expect(display("Joachim du Bellay") == "Bellay, Joachim du")
        #expect(display("Ludwig van Beethoven") == "Beethoven, Ludwig van")
        #expect(display("Jan De Smet") == "De Smet, Jan")
        #expect(display("Jean-Claude Van Damme") == "Van Damme, Jean-Claude")
        #expect(display("Jean d'Ormesson") == "Ormesson, Jean d'")
        #expect(display("Jean d’Ormesson") == "Ormesson, Jean d'")
        #expect(display("Tristan L'Hermite") == "L'Hermite, Tristan")
        #expect(display("Anne de L'Isle") == "Isle, Anne de L'")
        #expect(display("Camille Lefèvre") == "Lefèvre, Camille")
        #expect(display("Jean-Pierre  Durand") == "Durand, Jean-Pierre")
        #expect(display("Marie Claire Dupont") == "Dupont, Marie Claire")
        #expect(display("Madonna") == "Madonna")
        #expect(display("Le Goff") == "Le Goff")
        #expect(display("de Gaulle") == "Gaulle, de")
        #expect(display("") == "")
        #expect(display("Jean de") == "de, Jean")
    }

    @Test func structuredFamilyNameWins() {
        #expect(display("Jean de La Fontaine", family: "de La Fontaine") == "Fontaine, Jean de La")
        #expect(display("Anne-Sophie de La Tour du Pin", family: "de La Tour du Pin")
            == "Tour du Pin, Anne-Sophie de La")
        #expect(display("Yann Le Goff", family: "Le Goff", given: "Yann") == "Le Goff, Yann")
        #expect(display("Ana García López", family: "García López") == "García López, Ana")
        // The family name need not end the display name: the whole name is then the given part.
        #expect(display("Bob", family: "Martin") == "Martin, Bob")
        #expect(display("Martin", family: "Martin") == "Martin")
        #expect(display("Jean Fontaine", family: "  ") == "Fontaine, Jean")
    }

    @Test func orderIsByFamilyThenGivenWithoutCaseOrAccents() {
        let names = ["Yann Le Goff", "Jean de La Fontaine", "Émile Zola", "charles de gaulle", "Éric Fontaine",
                     "Anne Fontainebleau", "Bruno Legrand", "Ludwig van Beethoven", "Agnès Le Goff", "Zoé Écart"]
        let sorted = names.sorted { SurnameSort(name: $0).key < SurnameSort(name: $1).key }
        #expect(sorted == ["Ludwig van Beethoven", "Zoé Écart", "Éric Fontaine", "Jean de La Fontaine",
                           "Anne Fontainebleau", "charles de gaulle", "Agnès Le Goff", "Yann Le Goff", "Bruno Legrand",
                           "Émile Zola"])
    }

    @Test func keyIgnoresCaseAndAccents() {
        #expect(SurnameSort(name: "ÉLODIE LÉVÊQUE").key == SurnameSort(name: "elodie leveque").key)
        #expect(SurnameSort(name: "Zoé Œuvrard").key.hasPrefix("oeuvrard"))
    }
}
