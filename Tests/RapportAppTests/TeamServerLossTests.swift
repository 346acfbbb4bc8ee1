import PGTestSupport
@testable import RapportApp
import RapportCore
import RapportPostgres
import RapportStore
import TerminalUI
import Testing

/// The real `AppLoop` on a real PostgreSQL team database whose server goes
/// away while the app sits idle: the app's own backends are terminated and
/// the database refuses new connections for a while (as a stopped server
/// would), then lets them in again. The same with a real server stopped
/// and started, in tmux: Tests/e2e/lost-server.sh.
@Suite(.enabled(if: PGTestCluster.available, "needs a PostgreSQL cluster (RAPPORT_TEST_PG)"))
struct TeamServerLossTests {
    @Test func anIdleAppSaysTheServerIsLostAndReloadsWhenItIsBack() throws {
        let database = try PGTestDatabase()
        let store = try database.open()
        _ = try store.addContact(ContactDraft(name: "Ana Ruiz"), today: today, reviewFrom: nil, allowSharedHandles: false)
        // A colleague whose connection survives (told apart by its application name).
        let colleague = try PostgresStore.open(conninfo: PGTestCluster.url(database.url(), ["application_name": "colleague"]),
                                               cadence: .standard)
        let name = PGConnection.identifier(database.name)
        let box = LoopBox()
        let terminal = FakeTerminal([
            .waitUntil("the first frame") { $0.shows("Ana Ruiz") && box.loop?.isBackgroundBusy == false },
            .run {
                try database.admin.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS false")
                try database.admin.execute("""
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE datname = $1 AND application_name <> 'colleague'
                    """, [database.name])
            },
            // No key: the idle loop's watch notices.
            .waitUntil("the footer saying the connection is lost") { $0.shows(App.connectionLostText) },
            // Written while the app cannot hear of it.
            .run {
                _ = try colleague.addContact(ContactDraft(name: "Ben Ode"), today: today, reviewFrom: nil, allowSharedHandles: false)
                try database.admin.execute("ALTER DATABASE \(name) ALLOW_CONNECTIONS true")
            },
            .waitUntil("the footer back to normal, the list read again") {
                !$0.shows("lost — retrying") && $0.shows("Ben Ode") && $0.shows("Contacts 2")
            },
            .key(.char("q")),
        ])
        let runner = EffectRunner(database: store, today: today)
        let state = AppState(width: terminal.width, height: terminal.height, today: today, databaseName: "team")
        let loop = AppLoop(terminal: terminal, runner: runner, theme: .plain, state: state, editor: ["editor"],
                           watch: store.changeWatch())
        box.loop = loop
        try loop.run()
        #expect(!loop.state.connectionLost)
    }
}
