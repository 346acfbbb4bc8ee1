import Foundation
import RapportCore
import RapportInterchange
import RapportStore
import RapportLocalization

/// Reads the contacts of a Rapport JSON export (`export --format json`),
/// one object at a time: every field, handles, tags and exchanges.
/// Computed keys (id, cadence, warmth, due…) are ignored; missing optional
/// keys take the defaults of `add`. A contact without a name is skipped and
/// counted; any other problem stops with `FILE:LINE: …`, LINE being where
/// the contact starts.
public final class JSONContactSource: ImportSource {
    private let stream: JSONElementStream
    private let fileName: String
    private let decoder = JSONDecoder()
    private(set) var skippedWithoutName = 0
    public let notices: [String] = []

    public init(path: String) throws(InterchangeError) {
        fileName = path
        stream = try JSONElementStream(path: path)
    }

    public func next() throws(InterchangeError) -> ImportItem? {
        while let (bytes, line) = try stream.next() {
            let shape: ContactImportJSON
            do {
                // The fast reader handles well-formed exports; JSONDecoder the rest, and says what is wrong.
                shape = try JSONContactParser.parse(bytes) ?? decoder.decode(ContactImportJSON.self, from: Data(bytes))
            } catch let error as DecodingError {
                throw InterchangeError(file: fileName, line: line, message: Self.describe(error))
            } catch {
                throw InterchangeError(file: fileName, line: line, message: L10n.text("invalid JSON"))
            }
            guard !shape.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                skippedWithoutName += 1
                continue
            }
            do {
                return ImportItem(record: try shape.record(), line: line, warnings: [])
            } catch {
                throw InterchangeError(file: fileName, line: line, message: error.message)
            }
        }
        return nil
    }

    /// `'exchanges[2].date' is missing`, and the like.
    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
            }
            return text.isEmpty ? L10n.text("the contact", context: "json path") : "'\(text)'"
        }
        switch error {
        case let .keyNotFound(key, context):
            return L10n.text("%@ is missing", path(context.codingPath + [key]))
        case let .typeMismatch(type, context):
            return L10n.text("%1$@ should be %2$@", path(context.codingPath), typeName(type))
        case let .valueNotFound(type, context):
            return L10n.text("%1$@ is null; expected %2$@", path(context.codingPath), typeName(type))
        case let .dataCorrupted(context):
            return context.codingPath.isEmpty ? L10n.text("invalid JSON") : L10n.text("%@ is invalid", path(context.codingPath))
        @unknown default:
            return L10n.text("invalid contact")
        }
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return L10n.text("a string", context: "json type")
        case is Int.Type: return L10n.text("a whole number", context: "json type")
        case is Bool.Type: return L10n.text("true or false", context: "json type")
        case is [Any].Type: return L10n.text("a list", context: "json type")
        default: return L10n.text("an object", context: "json type")
        }
    }
}

/// A contact as `export --format json` writes it, for reading back.
struct ContactImportJSON: Decodable {
    let name: String
    let role: String?
    let outlet: String?
    let title: String?
    let tier: String?
    let cadenceOverride: Int?
    let stage: String?
    let howMet: String?
    let notes: String?
    let handles: [HandleImportJSON]?
    let tags: [String]?
    let snoozedUntil: String?
    let doNotContact: Bool?
    let archived: Bool?
    let created: String?
    let updated: String?
    let reviewFrom: String?
    let exchanges: [ExchangeImportJSON]?
    /// The structured name (optional keys `familyName`, `givenName`).
    var familyName: String? = nil
    var givenName: String? = nil
    /// The contact's id in the file: how introductions name it.
    var id: Int64? = nil
    var positionSince: String? = nil
    var positions: [PositionImportJSON]? = nil
    var introducedBy: ReferenceImportJSON? = nil
    var coverage: [CoverageImportJSON]? = nil

    /// The record to import, checked like `add` and `log` check their input.
    func record() throws(InputError) -> ImportRecord {
        var draft = ContactDraft(
            name: name, role: try role.map(Role.parse) ?? .journalist, outlet: outlet ?? "", title: title ?? "",
            tier: try tier.map(Tier.parse) ?? .b, cadenceOverride: cadenceOverride, stage: try stage.map(Stage.parse) ?? .new,
            howMet: howMet ?? "", notes: notes ?? "", doNotContact: doNotContact ?? false,
            handles: try (handles ?? []).enumerated().map { index, handle throws(InputError) in try handle.handle(index) },
            tags: tags ?? [], familyName: familyName, givenName: givenName)
        draft = try draft.validated()
        // The export lists exchanges newest first: add them oldest first.
        let exchanges = try (self.exchanges ?? []).enumerated().map { index, exchange throws(InputError) in
            try exchange.draft(index)
        }.reversed()
        var record = ImportRecord(
            draft: draft, exchanges: Array(exchanges), created: try Self.day(created, "created"),
            updated: try Self.day(updated, "updated"), reviewFrom: try Self.day(reviewFrom, "reviewFrom"),
            snoozedUntil: try Self.day(snoozedUntil, "snoozedUntil"), archived: archived ?? false)
        record.pressWork = try pressWork()
        return record
    }

    /// Career, introduction and coverage; the exchange a coverage names by
    /// its file id becomes an index into the record's exchanges (oldest first).
    private func pressWork() throws(InputError) -> ImportPressWork {
        let exchangeIds = (exchanges ?? []).reversed().map(\.id)
        let positions = try (self.positions ?? []).enumerated().map { index, position throws(InputError) in
            try position.position(index)
        }
        let coverage = try (self.coverage ?? []).enumerated().map { index, item throws(InputError) in
            ImportedCoverage(draft: try item.draft(index),
                             exchange: item.exchangeId.flatMap { id in exchangeIds.firstIndex { $0 == id } })
        }
        return ImportPressWork(fileId: id, introducedBy: introducedBy?.id, positionSince: try Self.day(positionSince, "positionSince"),
                               positions: positions, coverage: coverage)
    }

    static func day(_ text: String?, _ key: String) throws(InputError) -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else { throw InputError(L10n.text("'%1$@': '%2$@' is not a YYYY-MM-DD date", key, text)) }
        return day
    }
}

/// A previous position in `positions`.
struct PositionImportJSON: Decodable {
    let outlet: String?
    let title: String?
    let from: String?
    let to: String

    func position(_ index: Int) throws(InputError) -> Position {
        do throws(InputError) {
            let from = try ContactImportJSON.day(self.from, "from")
            let to = try ContactImportJSON.day(self.to, "to") ?? Day(ordinal: 0)
            return try Position(outlet: outlet ?? "", title: title ?? "", from: from, to: to).validated()
        } catch {
            throw InputError("'positions[\(index)]': \(error.message)")
        }
    }
}

/// Another contact of the same file: `introducedBy`.
struct ReferenceImportJSON: Decodable {
    let id: Int64
}

/// A piece of coverage in `coverage`; `exchangeId` is the file's id of one
/// of the contact's exchanges.
struct CoverageImportJSON: Decodable {
    let date: String
    let title: String
    let url: String?
    let outlet: String?
    let exchangeId: Int64?
    let project: String?
    let note: String?

    func draft(_ index: Int) throws(InputError) -> CoverageDraft {
        do throws(InputError) {
            guard let day = Day(iso: date) else { throw InputError(L10n.text("'%1$@': '%2$@' is not a YYYY-MM-DD date", "date", date)) }
            let draft = CoverageDraft(day: day, title: title, url: url ?? "", outlet: outlet ?? "", project: project, note: note ?? "")
            // Coverage in an export is already out: its own day is "today".
            return try draft.validated(today: day)
        } catch {
            throw InputError("'coverage[\(index)]': \(error.message)")
        }
    }
}

struct HandleImportJSON: Decodable {
    let kind: String
    let value: String
    let label: String?

    /// The handle as exported (its display form is kept as it is).
    func handle(_ index: Int) throws(InputError) -> Handle {
        let kind: HandleKind
        do { kind = try HandleKind.parse(self.kind) } catch { throw InputError("'handles[\(index)]': \(error.message)") }
        let value = self.value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !value.contains(where: \.isNewline) else {
            throw InputError(L10n.text("'handles[%d].value' is empty or holds a line break", index))
        }
        return Handle(kind: kind, value: value, label: label ?? "")
    }
}

struct ExchangeImportJSON: Decodable {
    let date: String
    let channel: String
    let direction: String
    let summary: String
    let notes: String?
    let rating: Int?
    let intent: String?
    let followUp: FollowUpImportJSON?
    var project: String? = nil
    /// The exchange's id in the file (coverage names it).
    var id: Int64? = nil

    func draft(_ index: Int) throws(InputError) -> ExchangeDraft {
        let place = "'exchanges[\(index)]'"
        do throws(InputError) {
            guard let day = Day(iso: date) else { throw InputError(L10n.text("'%1$@': '%2$@' is not a YYYY-MM-DD date", "date", date)) }
            var followUp: FollowUp?
            if let promise = self.followUp {
                guard let due = Day(iso: promise.date) else { throw InputError(L10n.text("follow-up date '%@' is not a YYYY-MM-DD date", promise.date)) }
                let done = try ContactImportJSON.day(promise.done, "followUp.done")
                followUp = FollowUp(due: due, text: promise.text, done: done)
            }
            let draft = ExchangeDraft(
                day: day, channel: try Channel.parse(channel), direction: try Direction.parse(direction), summary: summary,
                notes: notes ?? "", rating: rating, intent: try intent.map(Intent.parse) ?? .chat, followUp: followUp,
                project: project)
            return try draft.validated(today: day, allowFuture: true)
        } catch {
            throw InputError("\(place): \(error.message)")
        }
    }
}

struct FollowUpImportJSON: Decodable {
    let date: String
    let text: String
    let done: String?
}
