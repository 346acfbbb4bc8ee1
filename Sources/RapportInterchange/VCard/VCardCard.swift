import RapportCore

/// What one card says, gathered property by property, then mapped to a
/// draft at `END:VCARD`. A class, so that adding to it never copies it.
final class VCardCard {
    let startLine: Int
    var formattedName = ""
    var structuredName: [String] = []
    var outlet = ""
    var titles: [String] = []
    var jobRoles: [String] = []
    var notes: [String] = []
    var tags: [String] = []
    var handles: [PendingHandle] = []
    /// Apple labels by group (`item1` → `work`).
    var labels: [String: String] = [:]
    var role: Role?
    var tier: Tier?
    var stage: Stage?
    var howMet = ""
    var cadence: Int?
    var doNotContact = false
    var warnings: [String] = []

    init(startLine: Int) {
        self.startLine = startLine
    }

    /// The draft the card describes, before the finishing checks.
    func draft(defaults: ImportDefaults) -> (ContactDraft, [String]) {
        var warnings = self.warnings
        var resolved: [Handle] = []
        for pending in handles {
            let label = pending.group.flatMap { labels[$0] } ?? pending.typeLabel
            if let handle = pending.resolve(label: label, warnings: &warnings) { resolved.append(handle) }
        }
        let draft = ContactDraft(
            name: name, role: role ?? defaults.role, outlet: outlet, title: title,
            tier: tier ?? defaults.tier, cadenceOverride: cadence, stage: stage ?? defaults.stage,
            howMet: howMet, notes: notes.joined(separator: "\n\n"), doNotContact: doNotContact,
            handles: resolved, tags: tags, familyName: nonEmpty(structuredPart(0)),
            givenName: nonEmpty([structuredPart(1), structuredPart(2)].filter { !$0.isEmpty }.joined(separator: " ")))
        return (draft, warnings)
    }

    /// FN, else "Given Additional Family" from N (prefix and suffix left out).
    var name: String {
        let formatted = NativeText.trimmed(formattedName)
        if !formatted.isEmpty { return formatted }
        return [structuredPart(1), structuredPart(2), structuredPart(0)].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// One part of N (0 family, 1 given, 2 additional), its values joined by spaces.
    func structuredPart(_ index: Int) -> String {
        guard index < structuredName.count else { return "" }
        return structuredName[index].split(separator: ",").map { NativeText.trimmedSpaces($0) }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// TITLE, then ROLE when it says something else: "Editor / Chroniqueuse".
    var title: String {
        let title = titles.first ?? ""
        let job = jobRoles.first ?? ""
        if title.isEmpty { return job }
        if job.isEmpty || FieldValues.foldKey(job) == FieldValues.foldKey(title) { return title }
        return title + " / " + job
    }
}
