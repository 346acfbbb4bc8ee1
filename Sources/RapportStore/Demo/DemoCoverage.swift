// l10n-exempt-file: the demo's generated coverage titles and projects are data, not interface
import GRDB
import RapportCore

/// The demo's coverage: a few pieces on several journalists, bloggers and
/// influencers who have exchanges, some linked to the exchange that led to
/// them, some in the demo's two projects. Deterministic from the seed, with
/// a random stream of its own (the rest of the demo is unchanged by it).
enum DemoCoverage {
    static let projects = ["Lancement Atlas", "Étude mobilité 2026"]

    static let titles = [
        "Les pompes à chaleur, un marché qui change d'échelle", "Mobilité : ce que disent les chiffres du printemps",
        "Atlas, la plateforme qui veut simplifier la rénovation", "Portrait : une PME face à la transition",
        "Énergie : les régions prennent la main", "Ce que l'étude révèle sur les trajets du quotidien",
        "Interview : « La donnée ouverte change la donne »", "Thread : cinq chiffres à retenir de l'étude",
        "Podcast : la rénovation expliquée en 20 minutes", "Le vélo à assistance électrique gagne les zones rurales",
    ]

    /// Adds the coverage in the demo's transaction and refreshes the caches
    /// of the contacts concerned. Returns how many pieces were added.
    @discardableResult
    static func add(_ db: Database, seed: UInt64, today: Day, cadence: Cadence) throws -> Int {
        var random = SeededRandom(seed: seed ^ 0xC0FE_7A6E)
        let candidates = try Row.fetchAll(db, sql: """
            SELECT c.id, c.outlet, c.created_day FROM contact c
            WHERE c.role IN ('journalist', 'blogger', 'influencer') AND c.archived = 0
              AND EXISTS (SELECT 1 FROM exchange e WHERE e.contact_id = c.id)
            ORDER BY c.id LIMIT 12
            """)
        var added = 0
        var touched: [Int64] = []
        for (index, row) in candidates.enumerated() where index % 3 != 2 {
            let contactId: Int64 = row["id"]
            let outlet: String = row["outlet"]
            let exchanges = try Row.fetchAll(db, sql: "SELECT id, day FROM exchange WHERE contact_id = ? ORDER BY day, id",
                                             arguments: [contactId])
            for piece in 0..<(index % 4 == 0 ? 2 : 1) {
                var day = today.adding(days: -Int.random(in: 5...300, using: &random))
                var exchangeId: Int64?
                if random.chance(0.6), !exchanges.isEmpty {
                    let exchange = random.pick(exchanges)
                    exchangeId = exchange["id"]
                    day = min(today, Day(ordinal: exchange["day"]).adding(days: Int.random(in: 2...14, using: &random)))
                }
                day = max(day, Day(ordinal: row["created_day"]))
                let title = titles[(index * 3 + piece) % titles.count]
                let slug = TextKey.fold(title).filter { $0.isASCII && ($0.isLetter || $0 == " ") }
                    .split(separator: " ").prefix(5).joined(separator: "-")
                let domain = outlet.isEmpty ? "media.example" : TextKey.fold(outlet).filter { $0.isASCII && $0.isLetter } + ".example"
                let projectId = index < 6 ? try ProjectKeys.findOrCreate(db, named: projects[index % 2], today: today) : nil
                try db.execute(sql: """
                    INSERT INTO coverage(contact_id, day, title, url, outlet, exchange_id, project_id, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?, '')
                    """, arguments: [contactId, day.ordinal, title, "https://\(domain)/\(slug)", outlet, exchangeId, projectId])
                added += 1
            }
            touched.append(contactId)
        }
        for id in touched { try Caches.refresh(db, contactId: id, cadence: cadence) }
        return added
    }
}
