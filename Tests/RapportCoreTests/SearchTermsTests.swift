import Testing
@testable import RapportCore

/// Finding a search's words in text the way the store's full-text search
/// matches them: folded accents and case, words matched by their start.
@Suite struct SearchTermsTests {
    func marked(_ query: String, _ text: String) -> [String] {
        let characters = Array(text)
        return SearchTerms(query).ranges(in: text).map { String(characters[$0]) }
    }

    @Test func aPrefixHighlightsOnlyTheStartOfTheWord() {
        #expect(marked("lef", "Camille Lefèvre") == ["Lef"])
        #expect(marked("lefe", "Camille Lefèvre") == ["Lefè"])
        #expect(marked("LÈF", "Camille Lefèvre") == ["Lef"])
        #expect(marked("lèf", "lefevre@example.org") == ["lef"])
        #expect(marked("efe", "Camille Lefèvre").isEmpty, "only the start of a word matches")
    }

    @Test func everyOccurrenceOfEveryWordIsFound() {
        #expect(marked("cl le", "Le Club, les clés") == ["Le", "Cl", "le", "cl"])
        #expect(marked("heat-pump", "the heat pump and heat-pumps") == ["heat", "pump", "heat", "pump"])
    }

    @Test func anApostropheMakesAPhraseOfConsecutiveWords() {
        #expect(marked("l'am", "Dis-le à l'ami, l ami") == ["l'am", "l am"])
        #expect(marked("l'am", "la maison").isEmpty)
    }

    @Test func decomposedAccentsAndSeparateLettersFold() {
        #expect(marked("rene", "Rene\u{301} Char") == ["Rene\u{301}"])
        #expect(marked("cœ", "CŒUR") == ["CŒ"])
        #expect(marked("coe", "Cœur").isEmpty, "œ is a letter of its own, as for the store")
        #expect(marked("helene", "HÉLÈNE") == ["HÉLÈNE"])
    }

    @Test func wideCharactersMatchAsLetters() {
        #expect(marked("東京", "東京新聞 · 山田") == ["東京"])
        #expect(marked("山", "東京新聞 · 山田") == ["山"])
    }

    @Test func punctuationAndEmptyQueriesMatchNothing() {
        #expect(SearchTerms("  ").isEmpty)
        #expect(SearchTerms("-- !").isEmpty)
        #expect(marked("", "anything").isEmpty)
        #expect(marked("x", "").isEmpty)
    }

    @Test func allMatchNeedsEveryWordInSomeField() {
        let terms = SearchTerms("camille quotidien")
        #expect(terms.allMatch(in: ["Camille Lefèvre", "Le Quotidien du Soir"]))
        #expect(!terms.allMatch(in: ["Camille Lefèvre", "Le Monde"]))
        #expect(!SearchTerms("").allMatch(in: ["Camille"]))
    }
}
