import RapportCore

/// Reads role, tier, stage, cadence and yes/no values as people write them
/// in files, in English or French, without regard to case or accents.
enum FieldValues {
    static func role(_ text: String) -> Role? {
        let key = foldKey(text)
        if let role = Role.allCases.first(where: { $0.rawValue == key }) { return role }
        switch key {
        case "journaliste": return .journalist
        case "blogueur", "blogueuse", "bloggeur", "bloggeuse": return .blogger
        case "experte": return .expert
        case "influenceur", "influenceuse": return .influencer
        case "partenaire": return .partner
        case "prestataire", "fournisseur", "fournisseuse": return .provider
        case "autre": return .other
        default: return nil
        }
    }

    /// `A`, `b`, or a label such as `A (key)`.
    static func tier(_ text: String) -> Tier? {
        let key = NativeText.trimmedSpaces(text).uppercased()
        guard let first = key.first else { return nil }
        let rest = key.dropFirst()
        guard rest.isEmpty || !(rest.first?.isLetter ?? false) else { return nil }
        return Tier(rawValue: String(first))
    }

    static func stage(_ text: String) -> Stage? {
        let key = foldKey(text)
        if let stage = Stage.allCases.first(where: { $0.rawValue == key }) { return stage }
        switch key {
        case "nouveau", "nouvelle": return .new
        case "connaissance", "connu", "connue": return .acquainted
        case "engage", "engagee": return .engaged
        case "confiance": return .trusted
        case "allie", "alliee": return .ally
        default: return nil
        }
    }

    /// The leading whole number of `30`, `30 days`, `30 j`.
    static func cadence(_ text: String) -> Int? {
        let digits = NativeText.trimmedSpaces(text).prefix(while: \.isWholeNumberASCII)
        return digits.isEmpty || digits.count > 6 ? nil : Int(digits)
    }

    /// Trimmed, without case or accents; ASCII text skips Foundation (its fold is its lower case).
    static func foldKey(_ text: String) -> String {
        let trimmed = NativeText.trimmedSpaces(text)
        return NativeText.isASCII(trimmed) ? trimmed.lowercased() : TextKey.fold(trimmed)
    }

    static func yes(_ text: String) -> Bool {
        ["yes", "y", "true", "1", "oui", "o", "x", "vrai"].contains(foldKey(text))
    }
}

extension Character {
    var isWholeNumberASCII: Bool { isASCII && isNumber }
}
