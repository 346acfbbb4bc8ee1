import RapportLocalization
import Testing

@Suite("Catalogs: reading .po files")
struct POFileTests {
    func parse(_ text: String) throws -> POFile {
        try POFile.parse(text, file: "t.po")
    }

    func error(_ text: String) -> String? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func headerEntriesContextsAndPlurals() throws {
        let file = try parse(#"""
            # A comment
            msgid ""
            msgstr ""
            "Language: fr\n"
            "Content-Type: text/plain; charset=UTF-8\n"
            "Plural-Forms: nplurals=2; plural=(n > 1);\n"

            #: Sources/App/View.swift:12
            #, c-format, fuzzy
            msgid "Hello %s"
            msgstr "Bonjour %s"

            msgctxt "warmth"
            msgid "cold"
            msgstr "froide"

            msgid "%d day"
            msgid_plural "%d days"
            msgstr[0] "%d jour"
            msgstr[1] "%d jours"
            """#)
        #expect(file.headerValue("language") == "fr")
        #expect(file.pluralRule == .french)
        #expect(file.entries == [
            POEntry(id: "Hello %s", strings: ["Bonjour %s"], flags: ["c-format", "fuzzy"], line: 10),
            POEntry(context: "warmth", id: "cold", strings: ["froide"], line: 13),
            POEntry(id: "%d day", idPlural: "%d days", strings: ["%d jour", "%d jours"], line: 17),
        ])
        #expect(file.entries[0].isFuzzy)
    }

    @Test func multiLineStringsAndEscapes() throws {
        let file = try parse(#"""
            msgid ""
            "Two\n"
            "lines"
            msgstr "Deux\n"
               "lignes\t\"quoted\" \\ back\101\7"
            """#)
        #expect(file.entries.first?.id == "Two\nlines")
        #expect(file.entries.first?.strings == ["Deux\nlignes\t\"quoted\" \\ backA\u{7}"])
    }

    @Test func obsoleteEntriesAndCRLFAreIgnored() throws {
        let file = try parse("#~ msgid \"old\"\r\n#~ msgstr \"vieux\"\r\nmsgid \"new\"\r\nmsgstr \"neuf\"\r\n")
        #expect(file.entries.map(\.id) == ["new"])
        #expect(file.entries.first?.strings == ["neuf"])
    }

    @Test func untranslatedEntryKeepsItsEmptyString() throws {
        let entry = try #require(try parse("msgid \"a\"\nmsgstr \"\"\n").entries.first)
        #expect(!entry.isTranslated)
        let plural = try #require(try parse("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[0] \"x\"\nmsgstr[1] \"\"\n").entries.first)
        #expect(!plural.isTranslated)
    }

    @Test func mistakesNameTheirLine() {
        #expect(error("msgid \"a\"\nmsgstr \"b\"\nmsgid \"a\"\nmsgstr \"c\"\n") == "t.po:3: msgid \"a\" appears twice")
        #expect(error("msgid \"a\"\n\nmsgid \"b\"\nmsgstr \"c\"\n") == "t.po:3: msgid without msgstr before it")
        #expect(error("msgid \"a\"\n") == "t.po:1: msgid \"a\" has no msgstr")
        #expect(error("msgstr \"a\"\n") == "t.po:1: msgstr must follow a msgid")
        #expect(error("msgid \"a\"\nmsgstr \"b\"\n\"c\"\n\n\"d\"\n") == "t.po:5: a quoted string that follows no keyword")
        #expect(error("msgid \"a\nmsgstr \"b\"\n") == "t.po:1: expected a string in double quotes")
        #expect(error("msgid \"a\\q\"\nmsgstr \"b\"\n") == "t.po:1: unknown escape \\q")
        #expect(error("msgid \"a\" \"b\"\nmsgstr \"b\"\n") == "t.po:1: a double quote inside a string must be written \\\"")
        #expect(error("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr \"b\"\n") == "t.po:3: a plural entry needs msgstr[0], msgstr[1]…")
        #expect(error("msgid \"a\"\nmsgid_plural \"as\"\nmsgstr[1] \"b\"\n") == "t.po:3: msgstr[1] out of order (expected msgstr[0])")
        #expect(error("msgid \"a\"\nmsgstr[0] \"b\"\n") == "t.po:2: msgstr[0] needs a msgid_plural")
        #expect(error("msgctxt \"c\"\n\n# x\n") == "t.po:1: msgctxt without msgid")
        #expect(error("msgfoo \"a\"\n") == "t.po:1: unknown keyword 'msgfoo'")
        #expect(error("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n")
            == "t.po:1: charset iso-8859-1: only UTF-8 catalogs are read")
        #expect(error("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=2; plural=(n > ;\\n\"\n")
            == "t.po:1: Plural-Forms: plural=(n >: ends too early")
        #expect(error("""
            msgid ""
            msgstr "Plural-Forms: nplurals=2; plural=n != 1;\\n"
            msgid "a"
            msgid_plural "as"
            msgstr[0] "x"
            msgstr[1] "y"
            msgstr[2] "z"
            """) == "t.po:3: 3 plural forms; Plural-Forms says nplurals=2")
    }
}
