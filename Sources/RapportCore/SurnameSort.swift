/// Where a contact goes in a list sorted by surname: by family name, then
/// given name, without regard to case or accents.
///
/// The family name is the structured one (vCard `N`) when the contact has
/// one; otherwise the last word of the name together with the particles
/// and articles just before it (`de`, `d'`, `du`, `des`, `le`, `la`, `les`,
/// `l'`, `van`, `von`, `der`, `den`, `ter`, `ten`, `di`, `da`, `del`,
/// `della`, `dos`, `das`, in any case). Within the family name:
///
/// - particles written in lower case are passed over: "Charles de Gaulle"
///   sorts under G, "Ludwig van Beethoven" under B, "Jean d'Ormesson" under O;
/// - a capitalised word is part of the name: "Yann Le Goff" sorts under L,
///   "Jan De Smet" under D, "Jean-Claude Van Damme" under V;
/// - except an article (`Le`, `La`, `Les`, `L'`) right after a passed-over
///   particle, which goes with it: "Jean de La Fontaine" sorts under F,
///   shown "Fontaine, Jean de La".
public struct SurnameSort: Sendable, Equatable {
    /// The part of the family name the order starts with: "Fontaine", "Le Goff".
    public let family: String
    /// The given names: "Jean".
    public let given: String
    /// The particles passed over, as written: "de La".
    public let particles: String

    /// Lower-case particles and articles that may come before a family name.
    static let particleWords: Set<String> = [
        "de", "d'", "du", "des", "le", "la", "les", "l'", "van", "von", "der", "den", "ter", "ten", "di", "da",
        "del", "della", "dos", "das",
    ]
    static let articles: Set<String> = ["le", "la", "les", "l'"]

    /// The sort place of `name`; `familyName` is the structured family name
    /// when there is one (vCard `N`), `givenName` its given names.
    public init(name: String, familyName: String? = nil, givenName: String? = nil) {
        let nameWords = SurnameSort.words(name)
        let familyWords: [Word]
        var givenText: String
        if let familyName, !SurnameSort.words(familyName).isEmpty {
            familyWords = SurnameSort.words(familyName)
            let count = familyWords.count
            let ending = nameWords.suffix(count).map { TextKey.fold($0.text) }
            if let givenName, !NativeText.trimmedSpaces(givenName).isEmpty {
                givenText = NativeText.trimmedSpaces(givenName)
            } else if nameWords.count > count, ending == familyWords.map({ TextKey.fold($0.text) }) {
                givenText = SurnameSort.join(nameWords.dropLast(count))
            } else {
                givenText = nameWords.map(\.text) == familyWords.map(\.text) ? "" : NativeText.trimmedSpaces(name)
            }
        } else {
            var start = max(nameWords.count - 1, 0)
            while start > 0, SurnameSort.particleWords.contains(nameWords[start - 1].text.lowercased()) { start -= 1 }
            familyWords = Array(nameWords[start...])
            givenText = SurnameSort.join(nameWords[..<start])
        }
        var skipped = 0
        while skipped < familyWords.count - 1, familyWords[skipped].isLowerCaseParticle { skipped += 1 }
        if skipped > 0, skipped < familyWords.count - 1, familyWords[skipped].isCapitalisedArticle { skipped += 1 }
        family = SurnameSort.join(familyWords[skipped...])
        given = givenText
        particles = SurnameSort.join(familyWords[..<skipped])
    }

    /// "Fontaine, Jean de La"; "Le Goff, Yann"; the family name alone when nothing else.
    public var display: String {
        let rest = [given, particles].filter { !$0.isEmpty }.joined(separator: " ")
        return rest.isEmpty ? family : family + ", " + rest
    }

    /// The comparison key: family name, given names, particles, each folded
    /// (lower case, no accents) and separated by U+0001, which sorts before
    /// any letter ("Fontaine" before "Fontainebleau"). Compares the same
    /// as Swift strings and as SQLite's binary collation.
    public var key: String {
        [family, given, particles].map(TextKey.fold).joined(separator: "\u{1}")
    }

    /// One word of a name, and whether a space follows it (not after an elided `d'`).
    struct Word {
        var text: String
        var spaceAfter: Bool

        var isLowerCaseParticle: Bool {
            SurnameSort.particleWords.contains(text) && text == text.lowercased()
        }

        var isCapitalisedArticle: Bool {
            let lower = text.lowercased()
            return SurnameSort.articles.contains(lower) && text != lower
        }
    }

    /// The words of a name; `d'Ormesson` and `L'Isle` are two words, the
    /// elided article or particle first (a typographic apostrophe made straight).
    static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0.isNewline }) {
            let word = String(raw).replacingApostrophes()
            let lower = word.lowercased()
            if word.count > 2, lower.hasPrefix("d'") || lower.hasPrefix("l'") {
                result.append(Word(text: String(word.prefix(2)), spaceAfter: false))
                result.append(Word(text: String(word.dropFirst(2)), spaceAfter: true))
            } else {
                result.append(Word(text: word, spaceAfter: true))
            }
        }
        return result
    }

    static func join<S: Sequence>(_ words: S) -> String where S.Element == Word {
        var text = ""
        for word in words {
            text += word.text
            if word.spaceAfter { text += " " }
        }
        return text.hasSuffix(" ") ? String(text.dropLast()) : text
    }
}

extension String {
    /// With typographic apostrophes (’ and ʼ) made straight.
    func replacingApostrophes() -> String {
        guard contains(where: { $0 == "\u{2019}" || $0 == "\u{02BC}" }) else { return self }
        return String(map { $0 == "\u{2019}" || $0 == "\u{02BC}" ? "'" : $0 })
    }
}
