import GRDB
import RapportCore
import RapportLocalization

// Career timeline and introductions on the SQLite engine (`CareerStore`).
extension RapportDatabase {
    public func career(contactId: Int64) throws(StoreError) -> Career {
        try read { db in try Self.career(db, contactId: contactId) }
    }

    public func pressWorkInventory() throws(StoreError) -> PressWorkInventory {
        try read { db in
            let row = try Row.fetchOne(db, sql: PressWorkInventory.countsSQL)
            return PressWorkInventory(coverage: row?[0] ?? 0, moves: row?[1] ?? 0, introductions: row?[2] ?? 0)
        }
    }

    static func career(_ db: Database, contactId: Int64) throws -> Career {
        guard let row = try Row.fetchOne(db, sql: "SELECT position_since_day, introduced_by FROM contact WHERE id = ?",
                                         arguments: [contactId]) else {
            throw StoreError.notFound(L10n.text("no contact with id %d", contactId))
        }
        let since: Int? = row["position_since_day"]
        let introducer: Int64? = row["introduced_by"]
        let positions = try Row.fetchAll(db, sql: """
            SELECT outlet, title, from_day, to_day FROM position WHERE contact_id = ? ORDER BY to_day DESC, id DESC
            """, arguments: [contactId]).map { row in
            Position(outlet: row["outlet"], title: row["title"], from: (row["from_day"] as Int?).map(Day.init(ordinal:)),
                     to: Day(ordinal: row["to_day"]))
        }
        let by = try introducer.flatMap { id in
            try String.fetchOne(db, sql: "SELECT name FROM contact WHERE id = ?", arguments: [id]).map { ContactReference(id: id, name: $0) }
        }
        let introduced = try Row.fetchAll(db, sql: "SELECT id, name FROM contact WHERE introduced_by = ?", arguments: [contactId])
            .map { ContactReference(id: $0["id"], name: $0["name"]) }
        return Career(since: since.map(Day.init(ordinal:)), positions: positions, introducedBy: by,
                      introduced: CareerOrder.introduced(introduced))
    }

    public func setIntroducer(contactId: Int64, introducerId: Int64?, today: Day) throws(StoreError) -> Career {
        try write { db in
            try Self.writeIntroducer(db, contact: try Self.requireContact(db, id: contactId), introducerId: introducerId, today: today)
            return try Self.career(db, contactId: contactId)
        }
    }

    /// Sets (or clears) who introduced `contact`, inside the caller's
    /// write: an unknown introducer, a self-introduction and a two-way one
    /// are refused.
    static func writeIntroducer(_ db: Database, contact: Contact, introducerId: Int64?, today: Day) throws {
        if let introducerId {
            let introducer = try requireContact(db, id: introducerId)
            let theirs = try Int64.fetchOne(db, sql: "SELECT introduced_by FROM contact WHERE id = ?", arguments: [introducerId])
            try CareerOrder.checkIntroduction(contact: contact, introducer: introducer, introducersIntroducer: theirs)
        }
        try db.execute(sql: "UPDATE contact SET introduced_by = ?, updated_day = ? WHERE id = ?",
                       arguments: [introducerId, today.ordinal, contact.id])
    }

    public func pastOutletHits(_ text: String, limit: Int, includeArchived: Bool) throws(StoreError) -> [SearchHit] {
        try read { db in try Self.pastOutletHits(db, text, limit: limit, includeArchived: includeArchived) }
    }

    static func pastOutletHits(_ db: Database, _ text: String, limit: Int, includeArchived: Bool) throws -> [SearchHit] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT c.id, c.name, c.outlet, c.archived, p.outlet AS past, p.to_day FROM position p JOIN contact c ON c.id = p.contact_id
            WHERE p.outlet <> ''
            """).map { row in
            PastOutletRow(contactId: row["id"], name: row["name"], outlet: row["outlet"], archived: row["archived"],
                          pastOutlet: row["past"], to: Day(ordinal: row["to_day"]))
        }
        return CareerSearch.hits(rows, text: text, limit: limit, includeArchived: includeArchived)
    }

    /// Records a move from `before` to `after` (`CareerMove.step`), inside
    /// the write that changes the contact.
    static func recordMove(_ db: Database, before: Contact, after: Contact, today: Day) throws {
        guard before.outlet != after.outlet || before.title != after.title else { return }
        let since = try Int.fetchOne(db, sql: "SELECT position_since_day FROM contact WHERE id = ?", arguments: [before.id])
            .map(Day.init(ordinal:))
        let newest = try Row.fetchOne(db, sql: """
            SELECT id, outlet, title, from_day, to_day FROM position WHERE contact_id = ? ORDER BY to_day DESC, id DESC LIMIT 1
            """, arguments: [before.id])
        let newestPosition = newest.map { row in
            Position(outlet: row["outlet"], title: row["title"], from: (row["from_day"] as Int?).map(Day.init(ordinal:)),
                     to: Day(ordinal: row["to_day"]))
        }
        switch CareerMove.step(before: (before.outlet, before.title), after: (after.outlet, after.title),
                               since: since, newest: newestPosition, today: today) {
        case .none, .foldIntoToday:
            return
        case let .record(position):
            try db.execute(sql: "INSERT INTO position(contact_id, outlet, title, from_day, to_day) VALUES (?, ?, ?, ?, ?)",
                           arguments: [before.id, position.outlet, position.title, position.from?.ordinal, position.to.ordinal])
            try db.execute(sql: "UPDATE contact SET position_since_day = ? WHERE id = ?", arguments: [today.ordinal, before.id])
        case let .undoToday(restoredSince):
            if let id: Int64 = newest?["id"] { try db.execute(sql: "DELETE FROM position WHERE id = ?", arguments: [id]) }
            try db.execute(sql: "UPDATE contact SET position_since_day = ? WHERE id = ?",
                           arguments: [restoredSince?.ordinal, before.id])
        }
    }

    /// The contacts' move days and current outlets, for the review's
    /// recent-move reason.
    static func moves(_ db: Database, ids: [Int64]) throws -> [Int64: (outlet: String, since: Day)] {
        guard !ids.isEmpty else { return [:] }
        var result: [Int64: (outlet: String, since: Day)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, outlet, position_since_day FROM contact WHERE position_since_day IS NOT NULL
              AND id IN (\(ids.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(ids)) {
            result[row["id"]] = (row["outlet"], Day(ordinal: row["position_since_day"]))
        }
        return result
    }
}

/// Rules both engines share for introductions.
public enum CareerOrder {
    /// Introduced contacts by folded name, then id.
    public static func introduced(_ list: [ContactReference]) -> [ContactReference] {
        list.sorted { (TextKey.fold($0.name), $0.id) < (TextKey.fold($1.name), $1.id) }
    }

    /// Refuses a self-introduction and a two-way one.
    public static func checkIntroduction(contact: Contact, introducer: Contact, introducersIntroducer: Int64?) throws(StoreError) {
        if contact.id == introducer.id {
            throw .invalid(L10n.text("%@ cannot have introduced themselves", contact.name))
        }
        if introducersIntroducer == contact.id {
            throw .invalid(L10n.text("%1$@ was introduced by %2$@, so cannot have introduced them", introducer.name, contact.name))
        }
    }

    /// The review entries with a recent-move reason where one applies.
    public static func addingMoves(_ entries: [ReviewEntry], moves: [Int64: (outlet: String, since: Day)], today: Day) -> [ReviewEntry] {
        entries.map { entry in
            guard let move = moves[entry.row.id],
                  let reason = CareerMove.recentMove(outlet: move.outlet, since: move.since, lastExchange: entry.row.lastExchange,
                                                     today: today) else { return entry }
            return ReviewEntry(row: entry.row, item: entry.item.adding(move: reason))
        }
    }
}
