import Foundation
import RapportCore
import RapportInterchange
import RapportStore
import RapportTransfer

/// Import and export of many contacts: writes `--contacts` generated
/// people as vCards, imports them into an empty database through the
/// import engine (the bulk path the `import` command uses, here on one
/// thread), exports them back to vCard, and, when the `rapport` binary
/// sits next to this one, times the real commands (the import reads on a
/// second thread) with their peak memory: those are the figures the
/// targets are about.
enum InterchangeBench {
    static func run(options: BenchOptions, today: Day, report: BenchReport) throws {
        let count = options.contacts
        report.section("Import and export (\(count) generated vCards)")
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("rapport-bench-interchange-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cards = folder + "/contacts.vcf"

        let written = try seconds { try writeCards(count: count, to: cards, today: today) }
        let size = (try? FileManager.default.attributesOfItem(atPath: cards)[.size] as? Int) ?? 0
        report.line("write vCards (generator + vCard writer)", String(format: "%8.2f s  (%.1f MB file)", written, Double(size) / 1_048_576))

        let peak = PeakMemory()
        let imported = folder + "/imported.sqlite"
        var counts = ImportCounts()
        let importTime = try seconds {
            let database = try RapportDatabase.open(path: imported)
            counts = try database.importContacts(ImportOptions(), today: today) { importer in
                let reader = try VCardReader(path: cards)
                while let contact = try reader.next() { try importer.add(ImportRecord(draft: contact.draft)) }
            }.counts
        }
        report.line("import engine alone, one thread (in process)", String(format: "%8.2f s  (%d contacts)", importTime, counts.imported))
        report.line("  memory growth during it (64 MB page cache)", peak.describe())

        var jobCount = 0
        let jobTime = try seconds {
            let database = try RapportDatabase.open(path: folder + "/job.sqlite")
            let job = ImportJob(paths: [cards], format: .vcard)
            jobCount = try job.run(store: database, today: today).counts.imported
        }
        report.line("import job (RapportTransfer: reads on a second thread)", String(format: "%8.2f s  (%d contacts)", jobTime, jobCount))

        let exported = folder + "/exported.vcf"
        let exportTime = try seconds {
            let database = try RapportDatabase.open(path: imported)
            guard FileManager.default.createFile(atPath: exported, contents: nil),
                  let handle = FileHandle(forWritingAtPath: exported) else { return }
            defer { try? handle.close() }
            let writer = VCardWriter(handle: handle, fileName: exported)
            try database.exportContacts(ExportFilter(), withExchanges: false) { try writer.write($0.contact) }
            try writer.finish()
        }
        report.line("export to vCard (in process)", String(format: "%8.2f s", exportTime))

        guard let binary = ChildRun.rapportBinary() else {
            report.line("rapport binary next to the benchmark", "not built: command timings skipped")
            return
        }
        let environment = ["RAPPORT_NOW=\(today.iso)", "HOME=\(folder)", "XDG_CONFIG_HOME=\(folder)/config", "PATH=/usr/bin:/bin"]
        let command = ChildRun.run(binary, ["import", cards, "--db", folder + "/command.sqlite"], environment: environment)
        report.line("rapport import (the command, end to end)", command.describe(), target: "< 5 s, < 200 MB")
        let export = ChildRun.run(binary, ["export", "--format", "vcard", "--output", folder + "/command.vcf",
                                           "--db", folder + "/command.sqlite"], environment: environment)
        report.line("rapport export --format vcard (the command)", export.describe(), target: "< 3 s")
    }

    /// Wall-clock seconds `body` takes.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Writes `count` fictional people (`.example` addresses) with the vCard writer.
    static func writeCards(count: Int, to path: String, today: Day) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? handle.close() }
        let writer = VCardWriter(handle: handle, fileName: path)
        for index in 0..<count { try writer.write(GeneratedPeople.contact(index, today: today)) }
        try writer.finish()
    }
}

/// Deterministic fictional people for the benchmark.
enum GeneratedPeople {
    static let first = ["Camille", "Léa", "Hugo", "Chloé", "Louis", "Inès", "Jules", "Zoé", "Noah", "Anaïs", "Paul", "Sofia",
                        "Mathis", "Jade", "Yanis", "Maëlle", "Ethan", "Lina", "Gabriel", "Rose"]
    static let last = ["Lefèvre", "Martin", "Durand", "Moreau", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine", "Rousseau",
                       "Vincent", "Muller", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier"]
    static let outlets = ["Le Quotidien du Soir", "Radio Sud", "L'Hebdo Tech", "Les Échos du Net", "Revue Énergie", "Data Mag",
                          "France Régions", "Le Blog Vert"]
    static let tags = ["tech", "énergie", "santé", "culture", "économie", "climat", "data", "sport"]

    static func contact(_ index: Int, today: Day) -> Contact {
        let given = first[index % first.count]
        let family = last[(index / first.count) % last.count]
        let outlet = outlets[index % outlets.count]
        let slug = "\(given).\(family).\(index)".folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        var handles = [Handle(kind: .email, value: "\(slug)@outlet\(index % outlets.count).example", label: "work")]
        if index % 2 == 0 { handles.append(Handle(kind: .twitter, value: "@p\(index)")) }
        if index % 3 == 0 { handles.append(Handle(kind: .phone, value: "+33 6 \(10 + index % 90) \(10 + index % 89) 00 00")) }
        return Contact(id: Int64(index + 1), name: "\(given) \(family)", role: Role.allCases[index % Role.allCases.count],
                       outlet: outlet, title: index % 4 == 0 ? "Rédactrice en chef" : "", tier: Tier.allCases[index % 3],
                       notes: index % 5 == 0 ? "Prefers email; never on Mondays." : "", created: today, handles: handles,
                       tags: [tags[index % tags.count], tags[(index / 7) % tags.count]])
    }
}

/// The high-water mark of resident memory from now on (Linux: reset
/// through /proc/self/clear_refs, read from VmHWM).
final class PeakMemory {
    private let baseline: Double?
    private let reset: Bool

    init() {
        reset = (try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)) != nil
        baseline = PeakMemory.status("VmRSS")
    }

    func describe() -> String {
        guard reset, let baseline, let peak = PeakMemory.status("VmHWM") else { return "not measurable here" }
        return String(format: "%8.1f MB above the %.1f MB before (peak %.1f MB)", peak - baseline, baseline, peak)
    }

    /// A `kB` line of /proc/self/status, in MB.
    static func status(_ key: String) -> Double? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(key + ":") {
            let number = line.dropFirst(key.count + 1).filter(\.isNumber)
            return Double(number).map { $0 / 1024 }
        }
        return nil
    }
}

/// Runs a program and reports its wall time and peak memory (`wait4`).
struct ChildRun {
    let seconds: Double
    let peakMegabytes: Double
    let status: Int32

    func describe() -> String {
        status == 0 ? String(format: "%8.2f s, peak memory %.1f MB", seconds, peakMegabytes) : "failed (status \(status))"
    }

    /// The `rapport` executable built next to this benchmark, if any.
    static func rapportBinary() -> String? {
        guard let own = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let candidate = (own as NSString).deletingLastPathComponent + "/rapport"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    static func run(_ path: String, _ arguments: [String], environment: [String]) -> ChildRun {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        defer { posix_spawn_file_actions_destroy(&actions) }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { return ChildRun(seconds: 0, peakMegabytes: 0, status: -1) }
        var status: Int32 = 0
        var usage = rusage()
        _ = wait4(pid, &status, 0, &usage)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return ChildRun(seconds: seconds, peakMegabytes: Double(usage.ru_maxrss) / 1024, status: status)
    }
}
