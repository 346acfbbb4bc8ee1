import Foundation

/// A search as the store matches it, for finding the matched text again on
/// screen: the query splits into words at spaces and punctuation (not at
/// apostrophes), every word must match, a word's last part matches as the
/// start of a word (`lef` finds `Lefèvre`), without regard to case or
/// accents (`lèf` finds it too). A word holding an apostrophe (`l'ami`) is a
/// phrase: its parts match consecutive words. This mirrors the store's
/// full-text query (`SearchQuery` and SQLite's `unicode61` tokenizer with
/// `remove_diacritics 2`); tests check both agree.
public struct SearchTerms: Hashable, Sendable {
    /// Each word of the query as folded parts; the last part is a prefix.
    public let phrases: [[[Unicode.Scalar]]]

    public init(_ query: String) {
        let words = query.split(whereSeparator: { $0.isWhitespace || SearchTerms.splitsQuery($0) })
        phrases = words.map { word in
            SearchTerms.tokens(word.map { String($0) }).map(\.folded)
        }.filter { !$0.isEmpty }
    }

    /// Nothing to look for.
    public var isEmpty: Bool { phrases.isEmpty }

    /// Characters the store's query splits words on (its `SearchQuery`).
    static func splitsQuery(_ character: Character) -> Bool {
        (character.isPunctuation || character.isSymbol) && character != "'" && character != "’"
    }

    /// The places in `graphemes` (one grapheme cluster each, as drawn)
    /// where a word of the search matches, as index ranges, in order and
    /// never overlapping. A prefix match covers only the matched start
    /// (`Lef` of `Lefèvre`); a phrase covers its parts and what lies between.
    public func ranges(in graphemes: [String]) -> [Range<Int>] {
        guard !phrases.isEmpty, !graphemes.isEmpty else { return [] }
        let tokens = SearchTerms.tokens(graphemes)
        var found: [Range<Int>] = []
        for phrase in phrases {
            found += SearchTerms.matches(of: phrase, in: tokens)
        }
        return SearchTerms.merged(found)
    }

    /// `ranges(in:)` over the characters of `text`.
    public func ranges(in text: String) -> [Range<Int>] {
        ranges(in: text.map { String($0) })
    }

    /// Whether every word of the search matches in one of `fields` (a word
    /// may match in one field and the next word in another, as a contact's
    /// fields are searched together). False for an empty search.
    public func allMatch(in fields: [String]) -> Bool {
        guard !phrases.isEmpty else { return false }
        let tokenized = fields.map { SearchTerms.tokens($0.map { String($0) }) }
        return phrases.allSatisfy { phrase in
            tokenized.contains { !SearchTerms.matches(of: phrase, in: $0).isEmpty }
        }
    }

    // MARK: Words

    /// One word of a text: its folded form, and for each folded scalar the
    /// grapheme it came from.
    struct Token {
        var folded: [Unicode.Scalar] = []
        var owners: [Int] = []
        var start: Int
    }

    /// Whether a grapheme belongs to a word: letters, numbers and private-use
    /// characters, as the tokenizer's default categories (L*, N*, Co).
    static func isWordCharacter(_ grapheme: String) -> Bool {
        guard let first = grapheme.unicodeScalars.first else { return false }
        switch first.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return true
        default:
            return false
        }
    }

    static func fold(_ grapheme: String) -> [Unicode.Scalar] {
        if grapheme.utf8.count == 1, let byte = grapheme.utf8.first {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            return [Unicode.Scalar(lower)]
        }
        // Case and accents, as the tokenizer folds them; letters such as
        // œ or ø stay themselves there, so they do here.
        // (Lower-casing, not case folding: ß and ﬁ stay too.)
        return Array(grapheme.lowercased().folding(options: [.diacriticInsensitive], locale: nil).unicodeScalars)
    }

    static func tokens(_ graphemes: [String]) -> [Token] {
        var tokens: [Token] = []
        var current: Token?
        for (index, grapheme) in graphemes.enumerated() {
            guard isWordCharacter(grapheme) else {
                if let token = current { tokens.append(token) }
                current = nil
                continue
            }
            var token = current ?? Token(start: index)
            let folded = fold(grapheme)
            token.folded += folded
            token.owners += [Int](repeating: index, count: folded.count)
            current = token
        }
        if let token = current { tokens.append(token) }
        return tokens.filter { !$0.folded.isEmpty }
    }

    /// Where a phrase matches: consecutive tokens equal to its parts, the
    /// last one only starting with its part.
    static func matches(of phrase: [[Unicode.Scalar]], in tokens: [Token]) -> [Range<Int>] {
        guard let last = phrase.last, tokens.count >= phrase.count else { return [] }
        var found: [Range<Int>] = []
        for first in 0...(tokens.count - phrase.count) {
            var fits = true
            for (offset, part) in phrase.enumerated() {
                let token = tokens[first + offset]
                let isLast = offset == phrase.count - 1
                if isLast ? !token.folded.starts(with: part) : token.folded != part {
                    fits = false
                    break
                }
            }
            guard fits else { continue }
            let lastToken = tokens[first + phrase.count - 1]
            found.append(tokens[first].start..<(lastToken.owners[last.count - 1] + 1))
        }
        return found
    }

    /// Sorted, with overlapping or touching ranges joined.
    static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
