import RapportCore

// The JSON definition of each record: every key once, with how it is
// written (`show --json`, `list --json`… through `Encodable`, and the
// export through `JSONText`) and how `import` reads it back. docs/cli.md
// documents the shapes; change them only compatibly. Keys without `read`
// are computed from the others or from the database (warmth, due,
// reciprocity, author, ids of other records…): written, passed over on
// import. `FieldsTests`/`JSONDefinitionTests` check the `Decodable`
// import shapes (the fallback reader) agree with these definitions.

extension ContactJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<ContactJSON, ContactImportJSON>([
        .value("id", { $0.id }, read: \.id),
        .value("name", { $0.name }, read: \.name, required: true),
        .value("role", { $0.role }, read: \.role),
        .value("outlet", { $0.outlet }, read: \.outlet),
        .value("title", { $0.title }, read: \.title),
        .value("tier", { $0.tier }, read: \.tier),
        // The cadence in effect (the tier's, or the override) is computed; the override is the contact's.
        .computed("cadence") { $0.cadence },
        .value("cadenceOverride", { $0.cadenceOverride }, read: \.cadenceOverride),
        .value("stage", { $0.stage }, read: \.stage),
        .value("howMet", { $0.howMet }, read: \.howMet),
        .value("notes", { $0.notes }, read: \.notes),
        // The structured name: the keys are left out when the contact has none.
        .omittedWhenNil("familyName", { $0.familyName }, read: \.familyName),
        .omittedWhenNil("givenName", { $0.givenName }, read: \.givenName),
        // Team database only: the importer becomes the owner.
        .computed("owner") { $0.owner },
        .value("handles", { $0.handles }, read: \.handles),
        .value("tags", { $0.tags }, read: \.tags),
        .value("snoozedUntil", { $0.snoozedUntil }, read: \.snoozedUntil),
        .value("doNotContact", { $0.doNotContact }, read: \.doNotContact),
        .value("archived", { $0.archived }, read: \.archived),
        .value("created", { $0.created }, read: \.created),
        .value("updated", { $0.updated }, read: \.updated),
        // The export only (`show --json` leaves it out): when the cadence counts from without exchanges.
        .omittedWhenNil("reviewFrom", { $0.reviewFrom }, read: \.reviewFrom),
        // Computed from the exchanges and coverage (RelationshipSummary).
        .computed("lastExchange") { $0.lastExchange },
        .computed("daysSinceLast") { $0.daysSinceLast },
        .computed("warmth") { $0.warmth },
        .computed("reciprocity") { $0.reciprocity },
        .computed("due") { $0.due },
        .value("exchanges", { $0.exchanges }, read: \.exchanges),
        // Only in `show` and the export (left out elsewhere).
        .omittedWhenNil("coverage", { $0.coverage }, read: \.coverage),
        .value("positionSince", { $0.positionSince }, read: \.positionSince),
        .value("positions", { $0.positions }, read: \.positions),
        .value("introducedBy", { $0.introducedBy }, read: \.introducedBy),
        // The other side of `introducedBy`: each of those contacts names this one.
        .computed("introduced") { $0.introduced },
    ])
}

extension ExchangeJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<ExchangeJSON, ExchangeImportJSON>([
        // The file's id: coverage names the exchange by it.
        .value("id", { $0.id }, read: \.id),
        // The database sets the author (team database); an import's author is the importer.
        .computed("author") { $0.author },
        .computed("contactId") { $0.contactId },
        .value("date", { $0.date }, read: \.date, required: true),
        .value("channel", { $0.channel }, read: \.channel, required: true),
        .value("direction", { $0.direction }, read: \.direction, required: true),
        .value("summary", { $0.summary }, read: \.summary, required: true),
        .value("notes", { $0.notes }, read: \.notes),
        .value("rating", { $0.rating }, read: \.rating),
        .value("intent", { $0.intent }, read: \.intent),
        .value("followUp", { $0.followUp }, read: \.followUp),
        .value("project", { $0.project }, read: \.project),
    ])
}

extension FollowUpJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<FollowUpJSON, FollowUpImportJSON>([
        .value("date", { $0.date }, read: \.date, required: true),
        .value("text", { $0.text }, read: \.text, required: true),
        .value("done", { $0.done }, read: \.done),
    ])
}

extension HandleJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<HandleJSON, HandleImportJSON>([
        .value("kind", { $0.kind }, read: \.kind, required: true),
        .value("value", { $0.value }, read: \.value, required: true),
        .value("label", { $0.label }, read: \.label),
    ])
}

extension CoverageJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<CoverageJSON, CoverageImportJSON>([
        // The database's own ids and the contact it belongs to: an import gives new ones.
        .computed("id") { $0.id },
        .computed("author") { $0.author },
        .computed("contactId") { $0.contactId },
        .computed("contactName") { $0.contactName },
        .value("date", { $0.date }, read: \.date, required: true),
        .value("title", { $0.title }, read: \.title, required: true),
        .value("url", { $0.url }, read: \.url),
        .value("outlet", { $0.outlet }, read: \.outlet),
        // The file id of one of the contact's exchanges.
        .value("exchangeId", { $0.exchangeId }, read: \.exchangeId),
        .value("project", { $0.project }, read: \.project),
        .value("note", { $0.note }, read: \.note),
    ])
}

extension PositionJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<PositionJSON, PositionImportJSON>([
        .value("outlet", { $0.outlet }, read: \.outlet),
        .value("title", { $0.title }, read: \.title),
        .value("from", { $0.from }, read: \.from),
        .value("to", { $0.to }, read: \.to, required: true),
    ])
}

extension ContactReferenceJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<ContactReferenceJSON, ReferenceImportJSON>([
        // Another contact of the same file, by its file id.
        .value("id", { $0.id }, read: \.id, required: true),
        .computed("name") { $0.name },
    ])
}

// Computed records: written, never read back.

extension WarmthJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<WarmthJSON, NotImported>([
        .computed("value") { $0.value },
        .computed("label") { $0.label },
        // Always English (scripts read it); `shownExplanation` is the interface's language, never in JSON.
        .computed("explanation") { $0.explanation },
    ])
}

extension DueJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<DueJSON, NotImported>([
        .computed("isDue") { $0.isDue },
        .computed("daysSince") { $0.daysSince },
        .computed("cadence") { $0.cadence },
        .computed("overdueRatio") { $0.overdueRatio },
        .computed("neverContacted") { $0.neverContacted },
    ])
}

extension ReciprocityJSON: JSONRecord {
    nonisolated(unsafe) static let json = JSONFields<ReciprocityJSON, NotImported>([
        .computed("gave") { $0.gave },
        .computed("asked") { $0.asked },
        .computed("asksMoreThanGives") { $0.asksMoreThanGives },
        .computed("theyGave") { $0.theyGave },
    ])
}

// The imported records, read through the definitions above.

extension ContactImportJSON: JSONImportedRecord {
    static var json: JSONFields<ContactJSON, ContactImportJSON> { ContactJSON.json }
}

extension ExchangeImportJSON: JSONImportedRecord {
    static var json: JSONFields<ExchangeJSON, ExchangeImportJSON> { ExchangeJSON.json }
}

extension FollowUpImportJSON: JSONImportedRecord {
    static var json: JSONFields<FollowUpJSON, FollowUpImportJSON> { FollowUpJSON.json }
}

extension HandleImportJSON: JSONImportedRecord {
    static var json: JSONFields<HandleJSON, HandleImportJSON> { HandleJSON.json }
}

extension CoverageImportJSON: JSONImportedRecord {
    static var json: JSONFields<CoverageJSON, CoverageImportJSON> { CoverageJSON.json }
}

extension PositionImportJSON: JSONImportedRecord {
    static var json: JSONFields<PositionJSON, PositionImportJSON> { PositionJSON.json }
}

extension ReferenceImportJSON: JSONImportedRecord {
    static var json: JSONFields<ContactReferenceJSON, ReferenceImportJSON> { ContactReferenceJSON.json }
}
