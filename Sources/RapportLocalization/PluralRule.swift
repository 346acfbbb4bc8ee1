/// Which plural form a count takes, from a catalog's `Plural-Forms`
/// header: `nplurals=2; plural=(n > 1);`. The formula is a C expression of
/// `n` (integers, `n`, `!`, `* / %`, `+ -`, `< <= > >=`, `== !=`, `&&`,
/// `||`, `?:` and parentheses), as GNU gettext defines it.
public struct PluralRule: Sendable, Equatable {
    /// How many plural forms (`nplurals`).
    public let count: Int
    /// The formula as written.
    public let formula: String
    private let expression: PluralExpression

    /// English and other Germanic languages: one form for 1, another for everything else (0 included).
    public static let english = PluralRule(count: 2, formula: "n != 1", expression: .binary("!=", .n, .number(1)))
    /// French: one form for 0 and 1, another from 2.
    public static let french = PluralRule(count: 2, formula: "n > 1", expression: .binary(">", .n, .number(1)))

    private init(count: Int, formula: String, expression: PluralExpression) {
        self.count = count
        self.formula = formula
        self.expression = expression
    }

    /// Reads the value of a `Plural-Forms` header.
    public init(header: String) throws(PluralRuleError) {
        var count: Int?
        var formula: String?
        for part in header.split(separator: ";") {
            let setting = String(part).trimmingCharactersInSpaces()
            if setting.isEmpty { continue }
            guard let equals = setting.firstIndex(of: "=") else { throw PluralRuleError(message: "'\(setting)' is not NAME=VALUE") }
            let name = String(setting[..<equals]).trimmingCharactersInSpaces()
            let value = String(setting[setting.index(after: equals)...]).trimmingCharactersInSpaces()
            switch name {
            case "nplurals":
                guard let number = Int(value), (1...6).contains(number) else {
                    throw PluralRuleError(message: "nplurals must be 1 to 6, not '\(value)'")
                }
                count = number
            case "plural": formula = value
            default: throw PluralRuleError(message: "unknown setting '\(name)'")
            }
        }
        guard let count else { throw PluralRuleError(message: "no nplurals") }
        guard let formula else { throw PluralRuleError(message: "no plural formula") }
        var parser = PluralFormulaParser(formula)
        self.init(count: count, formula: formula, expression: try parser.parse())
    }

    /// The plural form (0 ..< count) for `n`. Negative counts take the form of their magnitude.
    public func form(for n: Int) -> Int {
        let value = expression.evaluate(n.magnitude > UInt(Int.max) ? Int.max : abs(n))
        return min(max(value, 0), count - 1)
    }

    public static func == (lhs: PluralRule, rhs: PluralRule) -> Bool {
        lhs.count == rhs.count && lhs.expression == rhs.expression
    }
}

/// Why a `Plural-Forms` header could not be read.
public struct PluralRuleError: Error, Sendable, Equatable {
    public let message: String

    public init(message: String) {
        self.message = message
    }
}

/// A parsed plural formula.
indirect enum PluralExpression: Sendable, Equatable {
    case n
    case number(Int)
    case not(PluralExpression)
    case binary(String, PluralExpression, PluralExpression)
    case choice(PluralExpression, PluralExpression, PluralExpression)

    func evaluate(_ n: Int) -> Int {
        switch self {
        case .n: return n
        case .number(let value): return value
        case .not(let operand): return operand.evaluate(n) == 0 ? 1 : 0
        case .choice(let condition, let yes, let no): return condition.evaluate(n) != 0 ? yes.evaluate(n) : no.evaluate(n)
        case .binary(let op, let left, let right):
            let a = left.evaluate(n)
            if op == "&&" { return a != 0 && right.evaluate(n) != 0 ? 1 : 0 }
            if op == "||" { return a != 0 || right.evaluate(n) != 0 ? 1 : 0 }
            let b = right.evaluate(n)
            switch op {
            case "*": return a.multipliedReportingOverflow(by: b).partialValue
            case "/": return b == 0 ? 0 : a / b
            case "%": return b == 0 ? 0 : a % b
            case "+": return a.addingReportingOverflow(b).partialValue
            case "-": return a.subtractingReportingOverflow(b).partialValue
            case "<": return a < b ? 1 : 0
            case "<=": return a <= b ? 1 : 0
            case ">": return a > b ? 1 : 0
            case ">=": return a >= b ? 1 : 0
            case "==": return a == b ? 1 : 0
            default: return a != b ? 1 : 0
            }
        }
    }
}

/// A recursive-descent parser for plural formulas, by C precedence.
struct PluralFormulaParser {
    private let tokens: [String]
    private var position = 0
    private let formula: String

    init(_ formula: String) {
        self.formula = formula
        tokens = PluralFormulaParser.tokenize(formula)
    }

    mutating func parse() throws(PluralRuleError) -> PluralExpression {
        let expression = try choice()
        guard position == tokens.count else { throw failure("unexpected '\(tokens[position])'") }
        return expression
    }

    private func failure(_ message: String) -> PluralRuleError {
        PluralRuleError(message: "plural=\(formula): \(message)")
    }

    private var peek: String? { position < tokens.count ? tokens[position] : nil }

    private mutating func take(_ token: String) -> Bool {
        guard peek == token else { return false }
        position += 1
        return true
    }

    private mutating func choice() throws(PluralRuleError) -> PluralExpression {
        let condition = try binary(level: 0)
        guard take("?") else { return condition }
        let yes = try choice()
        guard take(":") else { throw failure("'?' without ':'") }
        return .choice(condition, yes, try choice())
    }

    private static let levels: [[String]] = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*", "/", "%"]]

    private mutating func binary(level: Int) throws(PluralRuleError) -> PluralExpression {
        guard level < Self.levels.count else { return try unary() }
        var left = try binary(level: level + 1)
        while let op = peek, Self.levels[level].contains(op) {
            position += 1
            left = .binary(op, left, try binary(level: level + 1))
        }
        return left
    }

    private mutating func unary() throws(PluralRuleError) -> PluralExpression {
        if take("!") { return .not(try unary()) }
        if take("(") {
            let inner = try choice()
            guard take(")") else { throw failure("'(' without ')'") }
            return inner
        }
        guard let token = peek else { throw failure("ends too early") }
        position += 1
        if token == "n" { return .n }
        if let number = Int(token) { return .number(number) }
        throw failure("unexpected '\(token)'")
    }

    /// Numbers, `n`, and operators (two-character ones first).
    static func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == " " || character == "\t" || (character == ";" && index == characters.count - 1) {
                index += 1
                continue
            }
            if character.isASCIIDigitCharacter {
                var end = index
                while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
                tokens.append(String(characters[index..<end]))
                index = end
                continue
            }
            if index + 1 < characters.count {
                let pair = String(characters[index...index + 1])
                if ["||", "&&", "==", "!=", "<=", ">="].contains(pair) {
                    tokens.append(pair)
                    index += 2
                    continue
                }
            }
            tokens.append(String(character))
            index += 1
        }
        return tokens
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
