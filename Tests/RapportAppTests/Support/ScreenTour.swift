@testable import RapportApp
import Foundation
import RapportCore
import RapportStore
import TerminalUI

/// A walk through every screen and overlay of the app with real keys, for
/// the language tests (issue 12): each step renders the screen and keeps
/// its text under a name. The data is French-named (`Fixture.bureauDePresse`),
/// so in French only the interface could bring English words.
struct ScreenTour {
    private(set) var screens: [(name: String, text: String)] = []

    /// The user data the tour puts on screen: names, outlets, summaries…
    static let userData = [
        "Éloïse Martin", "Le Monde", "Journaliste santé", "santé", "politique", "Petit-déjeuner du club de la presse",
        "eloise.martin@lemonde.example", "@eloisem", "Préfère les appels le matin",
        "Déjeuner au club de la presse", "Proposition sur l’étude des pompes à chaleur",
        "Bastien Roux", "Institut Prisme", "Économiste", "finance", "Appel sur le rapport réseau", "envoyer les données",
        "Hélène Dubois", "Le Carnet Vert", "Zoé Girard", "Studio Clairvoie", "@zoeg@social.example",
        "Dimitri Novák", "Veille & Co", "Renouvellement du contrat de revue de presse",
        "Yasmine Haddad", "Agence Parallèle", "Partagé le jeu de données", "présentation à Radio Horizon",
        "Les Échos", "Pompes à chaleur : le boom discret", "Lancement Atlas", "Envoyé les chiffres",
        "Point rapide", "Bureau", "press.sqlite", "Rapport", "Claire Dubois", "Alice Bernard", "CD",
        "bureau.vcf", "introuvable.csv", "ligne 3 : nom vide",
    ]

    /// Renders the app and keeps its text as `name`.
    mutating func look(_ name: String, _ app: AppDriver) {
        screens.append((name, app.screen().trimmedLines().joined(separator: "\n")))
    }

    /// Renders a state (for footer states the loop sets) and keeps its text.
    mutating func look(_ name: String, _ state: AppState) {
        screens.append((name, Screen.render(state).trimmedLines().joined(separator: "\n")))
    }

    /// Every screen, overlay, form, picker, confirmation, status message and
    /// footer state, in the current language.
    static func walk() throws -> ScreenTour {
        var tour = ScreenTour()
        try tour.mainScreens()
        try tour.formsAndPickers()
        try tour.writesAndUndo()
        try tour.emptyAndSmall()
        try tour.team()
        return tour
    }

    mutating func mainScreens() throws {
        let app = AppDriver(try Fixture.bureauDePresse(), width: 120, height: 40)
        try app.select("Éloïse Martin")
        // A move (outlet changed in the edit form), an introduction and coverage, so the detail shows them all.
        app.send(.char("e"), .tab, .tab, .ctrl("u"))
        app.type("Les Échos")
        app.send(.enter)
        try app.select("Hélène Dubois")
        app.send(.char("e"))
        let index = app.form?.fields.firstIndex { $0.id == .introducedBy } ?? 0
        for _ in 0..<index { app.send(.tab) }
        app.type("Éloïse")
        app.send(.enter)
        look("detail with an introducer", app)
        try app.select("Éloïse Martin")
        app.send(.char("c"))
        app.type("Pompes à chaleur : le boom discret")
        app.send(.enter)
        look("contacts, detail with career, introductions and coverage; coverage status", app)
        app.send(.tab)
        look("detail focused: history keys", app)
        app.send(.enter)
        look("an exchange read in full", app)
        app.send(.escape, .char("j"), .enter)
        look("an exchange read in full (2)", app)
        app.send(.escape, .char("c"))
        look("coverage form from an exchange", app)
        app.send(.escape, .tab)
        app.send(.char("2"))
        look("review", app)
        app.send(.char("s"))
        look("sort refused outside the contact list", app)
        app.send(.char("3"))
        look("follow-ups", app)
        app.send(.char("1"), .char("s"))
        look("sorted", app)
        app.send(.char("/"))
        app.type("éch")
        look("search being typed", app)
        app.send(.enter)
        look("search kept", app)
        app.send(.escape, .char("?"))
        look("help", app)
        app.send(.char("G"))
        look("help, bottom", app)
        app.send(.escape, .char("f"))
        look("filter picker", app)
        app.send(.char("2"))
        look("filtered by role", app)
        app.send(.char("f"), .char("1"))
        app.send(.char("f"))
        if let archived = app.picker?.choices.firstIndex(where: { $0.value == "archived" }) {
            for _ in 0..<archived { app.send(.char("j")) }
            app.send(.enter)
        }
        look("archived filter, nobody", app)
        app.send(.char("f"), .char("1"))
        // A small screen: only the detail or the list shows, and "↓ more" hints.
        app.resize(width: 60, height: 16)
        try app.select("Éloïse Martin")
        look("narrow list", app)
        app.send(.tab)
        look("narrow detail focused", app)
        app.resize(width: 120, height: 40)
    }

    mutating func formsAndPickers() throws {
        let app = AppDriver(try Fixture.bureauDePresse(), width: 120, height: 40)
        try app.select("Bastien Roux")
        app.send(.char("l"))
        look("log form", app)
        app.send(.tab)
        look("log form, a choice focused", app)
        app.send(.enter)
        look("log form: summary required", app)
        app.type("Point rapide")
        for _ in 0..<5 { app.send(.tab) }
        app.send(.ctrl("u"))
        app.type("zzz")
        app.send(.tab)
        app.type("zzz")
        app.send(.tab)
        app.type("envoyer")
        app.send(.enter)
        look("log form: bad dates", app)
        app.send(.escape)
        look("discard changes?", app)
        app.send(.char("y"))
        look("cancelled", app)
        try app.select("Dimitri Novák")
        app.send(.char("l"))
        look("log form with the do-not-contact warning", app)
        app.send(.escape)
        try app.select("Éloïse Martin")
        app.send(.char("e"))
        look("edit contact form", app)
        app.send(.escape, .char("a"))
        look("add contact form", app)
        app.send(.enter)
        look("add contact form: name required", app)
        app.type("Nadia Benali")
        for _ in 0..<5 { app.send(.tab) }
        app.type("abc")
        app.send(.tab, .tab, .tab)
        app.type("pas une coordonnée")
        app.send(.enter)
        look("add contact form: bad cadence and handle", app)
        app.send(.escape, .char("y"))
        app.send(.char("z"))
        look("snooze picker", app)
        app.send(.char("4"))
        look("snooze date prompt", app)
        app.type("hier")
        app.send(.enter)
        look("snooze date refused", app)
        app.send(.escape)
        app.send(.char("i"))
        look("import prompt", app)
        app.send(.enter)
        look("import prompt: which file", app)
        app.type("introuvable.csv")
        app.send(.enter)
        look("import of a missing file", app)
        app.send(.char("x"))
        look("archive confirmation", app)
        app.send(.char("n"))
        look("archive cancelled", app)
        // A project picked with Space in the log form's project field.
        app.send(.char("l"))
        app.type("Envoyé les chiffres")
        if let project = app.form?.fields.firstIndex(where: { $0.id == .project }) {
            for _ in 0..<project { app.send(.tab) }
        }
        app.type("Lancement Atlas")
        app.send(.enter)
        app.send(.char("l"))
        if let project = app.form?.fields.firstIndex(where: { $0.id == .project }) {
            for _ in 0..<project { app.send(.tab) }
        }
        app.send(.char(" "))
        look("project picker", app)
        app.send(.escape, .escape)
        app.send(.char("f"))
        look("filter picker with a project", app)
        app.send(.escape)
        // Import warnings, as an import reports them.
        app.deliver(.imported(StatusMessage("bureau.vcf"), warnings: ["ligne 3 : nom vide"]))
        look("import warnings", app)
        app.send(.escape)
    }

    mutating func writesAndUndo() throws {
        let app = AppDriver(try Fixture.bureauDePresse(), width: 120, height: 40)
        try app.select("Bastien Roux")
        app.send(.char("u"))
        look("nothing to undo", app)
        app.send(.char("l"))
        app.type("Envoyé les chiffres")
        app.send(.enter)
        look("logged", app)
        app.send(.char("u"))
        look("log undone", app)
        app.send(.char("e"), .tab, .tab, .ctrl("u"))
        app.type("Les Échos")
        app.send(.enter)
        look("edited", app)
        app.send(.char("u"))
        look("edit undone", app)
        app.send(.char("e"), .enter)
        look("no change", app)
        app.send(.char("z"), .char("1"))
        look("snoozed", app)
        app.send(.char("u"))
        look("snooze undone", app)
        app.send(.char("z"), .char("1"), .char("z"), .char("5"))
        look("awake again", app)
        app.send(.char("x"), .char("y"))
        look("archived", app)
        app.send(.char("u"))
        look("archive undone", app)
        app.send(.char("x"), .char("y"), .char("f"))
        if let archived = app.picker?.choices.firstIndex(where: { $0.value == "archived" }) {
            for _ in 0..<archived { app.send(.char("j")) }
            app.send(.enter)
        }
        app.send(.char("x"))
        look("unarchive confirmation", app)
        app.send(.char("y"))
        look("unarchived", app)
        app.send(.char("u"))
        look("unarchive undone", app)
        app.send(.char("x"), .char("y"), .char("f"), .char("1"))
        try app.select("Bastien Roux")
        app.send(.char("d"))
        look("follow-up done", app)
        app.send(.char("u"))
        look("follow-up done undone", app)
        app.send(.tab, .char("e"))
        look("edit exchange form", app)
        app.send(.ctrl("u"))
        app.type("Appel sur le rapport")
        app.send(.enter)
        look("exchange edited", app)
        app.send(.char("u"))
        look("exchange edit undone", app)
        app.send(.char("D"))
        look("delete confirmation", app)
        app.send(.char("y"))
        look("exchange deleted", app)
        app.send(.char("u"))
        look("exchange put back", app)
        app.send(.tab)
        try app.select("Zoé Girard")
        app.send(.tab, .char("D"))
        look("no exchange to delete", app)
        app.send(.tab, .char("d"))
        look("no follow-up to mark done", app)
        // Footer states the loop sets.
        var state = app.state
        state.status = StatusMessage(App.waitingForWriteText, .warning)
        look("waiting for another program's write", state)
        state.status = nil
        state.connectionLost = true
        look("connection lost", state)
    }

    mutating func emptyAndSmall() throws {
        let app = AppDriver(try RapportDatabase.inMemory(), width: 80, height: 24)
        look("welcome", app)
        app.send(.char("?"))
        look("help over the welcome", app)
        app.send(.escape, .char("d"))
        // The demo's people and summaries are data (made by RapportStore): only the footer is the app's.
        screens.append(("demo loaded (footer)", app.screen().trimmedLines().last ?? ""))
        let empty = AppDriver(try Fixture.bureauDePresse(only: ["Éloïse Martin"]), width: 80, height: 24)
        empty.send(.char("2"))
        look("empty review", empty)
        empty.send(.char("3"))
        look("empty follow-ups", empty)
        empty.send(.char("1"), .char("/"))
        empty.type("qqqq")
        empty.send(.enter)
        look("no contact matches", empty)
        empty.send(.char("1"), .char("2"), .char("1"))
        let small = AppDriver(try Fixture.bureauDePresse(), width: 30, height: 8)
        look("terminal too small", small)
    }

    mutating func team() throws {
        let database = try Fixture.bureauDePresse()
        let store = TeamStoreDouble(database, currentMember: "alice", members: [
            TeamMember(login: "alice", name: "Alice Bernard", exchanges: 1),
            TeamMember(login: "claire", name: "Claire Dubois", exchanges: 1),
        ])
        for exchange in try database.exchanges(contactId: try database.contact(named: "Éloïse Martin").id) {
            store.setAuthor(exchange.intent == .asked ? "claire" : "alice", of: exchange)
        }
        let app = AppDriver(database, store: store, width: 120, height: 40)
        try app.select("Éloïse Martin")
        app.send(.tab, .enter)
        look("team: an exchange logged by a colleague", app)
        app.send(.escape, .tab, .char("l"))
        look("team: log form with private notes", app)
        app.send(.escape, .char("2"), .char("t"))
        look("team: the whole team's review", app)
        app.send(.char("t"))
        look("team: my review", app)
        app.send(.char("1"))
        try app.select("Bastien Roux")
        store.connected = false
        app.send(.char("l"))
        app.type("Point rapide")
        app.send(.enter)
        look("team: not saved, connection lost", app)
        app.send(.escape, .char("y"))
        look("team: connection lost footer", app)
        store.connected = true
    }
}

extension Fixture {
    /// The press office of `pressOffice`, with French names and French
    /// summaries, for the language tests. `only` keeps some of the people.
    static func bureauDePresse(only: Set<String>? = nil) throws -> RapportDatabase {
        let database = try RapportDatabase.inMemory()
        let keep = { (name: String) in only?.contains(name) ?? true }
        if keep("Éloïse Martin") {
            let eloise = try database.add(
                "Éloïse Martin", role: .journalist, outlet: "Le Monde", title: "Journaliste santé", tier: .a,
                handles: [Handle(kind: .email, value: "eloise.martin@lemonde.example"), Handle(kind: .twitter, value: "@eloisem")],
                tags: ["santé", "politique"], howMet: "Petit-déjeuner du club de la presse",
                notes: "Préfère les appels le matin", addedDaysAgo: 400)
            try database.log(eloise, daysAgo: 100, "Déjeuner au club de la presse", channel: .meeting, direction: .inbound,
                             intent: .gave, rating: 5)
            try database.log(eloise, daysAgo: only == nil ? 45 : 2, "Proposition sur l’étude des pompes à chaleur",
                             channel: .email, intent: .asked)
        }
        if keep("Bastien Roux") {
            let bastien = try database.add("Bastien Roux", role: .expert, outlet: "Institut Prisme", title: "Économiste",
                                           tags: ["finance"], addedDaysAgo: 300)
            try database.log(bastien, daysAgo: 3, "Appel sur le rapport réseau", channel: .phone, direction: .inbound,
                             followUp: FollowUp(due: today.adding(days: -1), text: "envoyer les données"))
        }
        if keep("Hélène Dubois") {
            try database.add("Hélène Dubois", role: .blogger, outlet: "Le Carnet Vert", tier: .c, tags: ["santé"], addedDaysAgo: 20)
        }
        if keep("Zoé Girard") {
            try database.add("Zoé Girard", role: .influencer, outlet: "Studio Clairvoie",
                             handles: [Handle(kind: .mastodon, value: "@zoeg@social.example")], addedDaysAgo: 90)
        }
        if keep("Yasmine Haddad") {
            let yasmine = try database.add("Yasmine Haddad", role: .partner, outlet: "Agence Parallèle", addedDaysAgo: 200)
            try database.log(yasmine, daysAgo: 2, "Partagé le jeu de données", channel: .mastodon, intent: .gave,
                             followUp: FollowUp(due: today.adding(days: 10), text: "présentation à Radio Horizon"))
        }
        if keep("Dimitri Novák") {
            let dimitri = try database.add("Dimitri Novák", role: .provider, outlet: "Veille & Co", doNotContact: true, addedDaysAgo: 300)
            try database.log(dimitri, daysAgo: 70, "Renouvellement du contrat de revue de presse")
        }
        return database
    }
}
