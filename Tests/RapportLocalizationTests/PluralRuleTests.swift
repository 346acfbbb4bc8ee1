import RapportLocalization
import Testing

@Suite("Catalogs: plural rules")
struct PluralRuleTests {
    @Test func frenchIsSingularForZeroAndOne() throws {
        let rule = try PluralRule(header: "nplurals=2; plural=(n > 1);")
        #expect([0, 1, 2, 3, 100, -1, -2].map(rule.form(for:)) == [0, 0, 1, 1, 1, 0, 1])
        #expect(rule == .french)
    }

    @Test func englishIsSingularForOneOnly() throws {
        let rule = try PluralRule(header: "nplurals=2; plural=n != 1;")
        #expect([0, 1, 2, 21].map(rule.form(for:)) == [1, 0, 1, 1])
        #expect(rule == .english)
    }

    @Test func threeFormsWithNestedChoices() throws {
        // Russian, as the gettext manual writes it.
        let rule = try PluralRule(header: "nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;")
        #expect([1, 2, 5, 11, 21, 22, 25, 111, 0].map(rule.form(for:)) == [0, 1, 2, 2, 0, 1, 2, 2, 2])
        let single = try PluralRule(header: "nplurals=1; plural=0;")
        #expect(single.form(for: 5) == 0)
        // Out-of-range answers are clamped to the last form; division by zero gives 0.
        #expect(try PluralRule(header: "nplurals=2; plural=n*9;").form(for: 3) == 1)
        #expect(try PluralRule(header: "nplurals=2; plural=!(n/0);").form(for: 3) == 1)
    }

    @Test(arguments: [
        ("plural=n;", "no nplurals"),
        ("nplurals=2;", "no plural formula"),
        ("nplurals=9; plural=n;", "nplurals must be 1 to 6, not '9'"),
        ("nplurals=2; plural=(n>1;", "plural=(n>1: '(' without ')'"),
        ("nplurals=2; plural=n ? 1;", "plural=n ? 1: '?' without ':'"),
        ("nplurals=2; plural=x>1;", "plural=x>1: unexpected 'x'"),
        ("nplurals=2; plural=n 1;", "plural=n 1: unexpected '1'"),
        ("nplurals=2; size=3; plural=n;", "unknown setting 'size'"),
    ])
    func refusesBrokenHeaders(_ header: String, _ message: String) {
        #expect(throws: PluralRuleError(message: message)) { try PluralRule(header: header) }
    }
}
