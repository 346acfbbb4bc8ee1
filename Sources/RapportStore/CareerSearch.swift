import RapportCore

/// One previous position as the past-outlet search reads it (either engine).
public struct PastOutletRow: Sendable {
    public var contactId: Int64
    public var name: String
    /// The contact's current outlet.
    public var outlet: String
    public var archived: Bool
    public var pastOutlet: String
    public var to: Day

    public init(contactId: Int64, name: String, outlet: String, archived: Bool, pastOutlet: String, to: Day) {
        self.contactId = contactId
        self.name = name
        self.outlet = outlet
        self.archived = archived
        self.pastOutlet = pastOutlet
        self.to = to
    }
}

/// Search by a past outlet, shared by both engines so they agree: the
/// `position` table is small, so each engine reads it whole and this
/// matches in memory; the full-text indexes stay as they are.
public enum CareerSearch {
    /// The hits for `text`: each word a prefix of a word of the past
    /// outlet (folded), one per contact (its most recent matching move),
    /// most recent move first, then by contact id. Snippet "ex-[Libération]".
    public static func hits(_ rows: [PastOutletRow], text: String, limit: Int, includeArchived: Bool) -> [SearchHit] {
        let terms = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { TextKey.fold(String($0)) }
            .filter { !$0.isEmpty }
        guard !terms.isEmpty, limit > 0 else { return [] }
        var best: [Int64: PastOutletRow] = [:]
        for row in rows where includeArchived || !row.archived {
            let words = words(row.pastOutlet).map { TextKey.fold(String(row.pastOutlet[$0])) }
            guard terms.allSatisfy({ term in words.contains { $0.hasPrefix(term) } }) else { continue }
            if let kept = best[row.contactId], kept.to >= row.to { continue }
            best[row.contactId] = row
        }
        return best.values.sorted { ($0.to, -$0.contactId) > ($1.to, -$1.contactId) }.prefix(limit).map { row in
            SearchHit(contact: ContactLabel(id: row.contactId, name: row.name, outlet: row.outlet), field: .pastOutlet,
                      snippet: "ex-" + highlight(row.pastOutlet, terms: terms), exchangeId: nil, day: row.to)
        }
    }

    /// Contact hits followed by the past-outlet hits of contacts not among
    /// them, at most `limit` in all: a current match ranks first.
    public static func merge(_ contactHits: [SearchHit], _ past: [SearchHit], limit: Int) -> [SearchHit] {
        let seen = Set(contactHits.map(\.contact.id))
        return Array((contactHits + past.filter { !seen.contains($0.contact.id) }).prefix(limit))
    }

    /// Runs of letters and digits, with their ranges in `text` (as the
    /// search index splits words); the PostgreSQL engine's snippets use it too.
    public static func words(_ text: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let isWord = text[index].isLetter || text[index].isNumber
            if isWord, start == nil { start = index }
            if !isWord, let begun = start {
                ranges.append(begun..<index)
                start = nil
            }
            index = text.index(after: index)
        }
        if let begun = start { ranges.append(begun..<text.endIndex) }
        return ranges
    }

    static func highlight(_ text: String, terms: [String]) -> String {
        var result = ""
        var last = text.startIndex
        for range in words(text) where terms.contains(where: { TextKey.fold(String(text[range])).hasPrefix($0) }) {
            result += text[last..<range.lowerBound] + "[" + text[range] + "]"
            last = range.upperBound
        }
        return result + text[last...]
    }
}
