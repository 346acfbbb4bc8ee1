/// A best-effort split of a full name into given and family names, for
/// formats that want both (vCard `N`): the family name is the last word, or
/// starts at a lower-case particle (`de`, `van`, `di`…) after the first word.
enum PersonName {
    static let particles: Set<String> = [
        "de", "du", "des", "d'", "la", "le", "van", "von", "der", "den", "ter", "ten", "da", "di", "del",
        "della", "dos", "das", "do", "bin", "ibn", "al", "el", "zu", "af", "av",
    ]

    static func split(_ name: String) -> (given: String, family: String) {
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return (name, "") }
        var familyStart = words.count - 1
        if let particle = words.indices.dropFirst().first(where: { particles.contains(words[$0]) }),
           particle < words.count - 1 {
            familyStart = particle
        }
        return (words[..<familyStart].joined(separator: " "), words[familyStart...].joined(separator: " "))
    }
}
