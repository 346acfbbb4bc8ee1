import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

/// The career timeline and introductions on the command line: the lines
/// `show` prints, and `--introduced-by` for `add` and `edit`.
enum CareerLines {
    /// "  at Le Monde since 03/2026 · before: Libération 2021–2026",
    /// "  Introduced by X (#3)", "  Introduced: Y (#4), Z (#9)", sanitized.
    static func show(_ contact: Contact, _ json: ContactJSON) -> [String] {
        let c = CLIText.clean
        let career = Career(since: json.positionSince,
                            positions: json.positions.map { Position(outlet: $0.outlet, title: $0.title, from: $0.from, to: $0.to) })
        var lines: [String] = []
        if let line = CareerText.line(outlet: contact.outlet, title: contact.title, career: career) {
            lines.append("  " + c(line))
        }
        if let by = json.introducedBy { lines.append("  " + L10n.text("Introduced by %1$@ (#%2$d)", c(by.name), by.id)) }
        if !json.introduced.isEmpty {
            lines.append("  " + L10n.text("Introduced: %@", json.introduced.map { "\(c($0.name)) (#\($0.id))" }.joined(separator: ", ")))
        }
        return lines
    }

    /// Forget's preview addition: "; the introductions of Y and Z would be unlinked".
    static func forgetNote(_ career: Career) -> String {
        var names = career.introduced.map(\.name)
        if let by = career.introducedBy { names.insert(by.name, at: 0) }
        guard !names.isEmpty else { return "" }
        return L10n.plural(" (and unlink %1$'d introduction: %2$@; they stay as contacts)",
                           " (and unlink %1$'d introductions: %2$@; they stay as contacts)",
                           names.count, names.map(CLIText.clean).joined(separator: ", "))
    }
}

/// Who introduced a contact, as `--introduced-by` names them.
enum Introducer {
    /// The contact `text` names (same resolution as every command), or
    /// nil for none.
    static func resolve(_ text: String?, in store: any Store) throws -> Contact? {
        guard let text else { return nil }
        return try store.resolve(text)
    }
}
