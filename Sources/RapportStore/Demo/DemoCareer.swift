// l10n-exempt-file: the demo's generated career data is data, not interface
import GRDB
import RapportCore

/// The demo's career moves and introductions (issue 11), the same on both
/// engines: computed from the contacts' ids and current outlets only, so
/// the PostgreSQL demo (a copy of the SQLite one) gets exactly the same.
///
/// - Contact #2 moved 12 days ago (the review says so), #4 moved twice;
///   every 13th contact from #6 moved some months ago.
/// - #1 introduced #2 and #4; every 11th contact from #11 was introduced
///   by the contact three before it (an earlier id: never a loop).
public struct DemoCareer: Sendable {
    public struct Move: Sendable {
        public let contactId: Int64
        /// Oldest first.
        public let positions: [Position]
        public let since: Day
    }

    public let moves: [Move]
    public let introductions: [(contactId: Int64, introducerId: Int64)]

    public static func plan(contacts: [(id: Int64, outlet: String)], today: Day) -> DemoCareer {
        let names = DemoVocabulary.outlets.map(\.name)
        let known = Set(contacts.map(\.id))
        func elsewhere(_ outlet: String, _ step: Int) -> String {
            let start = (names.firstIndex(of: outlet) ?? 0) + step
            return (0..<names.count).map { names[(start + $0) % names.count] }.first { $0 != outlet && $0 != "Freelance" } ?? "Freelance"
        }
        var moves: [Move] = []
        for contact in contacts {
            let id = contact.id
            if id == 2 {
                let since = today.adding(days: -12)
                moves.append(Move(contactId: id, positions: [
                    Position(outlet: elsewhere(contact.outlet, 3), title: "", from: today.adding(days: -1500), to: since),
                ], since: since))
            } else if id == 4 {
                let first = today.adding(days: -420), second = today.adding(days: -150)
                moves.append(Move(contactId: id, positions: [
                    Position(outlet: elsewhere(contact.outlet, 1), title: "Reporter", from: nil, to: first),
                    Position(outlet: elsewhere(contact.outlet, 5), title: "", from: first, to: second),
                ], since: second))
            } else if id % 13 == 6 {
                let since = today.adding(days: -(30 + Int(id * 37 % 500)))
                moves.append(Move(contactId: id, positions: [
                    Position(outlet: elsewhere(contact.outlet, Int(id % 7) + 1), title: "", from: since.adding(days: -900), to: since),
                ], since: since))
            }
        }
        var introductions: [(contactId: Int64, introducerId: Int64)] = []
        for (contact, introducer) in [(Int64(2), Int64(1)), (4, 1)] where known.contains(contact) && known.contains(introducer) {
            introductions.append((contact, introducer))
        }
        for contact in contacts where contact.id % 11 == 0 && known.contains(contact.id - 3) {
            introductions.append((contact.id, contact.id - 3))
        }
        return DemoCareer(moves: moves, introductions: introductions)
    }

    /// Adds the plan to the SQLite demo, inside its write.
    static func apply(_ db: Database, today: Day) throws {
        let contacts = try Row.fetchAll(db, sql: "SELECT id, outlet FROM contact ORDER BY id").map { (id: $0["id"] as Int64, outlet: $0["outlet"] as String) }
        let plan = plan(contacts: contacts, today: today)
        for move in plan.moves {
            for position in move.positions {
                try db.execute(sql: "INSERT INTO position(contact_id, outlet, title, from_day, to_day) VALUES (?, ?, ?, ?, ?)",
                               arguments: [move.contactId, position.outlet, position.title, position.from?.ordinal, position.to.ordinal])
            }
            try db.execute(sql: "UPDATE contact SET position_since_day = ? WHERE id = ?", arguments: [move.since.ordinal, move.contactId])
        }
        for link in plan.introductions {
            try db.execute(sql: "UPDATE contact SET introduced_by = ? WHERE id = ?", arguments: [link.introducerId, link.contactId])
        }
    }
}
