import ArgumentParser
import Foundation
import RapportCore
import RapportStore
import RapportTransfer

/// `rapport project …`: the clients and launches exchanges belong to.
struct ProjectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "project", abstract: "The projects (clients, launches) exchanges and coverage belong to.",
        discussion: "A project is created by the first exchange or coverage logged with --project NAME.",
        subcommands: [ProjectList.self], defaultSubcommand: ProjectList.self)
}

struct ProjectList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List projects with their exchanges, people, coverage, first and last dates.",
        discussion: "Most recently used first. People are the contacts with an exchange or coverage in the project.")

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
            print("No projects yet. Log an exchange with: rapport log CONTACT --summary TEXT --project NAME")
            return
        }
        var table = TextTable([
            .init(title: "PROJECT", maxWidth: 40), .init(title: "EXCHANGES", alignment: .right),
            .init(title: "PEOPLE", alignment: .right), .init(title: "COVERAGE", alignment: .right),
            .init(title: "FIRST"), .init(title: "LAST"),
        ])
        for project in projects {
            table.add([project.name, "\(project.exchanges)", "\(project.people)", "\(project.coverage)",
                       project.first?.iso ?? "—", project.last?.iso ?? "—"])
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
        guard !typed.isEmpty else { throw CommandFailure.usage("\(option) needs a project name") }
        if let project = try store.project(named: typed) { return project.name }
        let known = try store.projectSummaries().map(\.name)
        let quoted = "'\(CLIText.clean(typed))'"
        guard !known.isEmpty else { throw CommandFailure.usage("\(option) \(quoted): there are no projects yet") }
        if let close = closest(to: typed, in: known) {
            throw CommandFailure.usage("\(option) \(quoted): no such project; did you mean '\(CLIText.clean(close))'?")
        }
        let list = known.prefix(10).map { "'\(CLIText.clean($0))'" }.joined(separator: ", ")
        throw CommandFailure.usage("\(option) \(quoted): no such project; known: \(list)\(known.count > 10 ? ", …" : "")")
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
