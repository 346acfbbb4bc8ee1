@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// A few key screens, whole, as text. Any change to what these screens
/// show must be deliberate: update the lines here with it.
@Suite struct GoldenScreenTests {
    @Test func theMainScreenWithBothPanes() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 20)
        app.send(.char("j"))
        #expect(app.lines() == [
            " Rapport · press.sqlite   1 Contacts 6   2 Review 3   3 Follow-ups 2                     sort: name",
            "Name                             Last Warmth │ Camille Lefèvre",
            "Bruno Martin                       3d █▌░  48│ Journalist · Le Quotidien du Soir · Journaliste éco…",
            "Camille Lefèvre                   45d ▋░░  21│ Stage       new · tier A (key) · every 30d",
            "Dmitri Novák ⊘                    70d ▍░░  13│ Warmth      ██▏░░░░░░░ 21 cooling",
            "Hélène Dubois                       — ░░░   0│             1 exchange in 90 days, last 45 days ago,",
            "Youssef Haddad                     2d ▍░░  14│             you gave 1 / asked 1 in 12 months",
            "Zoé Girard                          — ░░░   0│ Reciprocity gave 1 / asked 1 in 12 months",
            "                                             │ Due         45d since last, cadence 30d",
            "                                             │ Activity            █ █   12 months",
            "                                             │ Email       camille.lefevre@quotidien.example",
            "                                             │ Twitter     @camlef",
            "                                             │ Tags        climat, énergie",
            "                                             │ How we met  Press club breakfast",
            "                                             │",
            "                                             │ History · 2 exchanges",
            // The line goes on (`asked`): it ends with `…`.
            "                                             │ 2026-10-12 Email      → Pitch on the heat-pump stud…",
            "                                             │ 2026-08-18 Meeting    ← Lunch at the press club  ★★…",
            "                                             │",
            " j move  Enter open  / search  s sort  l log  a add  z snooze  ? help  q quit",
        ])
        let screen = app.screen()
        #expect(Set(screen.roles(row: 3)[0..<45]) == [.listSelected])
        #expect(screen.roles(of: "Camille Lefèvre", row: 1) == [.detailHeading])
        #expect(screen.roles(of: "Stage", row: 3) == [.detailLabel])
        #expect(screen.roles(of: "██▏", row: 4) == ["warmth.cooling"])
        #expect(screen.roles(of: "░░░░░░░", row: 4) == [.barEmpty])
        #expect(screen.roles(of: "45d since last, cadence 30d", row: 8) == [.listOverdue])
        #expect(screen.roles(of: "█ █", row: 9) == [.sparkline])
        #expect(screen.roles(of: "History · 2 exchanges", row: 15) == [.detailHeading])
        #expect(screen.roles(of: "→", row: 16) == [.directionOut])
        #expect(screen.roles(of: "←", row: 17) == [.directionIn])
        #expect(screen.roles(of: "2026-10-12", row: 16) == [.detailLabel])
        // Rows: due ones overdue, the others plain; warmth cells in their label's role.
        #expect(screen.role(atX: 0, y: 2) == .list)
        #expect(screen.role(atX: 0, y: 4) == .listDim, "Dmitri is past his cadence, but do-not-contact: dimmed")
        #expect(screen.role(atX: 0, y: 7) == .listOverdue, "Zoé was never contacted")
        #expect(screen.roles(of: "█▌░  48", row: 2) == ["warmth.warm"])
        #expect(screen.roles(of: "▍░░  13", row: 4) == [.listDim], "a dimmed row is dim in every cell")
        #expect(screen.roles(of: " 1 Contacts 6 ", row: 0) == [.headerTabActive])
        #expect(screen.roles(of: "j", row: 19) == [.footerKey])
    }

    @Test func theReviewWithBothPanes() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 100, height: 20)
        app.send(.char("2"))
        #expect(Array(app.lines().prefix(6)) == [
            " Rapport · press.sqlite   1 Contacts 6   2 Review 3   3 Follow-ups 2",
            "Due              Why                         │ Bruno Martin",
            "Bruno Martin     follow-up due 2026-11-25: s…│ Expert · Institut Prisme · Économiste",
            "Camille Lefèvre  15 days overdue on a cadenc…│ Why         follow-up due 2026-11-25: send the grid",
            "Zoé Girard       never contacted (added 90 d…│             data",
            "                                             │ Stage       new · tier B (regular) · every 60d",
        ])
        #expect(app.lines()[19] == " j move  Enter open  / search  l log  a add  z snooze  d done  ? help  q quit")
    }

    @Test func theLogFormOnANarrowScreen() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 80, height: 24)
        app.send(.char("j"), .char("l"))
        app.type("Sent the heat-pump figures")
        app.send(.tab, .char("m"), .tab, .tab, .char("g"), .tab, .char("5"))
        #expect(app.lines() == [
            " Rapport  1 Contacts 6   2 Review 3   3 Follow-ups 2                 sort: name",
            "Name                           Outlet                Role        Last Warmth",
            "Bruno Martin                   Institut Prisme       expert        3d ██▉░░░  48",
            "Camille Lefèvre                Le Quotidien du Soir  journalist   45d █▎░░░░  21",
            "Dmitri Novák ⊘                 Veille & Co           provider     70d ▊░░░░░  13",
            "H┌ Log an exchange with Camille Lefèvre ──────────────────────────────────────┐0",
            "Y│ Summary       Sent the heat-pump figures                                   │4",
            "Z│ Channel       Meeting                                                      │0",
            " │ Direction     → I reached out                                              │",
            " │ Intent        gave (tip, data, intro)                                      │",
            " │ Rating        ‹ ★★★★★ ›                                                    │",
            " │ Date          today                                                        │",
            " │ Follow-up on                                                               │",
            " │ Promised                                                                   │",
            " │ Notes                                                                      │",
            " │ Project                                                                    │",
            " │ ←/→ or a letter to choose                                                  │",
            " │ Enter save · Esc cancel · Tab/↓ next · Shift-Tab/↑ previous                │",
            " └────────────────────────────────────────────────────────────────────────────┘",
            "", "", "", "",
            " Enter save  Esc cancel  Tab next",
        ])
        let screen = app.screen()
        #expect(screen.roles(of: "Log an exchange with Camille Lefèvre", row: 5) == [.borderTitle])
        #expect(screen.roles(of: "Rating", row: 10) == [.formFieldFocused])
        #expect(screen.roles(of: "‹ ★★★★★ ›", row: 10) == [.formFieldFocused])
        #expect(screen.roles(of: "←/→ or a letter to choose", row: 16) == [.formHint])
        #expect(screen.roles(of: "Summary", row: 6) == [.formLabel])
        #expect(screen.roles(of: "Sent the heat-pump figures", row: 6) == [.formField])
        #expect(screen.cursor == nil, "no text field has the focus")
    }

    @Test func theDetailAloneOnANarrowScreen() throws {
        let app = AppDriver(try Fixture.pressOffice(), width: 80, height: 24)
        app.send(.char("j"), .enter)
        #expect(app.lines() == [
            " Rapport  1 Contacts 6   2 Review 3   3 Follow-ups 2                 sort: name",
            " Camille Lefèvre",
            " Journalist · Le Quotidien du Soir · Journaliste économie",
            " Stage       new · tier A (key) · every 30d",
            " Warmth      ██▏░░░░░░░ 21 cooling",
            "             1 exchange in 90 days, last 45 days ago, you gave 1 / asked 1 in",
            "             12 months",
            " Reciprocity gave 1 / asked 1 in 12 months",
            " Due         45d since last, cadence 30d",
            " Activity            █ █   12 months",
            " Email       camille.lefevre@quotidien.example",
            " Twitter     @camlef",
            " Tags        climat, énergie",
            " How we met  Press club breakfast",
            "",
            " History · 2 exchanges  Enter read · e edit · D delete",
            " 2026-10-12 Email      → Pitch on the heat-pump study  asked",
            " 2026-08-18 Meeting    ← Lunch at the press club  ★★★★★  gave",
            "", "", "", "", "",
            " j move  / search  s sort  l log  a add  z snooze  d done  ? help  q quit",
        ])
        let screen = app.screen()
        #expect(screen.roles(of: "asked", row: 16) == [.listSelected], "the newest exchange is highlighted")
        #expect(screen.roles(of: "gave", row: 17) == [.intentGave])
        #expect(screen.roles(of: "★★★★★", row: 17) == [.detailLabel])
    }
}
