@testable import RapportApp
import RapportCore
import RapportStore
import TerminalUI
import Testing

/// A broad live search shows its first page without counting the list;
/// the count follows on its own lane (`countContacts`), and the list then
/// scrolls as it always did.
@Suite struct BroadSearchTests {
    /// Limits low enough for a small demo to count as "broad".
    static var small: SearchPaging {
        var limits = SearchPaging()
        limits.narrowContactMatches = 20
        limits.narrowExchangeMatches = 50
        limits.denseExchangeMatches = 500
        limits.walkLimit = 2000
        return limits
    }

    static func demo() throws -> RapportDatabase {
        let database = try RapportDatabase.inMemory()
        try database.loadDemo(DemoOptions(contacts: 300, exchanges: 3000, seed: 5), today: today)
        return database
    }

    @Test func theFirstPageComesFirstAndTheLengthAfter() throws {
        let database = try Self.demo()
        let filter = ContactFilter(search: "sent")
        // What the list holds, read whole (the limits as they are: 300 contacts are never broad).
        let whole = EffectRunner(database: database, today: today)
        guard case let .contactsPage(_, _, wholeRows, wholeTotal)? = whole.perform(
            .loadContactsPage(generation: 0, filter: filter, sort: .name, range: 0..<300)) else {
            Issue.record("the whole list did not load")
            return
        }
        #expect(wholeTotal > 100)
        try SearchPaging.$current.withValue(Self.small) {
            let app = AppDriver(database)
            app.send(.char("/"))
            app.holdBackground = true
            app.type("sent")
            guard case let .loadContactsPage(generation, asked, sort, range)? = app.heldEffects.last else {
                Issue.record("no page asked for")
                return
            }
            #expect(asked == filter)
            let page = app.runner.perform(.loadContactsPage(generation: generation, filter: asked, sort: sort, range: range))
            guard case let .contactsPartialPage(_, start, rows)? = page else {
                Issue.record("a broad search read its list whole: \(String(describing: page))")
                return
            }
            #expect(start == 0)
            #expect(rows.map(\.id) == Array(wholeRows.prefix(rows.count)).map(\.id))
            app.deliver(try #require(page))
            #expect(app.state.contacts.totalIsEstimate)
            #expect(app.contactNames.first == wholeRows.first?.name)
            #expect(app.effects.contains(.countContacts(generation: generation, filter: filter, sort: .name)))
            app.release()
            #expect(!app.state.contacts.totalIsEstimate)
            #expect(app.state.contacts.total == wholeTotal)
            // The end of the list, as read whole.
            app.holdBackground = false
            app.send(.enter)  // keep the search, back to the list
            #expect(app.state.contacts.total == wholeTotal)
            app.send(.char("G"))
            #expect(app.selectedName == wholeRows.last?.name)
            app.send(.char("g"))
            #expect(app.selectedName == wholeRows.first?.name)
        }
    }

    @Test func aPartialPageGuessesAPageMoreUntilTheLengthArrives() {
        var list = PagedList<Int>()
        list.receivePartial(Array(0..<60), start: 0, visible: 20)
        #expect(list.total == 120)
        #expect(list.totalIsEstimate)
        list.receiveTotal(75, visible: 20)
        #expect(list.total == 75)
        #expect(!list.totalIsEstimate)
        // A page read whole afterwards keeps the known length.
        list.receivePartial(Array(0..<60), start: 0, visible: 20)
        #expect(list.total == 75)
        #expect(!list.totalIsEstimate)
        list.invalidate()
        list.receivePartial(Array(0..<60), start: 0, visible: 20)
        #expect(list.totalIsEstimate)
    }
}
