import RapportCore
import RapportStore

extension RapportDatabase {
    /// Adds a contact as if it had been added `addedDaysAgo` days ago.
    @discardableResult
    func add(_ name: String, role: Role = .journalist, outlet: String = "", title: String = "", tier: Tier = .b,
             cadence: Int? = nil, handles: [Handle] = [], tags: [String] = [], howMet: String = "", notes: String = "",
             doNotContact: Bool = false, addedDaysAgo: Int = 0) throws -> Contact {
        try addContact(ContactDraft(name: name, role: role, outlet: outlet, title: title, tier: tier, cadenceOverride: cadence,
                                    howMet: howMet, notes: notes, doNotContact: doNotContact, handles: handles, tags: tags),
                       today: today.adding(days: -addedDaysAgo))
    }

    /// Logs an exchange `daysAgo` days before the test's today.
    @discardableResult
    func log(_ contact: Contact, daysAgo: Int, _ summary: String = "Talked", channel: Channel = .email,
             direction: Direction = .outbound, intent: Intent = .chat, rating: Int? = nil,
             followUp: FollowUp? = nil) throws -> Exchange {
        try logExchange(contactId: contact.id, ExchangeDraft(
            day: today.adding(days: -daysAgo), channel: channel, direction: direction, summary: summary,
            rating: rating, intent: intent, followUp: followUp), today: today).exchange
    }
}

/// Hand-made databases whose every row is known.
enum Fixture {
    /// Six people of a press office, each in a different situation:
    ///
    /// | name            | tier | situation                                        |
    /// |-----------------|------|--------------------------------------------------|
    /// | Bruno Martin    | B    | phoned in 3 days ago; follow-up due yesterday    |
    /// | Camille Lefèvre | A    | last email 45 days ago, cadence 30: overdue      |
    /// | Dmitri Novák    | B    | do-not-contact, last exchange 70 days ago        |
    /// | Hélène Dubois   | C    | added 20 days ago, never contacted (not yet due) |
    /// | Youssef Haddad  | B    | gave 2 days ago; follow-up in 10 days            |
    /// | Zoé Girard      | B    | added 90 days ago, never contacted: due          |
    ///
    /// Contacts 6, review 3 (Camille, Zoé, Bruno), open follow-ups 2.
    static func pressOffice() throws -> RapportDatabase {
        let database = try RapportDatabase.inMemory()
        let camille = try database.add(
            "Camille Lefèvre", role: .journalist, outlet: "Le Quotidien du Soir", title: "Journaliste économie", tier: .a,
            handles: [Handle(kind: .email, value: "camille.lefevre@quotidien.example"), Handle(kind: .twitter, value: "@camlef")],
            tags: ["climat", "énergie"], howMet: "Press club breakfast", addedDaysAgo: 400)
        try database.log(camille, daysAgo: 100, "Lunch at the press club", channel: .meeting, direction: .inbound,
                         intent: .gave, rating: 5)
        try database.log(camille, daysAgo: 45, "Pitch on the heat-pump study", channel: .email, intent: .asked)
        let bruno = try database.add("Bruno Martin", role: .expert, outlet: "Institut Prisme", title: "Économiste",
                                     tags: ["finance"], addedDaysAgo: 300)
        try database.log(bruno, daysAgo: 3, "Called about the grid report", channel: .phone, direction: .inbound,
                         followUp: FollowUp(due: today.adding(days: -1), text: "send the grid data"))
        try database.add("Hélène Dubois", role: .blogger, outlet: "Le Carnet Vert", tier: .c, tags: ["climat"], addedDaysAgo: 20)
        try database.add("Zoé Girard", role: .influencer, outlet: "Studio Clairvoie",
                         handles: [Handle(kind: .mastodon, value: "@zoeg@social.example")],
                         notes: "Prefers Signal; met at the Lyon climate forum", addedDaysAgo: 90)
        let youssef = try database.add("Youssef Haddad", role: .partner, outlet: "Agence Parallèle", addedDaysAgo: 200)
        try database.log(youssef, daysAgo: 2, "Shared the data set", channel: .mastodon, intent: .gave,
                         followUp: FollowUp(due: today.adding(days: 10), text: "intro to Radio Horizon"))
        let dmitri = try database.add("Dmitri Novák", role: .provider, outlet: "Veille & Co", doNotContact: true, addedDaysAgo: 300)
        try database.log(dmitri, daysAgo: 70, "Renewal of the press-cuttings contract")
        return database
    }

    /// `count` contacts named `Contact 001`… in name order, all added today.
    static func numbered(_ count: Int) throws -> RapportDatabase {
        let database = try RapportDatabase.inMemory()
        try database.bulkInsert { bulk in
            for index in 1...count {
                try bulk.addContact(ContactDraft(name: name(index), outlet: "Outlet \(index % 7)"), created: today, reviewFrom: today)
            }
        }
        return database
    }

    static func name(_ index: Int) -> String {
        "Contact " + String(repeating: "0", count: max(0, 3 - String(index).count)) + String(index)
    }
}
