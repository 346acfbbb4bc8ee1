import RapportCore
import RapportStore

extension EffectRunner {
    /// Adds a contact introduced by the one `introducer` names (resolved
    /// as the command line does): an unknown or ambiguous name is refused
    /// before anything is written, and the contact and its introduction are
    /// one transaction.
    func addContact(_ draft: ContactDraft, introducedBy introducer: String) throws -> Msg {
        let other = try database.resolve(introducer)
        let contact = try database.addContact(draft, today: today, reviewFrom: nil, allowSharedHandles: false,
                                              introducerId: other.id)
        return .saved(.contactAdded(contact))
    }

    /// Sets (or clears) who introduced a contact and makes the form's
    /// other changes, in one transaction: the introduction is checked first
    /// (unknown, self, two-way are refused), and any refusal writes nothing.
    func updateContact(_ original: Contact, _ change: ContactChange, introducedBy introducer: String?) throws -> Msg {
        let other = try introducer.map { try database.resolve($0) }
        var change = change
        change.introducer = .some(other?.id)
        let (before, after) = try database.updateContact(id: original.id, change, today: today, allowSharedHandles: false,
                                                         expecting: original)
        return .saved(.contactEdited(before: before, after: after))
    }
}

extension EffectRunner {
    /// A searched list's ids, then the contacts found by a past outlet
    /// ("ex-Libération") that the list's other filters keep, after them.
    /// A tag or owner filter keeps the list as the search index gives it.
    func withPastOutlets(_ ids: [Int64], filter: ContactFilter) throws -> [Int64] {
        guard let search = filter.search, filter.tag == nil, filter.owner == nil else { return ids }
        let listed = Set(ids)
        let hits = try database.pastOutletHits(search, limit: 200, includeArchived: filter.includeArchived || filter.archivedOnly)
        let candidates = hits.map(\.contact.id).filter { !listed.contains($0) }
        guard !candidates.isEmpty else { return ids }
        let rows = Dictionary(try database.contactRows(ids: candidates, today: today).map { ($0.id, $0) },
                              uniquingKeysWith: { first, _ in first })
        let kept = candidates.filter { id in
            guard let row = rows[id] else { return false }
            if let role = filter.role, row.role != role { return false }
            if let tier = filter.tier, row.tier != tier { return false }
            if filter.archivedOnly && !row.archived { return false }
            return true
        }
        return ids + kept
    }
}
