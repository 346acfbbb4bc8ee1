import Foundation
import RapportInterchange
import Testing

/// Mutated fixtures must give contacts or an `InterchangeError`, never a crash.
@Suite("Robustness on damaged files")
struct FuzzTests {
    /// SplitMix64: the same sequence on every run.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(bound, 1))) }
    }

    static let interesting: [UInt8] = Array(":;=\",.\\@/ \t\r\n\u{1}".utf8) + [0xC3, 0xA9, 0xFF, 0xE2, 0x80, 0x00]

    static func mutate(_ bytes: [UInt8], _ random: inout Random) -> [UInt8] {
        var result = bytes
        for _ in 0..<(1 + random.below(6)) {
            guard !result.isEmpty else { break }
            let at = random.below(result.count)
            switch random.below(5) {
            case 0: result[at] = interesting[random.below(interesting.count)]
            case 1: result.insert(interesting[random.below(interesting.count)], at: at)
            case 2: result.remove(at: at)
            case 3: result = Array(result[..<at])
            default: result[at] = UInt8(truncatingIfNeeded: random.next())
            }
        }
        return result
    }

    /// How many contacts the file gave, or the error it stopped at.
    static func read(_ path: String) -> (Int, InterchangeError?) {
        do {
            return (try ContactFiles.reader(path: path).readAll().count, nil)
        } catch {
            return (0, error)
        }
    }

    @Test(arguments: ["apple-ios.vcf", "google.vcf", "outlook-android-21.vcf", "vcard4.vcf", "french.csv", "english.csv"])
    func mutatedFixtures(_ name: String) throws {
        let original = [UInt8](try Data(contentsOf: URL(fileURLWithPath: FixtureFiles.path(name))))
        var random = Random(state: UInt64(name.utf8.count) &* 7919)
        let file = TemporaryFile(name.hasSuffix(".csv") ? ".csv" : ".vcf")
        var outcomes = (contacts: 0, errors: 0)
        for _ in 0..<150 {
            try Data(Self.mutate(original, &random)).write(to: URL(fileURLWithPath: file.path))
            let (count, error) = Self.read(file.path)
            outcomes.contacts += count
            if let error {
                #expect(!error.description.contains("\n"))
                outcomes.errors += 1
            }
        }
        #expect(outcomes.contacts > 0)
    }
}
