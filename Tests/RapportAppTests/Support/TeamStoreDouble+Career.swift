import RapportCore
import RapportStore

/// The career timeline and introductions, straight to the base database.
extension TeamStoreDouble {
    func career(contactId: Int64) throws(StoreError) -> Career {
        try base.career(contactId: contactId)
    }

    func setIntroducer(contactId: Int64, introducerId: Int64?, today: Day) throws(StoreError) -> Career {
        try base.setIntroducer(contactId: contactId, introducerId: introducerId, today: today)
    }

    func pastOutletHits(_ text: String, limit: Int, includeArchived: Bool) throws(StoreError) -> [SearchHit] {
        try base.pastOutletHits(text, limit: limit, includeArchived: includeArchived)
    }

    func pressWorkInventory() throws(StoreError) -> PressWorkInventory {
        try base.pressWorkInventory()
    }
}
