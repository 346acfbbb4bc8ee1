import Foundation
@testable import RapportLocalization
import Testing

@Suite("Catalogs: the shipped French catalog")
struct FrenchCatalogTests {
    static func file() throws -> POFile {
        try #require(try Catalogs.file(.french))
    }

    @Test func readsWithFrenchPluralRule() throws {
        let file = try Self.file()
        #expect(file.pluralRule == .french)
        #expect(file.headerValue("Language") == "fr")
        #expect(try #require(Catalogs.french).count == file.entries.count)
    }

    @Test func everyMessageHasAFrenchText() throws {
        let file = try Self.file()
        let missing = file.entries.filter { !$0.isTranslated }.map(\.id)
        #expect(missing.isEmpty, "no French text for: \(missing)")
        let fuzzy = file.entries.filter(\.isFuzzy).map(\.id)
        #expect(fuzzy.isEmpty, "marked fuzzy: \(fuzzy)")
    }

    @Test func translationsKeepThePlaceholders() throws {
        for entry in try Self.file().entries {
            let english = Self.placeholders(entry.id)
            for (index, text) in entry.strings.enumerated() {
                // A singular form may say "un" instead of the count.
                let expected = entry.idPlural != nil && index == 0 && !text.contains("%") ? [] : english
                #expect(Self.placeholders(text) == expected, "\(entry.id) → \(text)")
            }
        }
    }

    /// The placeholders of a message, by position (`%2$s` counts as the second).
    static func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let percent = rest.firstIndex(of: "%") {
            rest = rest[rest.index(after: percent)...]
            if rest.first == "%" { rest = rest.dropFirst(); continue }
            let spec = rest.prefix { !"sd@i".contains($0) }
            guard spec.count < rest.count else { break }
            let kind = rest[spec.endIndex]
            found.append(String(spec.filter { $0 != "'" && $0 != "l" }) + String(kind))
            rest = rest[rest.index(after: spec.endIndex)...]
        }
        let positional = found.allSatisfy { $0.contains("$") }
        return positional ? found.sorted() : found.map { $0.replacingOccurrences(of: "'", with: "") }
    }
}

@Suite struct EmbeddedCatalogsTests {
    static let folder = packageRoot.appendingPathComponent("Localization")

    @Test func embeddedCopiesMatchTheLocalizationFolder() throws {
        // Localization/LANG/PART.po, keyed "LANG/PART".
        var texts: [String: String] = [:]
        for language in try FileManager.default.contentsOfDirectory(atPath: Self.folder.path) {
            let folder = Self.folder.appendingPathComponent(language)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names where name.hasSuffix(".po") {
                texts[language + "/" + name.dropLast(3)] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            }
        }
        #expect(texts.keys.contains("fr/common"))
        if ProcessInfo.processInfo.environment["RAPPORT_REGENERATE_CATALOGS"] == "1" {
            try regenerate(texts)
            return
        }
        #expect(Set(EmbeddedCatalogs.files.keys) == Set(texts.keys),
                "Localization/ changed: run RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests")
        for (name, text) in texts {
            #expect(EmbeddedCatalogs.files[name] == text,
                    "Localization/\(name).po changed: run RAPPORT_REGENERATE_CATALOGS=1 swift test --filter EmbeddedCatalogsTests")
        }
    }

    /// Rewrites EmbeddedCatalogs.swift from the `.po` files.
    private func regenerate(_ texts: [String: String]) throws {
        var lines = [
            "// Generated from Localization/LANG/*.po; do not edit by hand.",
            "// EmbeddedCatalogsTests fails when this file and Localization/ differ, and",
            "// rewrites it when run with RAPPORT_REGENERATE_CATALOGS=1.",
            "",
            "/// The shipped message catalogs, built into the program so an installed",
            "/// binary speaks every language without files beside it.",
            "enum EmbeddedCatalogs {",
            "    /// `.po` file texts by \"LANG/PART\" (Localization/LANG/PART.po).",
            "    static let files: [String: String] = [",
        ]
        for name in texts.keys.sorted() {
            let text = texts[name] ?? ""
            try #require(!text.contains("\"\"\"#") && !text.contains("\\#") && text.hasSuffix("\n"))
            lines.append("        \"\(name)\": #\"\"\"")
            lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.append("\"\"\"#,")
        }
        lines += ["    ]", "}"]
        let file = packageRoot.appendingPathComponent("Sources/RapportLocalization/EmbeddedCatalogs.swift")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
