import ArgumentParser
import Foundation
import RapportCore
import RapportLocalization
import RapportStore
import RapportTransfer

/// `rapport project …`: the clients and launches exchanges belong to.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: L10n.text("The projects (clients, launches) exchanges and coverage belong to."),
        discussion: L10n.text("A project is created by the first exchange or coverage logged with --project NAME."),
        subcommands: [ProjectList.self], defaultSubcommand: ProjectList.self)
}

struct ProjectList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: L10n.text("List projects with their exchanges, people, coverage, first and last dates."),
        discussion: L10n.text("Most recently used first. People are the contacts with an exchange or coverage in the project."))

    @OptionGroup var database: DatabaseOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let context = try database.openForReading()
        let projects = try context.store.projectSummaries()
        if output.json {
            try JSONOutput.print(projects.map(ProjectJSON.init))
            return
        }
        guard !projects.isEmpty else {
            print(L10n.text("No projects yet. Log an exchange with: rapport log CONTACT --summary TEXT --project NAME"))
            return
        }
        var table = TextTable([
            .init(title: L10n.text("PROJECT", context: "cli column"), maxWidth: 40), .init(title: L10n.text("EXCHANGES", context: "cli column"), alignment: .right),
            .init(title: L10n.text("PEOPLE", context: "cli column"), alignment: .right), .init(title: L10n.text("COVERAGE", context: "cli column"), alignment: .right),
            .init(title: L10n.text("FIRST", context: "cli column")), .init(title: L10n.text("LAST", context: "cli column, date")),
        ])
        for project in projects {
            table.add([project.name, "\(project.exchanges)", "\(project.people)", "\(project.coverage)",
                       project.first.map(Shown.day) ?? "—", project.last.map(Shown.day) ?? "—"])
        }
        print(table.render())
    }
}

/// The project a filter option names (`list --project`, `search --project`).
enum ProjectFilter {
    /// The project's name as stored; an unknown name is refused in one line
    /// that suggests the closest known name, or lists the known ones.
    static func resolve(_ name: String, option: String, store: any Store) throws -> String {
        let typed = name.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else { throw CommandFailure.usage(L10n.text("%@ needs a project name", option)) }
        if let project = try store.project(named: typed) { return project.name }
        let known = try store.projectSummaries().map(\.name)
        let quoted = Shown.quoted(typed)
        guard !known.isEmpty else { throw CommandFailure.usage(L10n.text("%1$@ %2$@: there are no projects yet", option, quoted)) }
        if let close = closest(to: typed, in: known) {
            throw CommandFailure.usage(L10n.text("%1$@ %2$@: no such project; did you mean %3$@?", option, quoted, Shown.quoted(close)))
        }
        let list = known.prefix(10).map(Shown.quoted).joined(separator: ", ") + (known.count > 10 ? ", …" : "")
        throw CommandFailure.usage(L10n.text("%1$@ %2$@: no such project; known: %3$@", option, quoted, list))
    }

    /// The known name within 2 edits of the typed one (case and accents folded), if any.
    static func closest(to typed: String, in names: [String]) -> String? {
        let key = TextKey.fold(typed)
        let scored = names.map { ($0, distance(key, TextKey.fold($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= 2 else { return nil }
        return best.0
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
