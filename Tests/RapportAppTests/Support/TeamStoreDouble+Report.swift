import RapportCore
import RapportStore

/// The pitch report's read, straight from the in-memory database (the app
/// has no report screen; the double only has to conform to `Store`).
extension TeamStoreDouble {
    func reportData(project: String?, since: Day?, until: Day, withHandles: Bool) throws(StoreError) -> ReportData {
        try base.reportData(project: project, since: since, until: until, withHandles: withHandles)
    }
}
