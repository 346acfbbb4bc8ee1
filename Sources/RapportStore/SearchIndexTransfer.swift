import Foundation
import GRDB

/// Moves a full-text index built in the staging database into the live
/// one's without tokenizing anything under the write lock: the staged
/// FTS5 table (same definition, rows already under their final rowids,
/// optimized into one segment) has its segment pages, term index, content
/// (when it keeps one) and sizes copied with plain `INSERT … SELECT`,
/// under new segment ids, and the live index's structure and totals
/// records are updated to list them (as the newest segments:
/// `FTSStructure.adding`).
///
/// This writes FTS5's shadow tables directly, so it is careful: it only
/// runs when both tables use the storage format it knows (SQLite 3.40's
/// structure record, default settings), and reports `false` before
/// writing anything otherwise, so the caller indexes the rows the usual
/// way. The connection that ran it must not use the live FTS5 table again
/// (its cached structure is stale): imports run it last, on a connection
/// of their own that is closed right after. Tests check the result with
/// FTS5's own `integrity-check`.
struct SearchIndexTransfer {
    /// The FTS5 table's name, the same in `main` and `staging`.
    let table: String

    /// Copies the staged index into the live one, or returns `false`
    /// having written nothing when the formats are not the expected ones.
    func run(_ db: Database) throws -> Bool {
        // Why it did not run, in the import's profile (`RAPPORT_IMPORT_PROFILE`).
        func refuse(_ reason: String) -> Bool {
            ImportClock.shared?.mark("copy: \(table) not moved: \(reason)") // l10n-exempt: profiling step
            return false
        }
        guard try settingsArePlain(db) else { return refuse("settings") } // l10n-exempt: profiling step
        guard let live = try structure(db, schema: "main"), let staged = try structure(db, schema: "staging")
        else { return refuse("structure") } // l10n-exempt: profiling step
        let stagedSegments = staged.levels.flatMap(\.segments)
        // FTS5 keeps at most 2000 segments.
        guard live.levels.reduce(0, { $0 + $1.segments.count }) + stagedSegments.count <= 2000 else {
            return refuse("too many segments") // l10n-exempt: profiling step
        }
        var used = Set(live.levels.flatMap(\.segments).map(\.id))
        var renamed: [(from: FTSStructure.Segment, to: Int64)] = []
        for segment in stagedSegments {
            guard let free = (1...2000).first(where: { !used.contains(Int64($0)) }) else { return refuse("segment ids") } // l10n-exempt: profiling step
            used.insert(Int64(free))
            renamed.append((segment, Int64(free)))
        }
        for (_, id) in renamed {
            let (low, high) = (id << 37, (id + 1) << 37)
            let taken = try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM main.\(table)_data WHERE id >= ? AND id < ?)
                  + (SELECT count(*) FROM main.\(table)_idx WHERE segid = ?)
                """, arguments: [low, high, id]) ?? 1
            guard taken == 0 else { return refuse("segment \(id) taken") } // l10n-exempt: profiling step
        }
        guard let liveTotals = try totals(db, schema: "main"), let stagedTotals = try totals(db, schema: "staging"),
              liveTotals.count == stagedTotals.count || liveTotals.isEmpty || stagedTotals.isEmpty
        else { return refuse("totals") } // l10n-exempt: profiling step

        for (segment, id) in renamed {
            try db.execute(sql: """
                INSERT INTO main.\(table)_data(id, block)
                SELECT id - ?1 + ?2, block FROM staging.\(table)_data WHERE id >= ?1 AND id < ?3
                """, arguments: [segment.id << 37, id << 37, (segment.id + 1) << 37])
            try db.execute(sql: """
                INSERT INTO main.\(table)_idx(segid, term, pgno) SELECT ?, term, pgno FROM staging.\(table)_idx WHERE segid = ?
                """, arguments: [id, segment.id])
        }
        ImportClock.shared?.mark("copy: \(table) segments") // l10n-exempt: profiling step
        // A contentless index (the exchanges' since v6) has no content table.
        if try db.tableExists("\(table)_content", in: "main") {
            try db.execute(sql: "INSERT INTO main.\(table)_content SELECT * FROM staging.\(table)_content")
            ImportClock.shared?.mark("copy: \(table) content") // l10n-exempt: profiling step
        }
        if try db.tableExists("\(table)_docsize", in: "main") {
            try db.execute(sql: "INSERT INTO main.\(table)_docsize SELECT * FROM staging.\(table)_docsize")
        }
        var sum = liveTotals.isEmpty ? stagedTotals : liveTotals
        if !liveTotals.isEmpty && !stagedTotals.isEmpty {
            for index in sum.indices { sum[index] = liveTotals[index] &+ stagedTotals[index] }
        }
        let merged = live.adding(renamed.map { .init(id: $0.to, first: $0.from.first, last: $0.from.last) })
        try db.execute(sql: "REPLACE INTO main.\(table)_data(id, block) VALUES (1, ?)",
                       arguments: [Data(FTSVarint.encode(sum))])
        try db.execute(sql: "REPLACE INTO main.\(table)_data(id, block) VALUES (10, ?)", arguments: [Data(merged.encoded())])
        return true
    }

    /// Both tables have only FTS5's format version in their settings (no
    /// changed page size or merge settings), and the same version.
    private func settingsArePlain(_ db: Database) throws -> Bool {
        let rows = try Row.fetchAll(db, sql: """
            SELECT 'main', k, v FROM main.\(table)_config UNION ALL SELECT 'staging', k, v FROM staging.\(table)_config
            """)
        let versions = rows.filter { $0[1] as String == "version" }.map { $0[2] as Int64? }
        return rows.count == 2 && versions.count == 2 && versions[0] == 4 && versions[1] == 4
    }

    private func structure(_ db: Database, schema: String) throws -> FTSStructure? {
        guard let data = try Data.fetchOne(db, sql: "SELECT block FROM \(schema).\(table)_data WHERE id = 10") else { return nil }
        return FTSStructure(Array(data))
    }

    /// The totals record: the number of rows, then the number of tokens of each column.
    private func totals(_ db: Database, schema: String) throws -> [UInt64]? {
        guard let data = try Data.fetchOne(db, sql: "SELECT block FROM \(schema).\(table)_data WHERE id = 1") else { return [] }
        var reader = FTSVarint.Reader(Array(data))
        var values: [UInt64] = []
        while !reader.atEnd {
            guard let value = reader.next() else { return nil }
            values.append(value)
        }
        return values
    }
}

/// FTS5's structure record (SQLite 3.40's format): a 4-byte cookie, the
/// number of levels and of segments, a write counter, then per level the
/// number of segments being merged and its segments (id, first and last
/// leaf page). Any other shape (such as the later format that starts
/// with `FF 00 00 01` after the cookie) is refused.
struct FTSStructure: Equatable {
    struct Segment: Equatable {
        var id: Int64
        var first: UInt64
        var last: UInt64
    }

    struct Level: Equatable {
        var merging: UInt64
        var segments: [Segment]
    }

    var cookie: [UInt8]
    var writeCounter: UInt64
    var levels: [Level]

    init?(_ bytes: [UInt8]) {
        // An index never written has the shortest record: the cookie and three zero varints.
        guard bytes.count >= 7, bytes[4] != 0xFF else { return nil }
        cookie = Array(bytes[0..<4])
        var reader = FTSVarint.Reader(Array(bytes[4...]))
        guard let levelCount = reader.next(), let segmentCount = reader.next(), let counter = reader.next(),
              levelCount < 64, segmentCount <= 2000
        else { return nil }
        writeCounter = counter
        levels = []
        var seen: UInt64 = 0
        for _ in 0..<levelCount {
            guard let merging = reader.next(), let count = reader.next(), count <= 2000 else { return nil }
            var segments: [Segment] = []
            for _ in 0..<count {
                guard let id = reader.next(), let first = reader.next(), let last = reader.next(),
                      id >= 1, id <= 2000
                else { return nil }
                segments.append(Segment(id: Int64(id), first: first, last: last))
            }
            seen += count
            levels.append(Level(merging: merging, segments: segments))
        }
        guard reader.atEnd, seen == segmentCount else { return nil }
    }

    /// The structure with `incoming` (the staged segments: the newest
    /// rows, none of them in the live index) added as its newest segments.
    ///
    /// FTS5 reads segments newest first: level 0 from its last segment
    /// back, then level 1, and so on; a newer segment's deletes hide an
    /// older one's rows. Level 0 gets a segment per write (every `log`),
    /// and the write that finds 16 there merges them all at once (a
    /// "crisis merge"). A large staged segment left on level 0 would be
    /// rewritten by such a merge, in one `log`, a few writes later (at
    /// once, were level 0 full). So level 0's segments move, oldest first,
    /// to the end of level 1, and the staged ones follow them there: the
    /// order of age FTS5 reads is kept (as its own merges leave it), level
    /// 0 starts empty, and FTS5's incremental merging rewrites level 1 a
    /// little at each write. Not while level 0 is being merged (its output
    /// is then the last segment of level 1): the staged segments then go
    /// to level 0, as FTS5 puts a new segment.
    func adding(_ incoming: [Segment]) -> FTSStructure {
        var result = self
        if result.levels.isEmpty { result.levels = [Level(merging: 0, segments: [])] }
        guard result.levels[0].merging == 0 else {
            result.levels[0].segments += incoming
            return result
        }
        if result.levels.count == 1 { result.levels.append(Level(merging: 0, segments: [])) }
        result.levels[1].segments += result.levels[0].segments + incoming
        result.levels[0].segments = []
        return result
    }

    func encoded() -> [UInt8] {
        var values: [UInt64] = [UInt64(levels.count), UInt64(levels.reduce(0) { $0 + $1.segments.count }), writeCounter]
        for level in levels {
            values += [level.merging, UInt64(level.segments.count)]
            for segment in level.segments { values += [UInt64(segment.id), segment.first, segment.last] }
        }
        return cookie + FTSVarint.encode(values)
    }
}

/// SQLite's variable-length integers (1 to 9 bytes, big-endian, 7 bits a
/// byte with the high bit saying "more", the ninth byte whole), as FTS5
/// stores them.
enum FTSVarint {
    struct Reader {
        private let bytes: [UInt8]
        private var offset = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { offset == bytes.count }

        mutating func next() -> UInt64? {
            var value: UInt64 = 0
            for index in 0..<9 {
                guard offset < bytes.count else { return nil }
                let byte = bytes[offset]
                offset += 1
                if index == 8 { return (value << 8) | UInt64(byte) }
                value = (value << 7) | UInt64(byte & 0x7F)
                if byte & 0x80 == 0 { return value }
            }
            return value
        }
    }

    static func encode(_ values: [UInt64]) -> [UInt8] {
        var out: [UInt8] = []
        for value in values { append(value, to: &out) }
        return out
    }

    static func append(_ value: UInt64, to out: inout [UInt8]) {
        if value > 0x00FF_FFFF_FFFF_FFFF {
            var groups: [UInt8] = [UInt8(value & 0xFF)]
            var rest = value >> 8
            for _ in 0..<8 {
                groups.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            out += groups.reversed()
            return
        }
        var groups: [UInt8] = [UInt8(value & 0x7F)]
        var rest = value >> 7
        while rest > 0 {
            groups.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        out += groups.reversed()
    }
}
