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

/// A contact as `export --format json` writes it, for reading back: the
/// keys `ContactJSON.json` reads (JSONRecords.swift). `Decodable` is the
/// fallback reader, which says what is wrong; a key without a default is
/// required there as it is in the definition.
struct ContactImportJSON: Decodable, Equatable {
    var name: String = ""
    var role: String?
    var outlet: String?
    var title: String?
    var tier: String?
    var cadenceOverride: Int?
    var stage: String?
    var howMet: String?
    var notes: String?
    var handles: [HandleImportJSON]?
    var tags: [String]?
    var snoozedUntil: String?
    var doNotContact: Bool?
    var archived: Bool?
    var created: String?
    var updated: String?
    var reviewFrom: String?
    var exchanges: [ExchangeImportJSON]?
    /// The structured name (optional keys `familyName`, `givenName`).
    var familyName: String?
    var givenName: String?
    /// The contact's id in the file: how introductions name it.
    var id: Int64?
    var positionSince: String?
    var positions: [PositionImportJSON]?
    var introducedBy: ReferenceImportJSON?
    var coverage: [CoverageImportJSON]?

    /// The record to import, checked like `add` and `log` check their input.
    func record() throws(InputError) -> ImportRecord {
        var draft = ContactDraft(
            name: name, role: try role.map(Role.named) ?? .journalist, outlet: outlet ?? "", title: title ?? "",
            tier: try tier.map(Tier.named) ?? .b, cadenceOverride: cadenceOverride, stage: try stage.map(Stage.named) ?? .new,
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

    /// `Day(iso:)` for the common case, read straight from the UTF-8
    /// bytes (`YYYY-MM-DD`, ASCII digits); anything else goes to `Day(iso:)`.
    static func isoDay(_ text: String) -> Day? {
        var text = text
        let fast: Day?? = text.withUTF8 { bytes in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = bytes[index] &- UInt8(ascii: "0")
                    guard digit < 10 else { return nil }
                    value = value * 10 + Int(digit)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return .some(Day(year: year, month: month, day: day))
        }
        return fast ?? Day(iso: text)
    }

    static func day(_ text: String?, _ key: String) throws(InputError) -> Day? {
        guard let text else { return nil }
        guard let day = ContactImportJSON.isoDay(text) else { throw InputError(L10n.text("'%1$@': '%2$@' is not a YYYY-MM-DD date", key, text)) }
        return day
    }
}

/// A previous position in `positions`.
struct PositionImportJSON: Decodable, Equatable {
    var outlet: String?
    var title: String?
    var from: String?
    var to: String = ""

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
struct ReferenceImportJSON: Decodable, Equatable {
    var id: Int64 = 0
}

/// A piece of coverage in `coverage`; `exchangeId` is the file's id of one
/// of the contact's exchanges.
struct CoverageImportJSON: Decodable, Equatable {
    var date: String = ""
    var title: String = ""
    var url: String?
    var outlet: String?
    var exchangeId: Int64?
    var project: String?
    var note: String?

    func draft(_ index: Int) throws(InputError) -> CoverageDraft {
        do throws(InputError) {
            guard let day = ContactImportJSON.isoDay(date) else { throw InputError(L10n.text("'%1$@': '%2$@' is not a YYYY-MM-DD date", "date", date)) }
            let draft = CoverageDraft(day: day, title: title, url: url ?? "", outlet: outlet ?? "", project: project, note: note ?? "")
            // Coverage in an export is already out: its own day is "today".
            return try draft.validated(today: day)
        } catch {
            throw InputError("'coverage[\(index)]': \(error.message)")
        }
    }
}

struct HandleImportJSON: Decodable, Equatable {
    var kind: String = ""
    var value: String = ""
    var label: String?

    /// The handle as exported (its display form is kept as it is).
    func handle(_ index: Int) throws(InputError) -> Handle {
        let kind: HandleKind
        do { kind = try HandleKind.named(self.kind) } catch { throw InputError("'handles[\(index)]': \(error.message)") }
        let value = self.value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty, !value.contains(where: \.isNewline) else {
            throw InputError(L10n.text("'handles[%d].value' is empty or holds a line break", index))
        }
        return Handle(kind: kind, value: value, label: label ?? "")
    }
}

struct ExchangeImportJSON: Decodable, Equatable {
    var date: String = ""
    var channel: String = ""
    var direction: String = ""
    var summary: String = ""
    var notes: String?
    var rating: Int?
    var intent: String?
    var followUp: FollowUpImportJSON?
    var project: String?
    /// The exchange's id in the file (coverage names it).
    var id: Int64?

    func draft(_ index: Int) throws(InputError) -> ExchangeDraft {
        do throws(InputError) {
            guard let day = ContactImportJSON.isoDay(date) else { throw InputError(L10n.text("'%1$@': '%2$@' is not a YYYY-MM-DD date", "date", date)) }
            var followUp: FollowUp?
            if let promise = self.followUp {
                guard let due = ContactImportJSON.isoDay(promise.date) else { throw InputError(L10n.text("follow-up date '%@' is not a YYYY-MM-DD date", promise.date)) }
                let done = try ContactImportJSON.day(promise.done, "followUp.done")
                followUp = FollowUp(due: due, text: promise.text, done: done)
            }
            let draft = ExchangeDraft(
                day: day, channel: try .named(channel), direction: try .named(direction), summary: summary,
                notes: notes ?? "", rating: rating, intent: try intent.map(Intent.named) ?? .chat, followUp: followUp,
                project: project)
            return try draft.validated(today: day, allowFuture: true)
        } catch {
            throw InputError("'exchanges[\(index)]': \(error.message)")
        }
    }
}

struct FollowUpImportJSON: Decodable, Equatable {
    var date: String = ""
    var text: String = ""
    var done: String?
}

extension NamedValue {
    /// `parse`, with the name exactly as an export writes it tried first:
    /// the same value (`parse` ignores case and spaces, and no two names
    /// differ only by those), without lower-casing every name to compare.
    static func named(_ text: String) throws(InputError) -> Self {
        if let value = Self(rawValue: text) { return value }
        return try parse(text)
    }
}
