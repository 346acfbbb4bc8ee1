import Foundation
import GRDB
import Testing

/// Ways a Rapport database file gets damaged, each applied to a copy of a
/// real database: SQLite's `quick_check` must see every one.
enum Damage: String, CaseIterable, CustomTestStringConvertible, Sendable {
    /// The case: 200 bytes overwritten in the middle third.
    case bytesOverwrittenInTheMiddle
    /// A whole page in the middle third zeroed.
    case pageZeroed
    /// The last third of the file cut off.
    case truncated
    /// The page-type byte of a b-tree page changed to a value SQLite never writes.
    case pageTypeChanged
    /// An interior page's right child pointed back at page 1 (a loop).
    case childPointerLoops
    /// The last page replaced by random bytes.
    case lastPageRandom
    /// The cell pointers of a page pointed past its end.
    case cellPointersOverwritten
    /// The schema table's own page (page 1, after the file header) damaged.
    case schemaPageDamaged

    var testDescription: String { rawValue }

    func apply(to original: Data) -> Data {
        var bytes = [UInt8](original)
        let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let pages = bytes.count / pageSize
        let middle = (pages / 2) * pageSize
        var random = SplitMix(seed: 7)
        switch self {
        case .bytesOverwrittenInTheMiddle:
            let start = bytes.count / 3 + bytes.count / 6
            for index in start..<(start + 200) { bytes[index] = UInt8(truncatingIfNeeded: random.next()) }
        case .pageZeroed:
            for index in middle..<(middle + pageSize) { bytes[index] = 0 }
        case .truncated:
            bytes.removeLast(bytes.count / 3)
        case .pageTypeChanged:
            // The first b-tree page (types 2, 5, 10, 13) from the middle on.
            var page = pages / 2
            while page < pages, ![2, 5, 10, 13].contains(bytes[page * pageSize]) { page += 1 }
            bytes[min(page, pages - 1) * pageSize] = 0x07
        case .childPointerLoops:
            // The first interior b-tree page (types 2, 5) after page 1.
            var page = 1
            while page < pages - 1, ![2, 5].contains(bytes[page * pageSize]) { page += 1 }
            let start = page * pageSize
            bytes.replaceSubrange((start + 8)..<(start + 12), with: [0, 0, 0, 1])
        case .lastPageRandom:
            for index in (bytes.count - pageSize)..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: random.next()) }
        case .cellPointersOverwritten:
            var page = pages / 2
            while page < pages, ![2, 5, 10, 13].contains(bytes[page * pageSize]) { page += 1 }
            let start = min(page, pages - 1) * pageSize
            let header = bytes[start] == 2 || bytes[start] == 5 ? 12 : 8
            for index in (start + header)..<(start + header + 16) { bytes[index] = 0xFF }
        case .schemaPageDamaged:
            for index in 100..<112 { bytes[index] = 0xEE }
        }
        return Data(bytes)
    }

    /// Whether SQLite sees damage in the file at `path`, read without
    /// writing anything (an error while checking counts as damage).
    static func quickCheckFails(_ path: String) -> Bool {
        var config = Configuration()
        config.readonly = true
        do {
            let queue = try DatabaseQueue(path: "file:\(path)?immutable=1", configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") } != ["ok"]
        } catch {
            return true
        }
    }
}

/// An MD5-free fingerprint of a file's bytes: the bytes themselves.
extension Sandbox {
    /// Every file in the sandbox folder whose name starts with `prefix`.
    func files(named prefix: String, in folder: String? = nil) -> [String] {
        let directory = folder ?? root.path
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasPrefix(prefix) }.sorted()
    }
}
