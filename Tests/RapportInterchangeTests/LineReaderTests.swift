import Foundation
@testable import RapportInterchange
import Testing

@Suite("Reading lines in chunks")
struct LineReaderTests {
    func lines(_ name: String, chunkSize: Int) throws -> [[UInt8]] {
        let handle = try #require(FileHandle(forReadingAtPath: try FixtureFiles.path(name)))
        defer { try? handle.close() }
        let reader = PhysicalLineReader(handle: handle, fileName: name, chunkSize: chunkSize)
        var lines: [[UInt8]] = []
        while let line = try reader.next() { lines.append(line) }
        #expect(reader.lineNumber == lines.count)
        return lines
    }

    @Test(arguments: ["google.vcf", "outlook-android-21.vcf", "vcard4.vcf"])
    func anyChunkSizeGivesTheSameLines(_ name: String) throws {
        let whole = try lines(name, chunkSize: 1 << 18)
        #expect(!whole.isEmpty)
        #expect(whole.first?.starts(with: Array("BEGIN:VCARD".utf8)) == true)
        #expect(whole.allSatisfy { $0.last != 0x0D && !$0.contains(0x0A) })
        for size in [1, 2, 3, 5, 7, 64] {
            #expect(try lines(name, chunkSize: size) == whole, "chunk size \(size)")
        }
    }
}
