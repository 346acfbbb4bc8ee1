import Foundation
import RapportCore
import RapportStore

/// The command line's operations, measured in-process on the big database.
enum StoreBench {
    static func run(database: RapportDatabase, options: BenchOptions, today: Day, report: BenchReport) throws {
        report.section("Store and command line (median of \(options.runs))")
        guard let path = database.path else { return }
        try report.median("open the database", runs: options.runs, target: "≤ 20 ms") {
            let opened = try RapportDatabase.open(path: path)
            _ = try opened.contactCount()
        }
        try report.median("list --sort last, first 50 rows", runs: options.runs, target: "≤ 20 ms") {
            _ = try database.listContacts(sort: .last, today: today, limit: 50)
        }
        try report.median("list --sort warmth, first 50 rows", runs: options.runs, target: "≤ 20 ms") {
            _ = try database.listContacts(sort: .warmth, today: today, limit: 50)
        }
        try report.median("list --sort due, first 50 rows", runs: options.runs, target: "≤ 20 ms") {
            _ = try database.listContacts(sort: .due, today: today, limit: 50)
        }
        try report.median("list --sort name, first 50 rows", runs: options.runs, target: "≤ 20 ms") {
            _ = try database.listContacts(sort: .name, today: today, limit: 50)
        }
        try report.median("review --limit 50", runs: options.runs, target: "≤ 20 ms") {
            _ = try database.review(today: today, limit: 50)
        }
        var hits = 0
        try report.median("search 'lef' (3-letter prefix, 20 hits)", runs: options.runs, target: "≤ 20 ms") {
            hits = try database.search("lef", limit: 20).count
        }
        report.line("  hits", "\(hits)")
        try report.median("search 'sent study' (two words)", runs: options.runs, target: "≤ 20 ms") {
            _ = try database.search("sent study", limit: 20)
        }
        try report.median("show: contact + full history", runs: options.runs, target: "≤ 20 ms") {
            guard let contact = try database.contact(id: 1) else { return }
            _ = try database.exchanges(contactId: contact.id)
        }
        let contactId: Int64 = 7
        var written: [Int64] = []
        try report.median("log one exchange (write + caches)", runs: options.runs, target: "≤ 5 ms") {
            let result = try database.logExchange(
                contactId: contactId, ExchangeDraft(day: today, channel: .email, summary: "Benchmark exchange"), today: today)
            written.append(result.exchange.id)
        }
        for id in written { try database.deleteExchange(id: id) }
    }
}

/// Costs of loading whole ordered id lists (what a scrolling view needs).
enum IdListBench {
    static func run(database: RapportDatabase, options: BenchOptions, today: Day, report: BenchReport) throws {
        report.section("Whole ordered id lists")
        for sort in ContactSort.allCases {
            var count = 0
            try report.median("contactIds sort \(sort.rawValue)", runs: 5) {
                count = try database.contactIds(sort: sort, today: today).count
            }
            report.line("  ids", "\(count)")
        }
        try report.median("reviewIds", runs: 5) { _ = try database.reviewIds(today: today) }
        try report.median("reviewCount", runs: 5) { _ = try database.reviewCount(today: today) }
        try report.median("countContacts", runs: 5) { _ = try database.countContacts() }
        for query in ["a", "le", "lef", "cam", "sent", "lefèvre"] {
            var count = 0
            try report.median("contactIds search '\(query)' sort name", runs: 5) {
                count = try database.contactIds(ContactFilter(search: query), sort: .name, today: today).count
            }
            report.line("  ids", "\(count)")
        }
    }
}
