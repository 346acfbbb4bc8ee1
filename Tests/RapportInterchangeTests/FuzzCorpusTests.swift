import Foundation
import RapportInterchange
import Testing

/// Every vCard and CSV input kept for the libFuzzer targets
/// (`Tests/Fuzz/corpus/`, and `Tests/Fuzz/regressions/` for inputs that
/// once crashed) read in the normal suite: contacts or one `FILE:LINE`
/// error, never a crash.
@Suite("Fuzz corpus replayed")
struct FuzzCorpusTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(_ target: String) -> [String] {
        var paths: [String] = []
        for folder in ["corpus", "regressions"] {
            let directory = fuzzFolder.appendingPathComponent(folder).appendingPathComponent(target)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            paths += names.sorted().map { directory.appendingPathComponent($0).path }
        }
        return paths
    }

    @Test func thereIsACorpus() {
        #expect(Self.inputs("vcard").count >= 5)
        #expect(Self.inputs("csv").count >= 3)
    }

    @Test(arguments: inputs("vcard"))
    func vcard(_ path: String) {
        do {
            let reader = try VCardReader(path: path, fileName: "in.vcf")
            while let contact = try reader.next() { #expect(!contact.draft.name.isEmpty) }
        } catch {
            #expect(error.description.hasPrefix("in.vcf"))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test(arguments: inputs("csv"))
    func csv(_ path: String) {
        do {
            let reader = try CSVContactReader(path: path, fileName: "in.csv")
            while let contact = try reader.next() { #expect(!contact.draft.name.isEmpty) }
        } catch {
            #expect(error.description.hasPrefix("in.csv"))
            #expect(!error.description.contains("\n"))
        }
    }
}
