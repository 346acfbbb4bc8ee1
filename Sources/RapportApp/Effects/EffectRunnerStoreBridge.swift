import RapportCore
import RapportStore

// TEMPORARY (clistore branch only, deleted at merge): lets the executable
// hand the app `any Store` before the app's effects runner takes one
// (appout's EffectRunner(database: any Store, …) replaces this). On this
// branch only the SQLite engine can be opened (PostgresStoreStub throws).
extension EffectRunner {
    public init(database store: any Store, clock: any Clock) {
        guard let file = store as? RapportDatabase else {
            fatalError("this build's app runs on a database file only")
        }
        self.init(database: file, clock: clock)
    }
}
