import RapportCore
import RapportStore
import RapportLocalization

// Career timeline and introductions on PostgreSQL (`CareerStore`): the
// same rules as the SQLite engine (`CareerMove`, `CareerOrder`,
// `CareerSearch`), so both give the same careers, searches and reviews.
extension PostgresStore {
    public func career(contactId: Int64) throws(StoreError) -> Career {
        try read { db in try career(db, contactId: contactId) }
    }

    public func pressWorkInventory() throws(StoreError) -> PressWorkInventory {
        try read { db in
            let row = try db.execute(PressWorkInventory.countsSQL).rows.first ?? []
            func count(_ index: Int) -> Int { index < row.count ? Int(row[index] ?? "0") ?? 0 : 0 }
            return PressWorkInventory(coverage: count(0), moves: count(1), introductions: count(2))
        }
    }

    func career(_ db: PGConnection, contactId: Int64) throws -> Career {
        guard let row = try db.execute("SELECT position_since_day, introduced_by FROM contact WHERE id = $1",
                                       [String(contactId)]).records.first else {
            throw StoreError.notFound(L10n.text("no contact with id %d", contactId))
        }
        let positions = try db.execute("""
            SELECT outlet, title, from_day, to_day FROM position WHERE contact_id = $1 ORDER BY to_day DESC, id DESC
            """, [String(contactId)]).records.map { row in
            Position(outlet: row.text(0), title: row.text(1), from: row.day(2), to: row.day(3) ?? Day(ordinal: 0))
        }
        var by: ContactReference?
        if let introducer = row[1].flatMap({ Int64($0) }),
           let found = try db.execute("SELECT name FROM contact WHERE id = $1", [String(introducer)]).records.first {
            by = ContactReference(id: introducer, name: found.text(0))
        }
        let introduced = try db.execute("SELECT id, name FROM contact WHERE introduced_by = $1", [String(contactId)])
            .records.map { ContactReference(id: $0.int64(0), name: $0.text(1)) }
        return Career(since: row.day(0), positions: positions, introducedBy: by, introduced: CareerOrder.introduced(introduced))
    }

    public func setIntroducer(contactId: Int64, introducerId: Int64?, today: Day) throws(StoreError) -> Career {
        try write { db in
            try writeIntroducer(db, contact: try requireContact(db, id: contactId, lock: true), introducerId: introducerId,
                                today: today)
            return try career(db, contactId: contactId)
        }
    }

    /// Sets (or clears) who introduced `contact` (its row locked), inside
    /// the caller's write: an unknown introducer, a self-introduction and a
    /// two-way one are refused.
    func writeIntroducer(_ db: PGConnection, contact: Contact, introducerId: Int64?, today: Day) throws {
        if let introducerId {
            let introducer = try requireContact(db, id: introducerId)
            let theirs = try db.execute("SELECT introduced_by FROM contact WHERE id = $1", [String(introducerId)])
                .records.first?[0].flatMap { Int64($0) }
            try CareerOrder.checkIntroduction(contact: contact, introducer: introducer, introducersIntroducer: theirs)
        }
        try db.execute("UPDATE contact SET introduced_by = $2, updated_day = $3 WHERE id = $1",
                       [String(contact.id), introducerId.map(String.init), String(today.ordinal)])
    }

    public func pastOutletHits(_ text: String, limit: Int, includeArchived: Bool) throws(StoreError) -> [SearchHit] {
        try read { db in try pastOutletHits(db, text, limit: limit, includeArchived: includeArchived) }
    }

    func pastOutletHits(_ db: PGConnection, _ text: String, limit: Int, includeArchived: Bool) throws -> [SearchHit] {
        let rows = try db.execute("""
            SELECT c.id, c.name, c.outlet, c.archived, p.outlet, p.to_day FROM position p JOIN contact c ON c.id = p.contact_id
            WHERE p.outlet <> ''
            """).records.map { row in
            PastOutletRow(contactId: row.int64(0), name: row.text(1), outlet: row.text(2), archived: row.bool(3),
                          pastOutlet: row.text(4), to: row.day(5) ?? Day(ordinal: 0))
        }
        return CareerSearch.hits(rows, text: text, limit: limit, includeArchived: includeArchived)
    }

    /// Records a move from `before` to `after` (`CareerMove.step`), inside
    /// the write that changes the contact (its row is locked).
    func recordMove(_ db: PGConnection, before: Contact, after: Contact, today: Day) throws {
        guard before.outlet != after.outlet || before.title != after.title else { return }
        let since = try db.execute("SELECT position_since_day FROM contact WHERE id = $1", [String(before.id)])
            .records.first?.day(0)
        let newest = try db.execute("""
            SELECT id, outlet, title, from_day, to_day FROM position WHERE contact_id = $1 ORDER BY to_day DESC, id DESC LIMIT 1
            """, [String(before.id)]).records.first
        let newestPosition = newest.map { row in
            Position(outlet: row.text(1), title: row.text(2), from: row.day(3), to: row.day(4) ?? Day(ordinal: 0))
        }
        switch CareerMove.step(before: (before.outlet, before.title), after: (after.outlet, after.title),
                               since: since, newest: newestPosition, today: today) {
        case .none, .foldIntoToday:
            return
        case let .record(position):
            try db.execute("INSERT INTO position(contact_id, outlet, title, from_day, to_day) VALUES ($1, $2, $3, $4, $5)",
                           [String(before.id), position.outlet, position.title, PGText.int(position.from?.ordinal),
                            String(position.to.ordinal)])
            try db.execute("UPDATE contact SET position_since_day = $2 WHERE id = $1", [String(before.id), String(today.ordinal)])
        case let .undoToday(restoredSince):
            if let newest { try db.execute("DELETE FROM position WHERE id = $1", [String(newest.int64(0))]) }
            try db.execute("UPDATE contact SET position_since_day = $2 WHERE id = $1",
                           [String(before.id), PGText.int(restoredSince?.ordinal)])
        }
    }

    /// The contacts' move days and current outlets, for the review.
    func moves(_ db: PGConnection, ids: [Int64]) throws -> [Int64: (outlet: String, since: Day)] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: (outlet: String, since: Day)] = [:]
        for row in try db.execute("""
            SELECT id, outlet, position_since_day FROM contact WHERE position_since_day IS NOT NULL AND id = ANY($1::bigint[])
            """, [PGText.ids(ids)]).records {
            if let since = row.day(2) { result[row.int64(0)] = (row.text(1), since) }
        }
        return result
    }
}

extension PostgresStore {
    /// The demo's career moves and introductions (`DemoCareer`), as the SQLite demo has them.
    func applyDemoCareer(_ db: PGConnection, today: Day) throws {
        let contacts = try db.execute("SELECT id, outlet FROM contact ORDER BY id").records.map { (id: $0.int64(0), outlet: $0.text(1)) }
        let plan = DemoCareer.plan(contacts: contacts, today: today)
        for move in plan.moves {
            for position in move.positions {
                try db.execute("INSERT INTO position(contact_id, outlet, title, from_day, to_day) VALUES ($1, $2, $3, $4, $5)",
                               [String(move.contactId), position.outlet, position.title, PGText.int(position.from?.ordinal),
                                String(position.to.ordinal)])
            }
            try db.execute("UPDATE contact SET position_since_day = $2 WHERE id = $1", [String(move.contactId), String(move.since.ordinal)])
        }
        for link in plan.introductions {
            try db.execute("UPDATE contact SET introduced_by = $2 WHERE id = $1", [String(link.contactId), String(link.introducerId)])
        }
    }
}
