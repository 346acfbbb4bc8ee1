// swift-tools-version: 6.0
import PackageDescription

let grdb = Target.Dependency.product(name: "GRDB", package: "GRDB.swift")
let sqlite = Target.Dependency.product(name: "GRDBSQLite", package: "GRDB.swift")
let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")
let toml = Target.Dependency.product(name: "TOMLKit", package: "TOMLKit")
let csv = Target.Dependency.product(name: "CSV", package: "CSV.swift")

let package = Package(
    name: "Rapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rapport", targets: ["rapport"]),
        .executable(name: "rapport-bench", targets: ["rapport-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // Language choice, gettext catalogs, plural rules, number display. Foundation only.
        .target(name: "RapportLocalization"),
        // Domain values, the relationship model, date rules. Pure; Foundation only.
        .target(name: "RapportCore", dependencies: ["RapportLocalization"]),
        // The SQLite database through GRDB.
        .target(name: "RapportStore", dependencies: ["RapportCore", "RapportLocalization", grdb, sqlite]),
        // vCard and CSV reading and writing (no database).
        .target(name: "RapportInterchange", dependencies: ["RapportCore", "RapportLocalization", csv]),
        // Screen buffer, widths, widgets, keys, keymap, theme model. Foundation only.
        .target(name: "TerminalUI", dependencies: ["RapportLocalization"]),
        // ncursesw as a system library.
        .systemLibrary(name: "CNcursesw"),
        // libpq loaded at run time (dlopen) for team databases only; the
        // headers come from libpq-dev, the library (libpq5) is not linked.
        .target(name: "CLibPQ", linkerSettings: [.linkedLibrary("dl")]),
        // The team engine: the `Store` interface on a shared PostgreSQL database.
        .target(name: "RapportPostgres", dependencies: ["RapportCore", "RapportLocalization", "RapportStore", "CLibPQ"]),
        // Temporary files removed when a signal stops the process. Glibc only.
        .target(name: "TemporaryFiles"),
        // Import and export through the `Store` interface: files read and
        // written (vCard, CSV, Rapport JSON), the JSON shapes, atomic output files.
        .target(name: "RapportTransfer", dependencies: ["RapportCore", "RapportLocalization", "RapportStore", "RapportInterchange", "TemporaryFiles"]),
        // The pitch report (`rapport report`): Markdown, HTML and CSV from the store's report data. Pure.
        .target(name: "RapportReport", dependencies: ["RapportCore", "RapportLocalization"]),
        // The only code that calls ncurses.
        .target(name: "CursesTerminal", dependencies: ["TerminalUI", "RapportLocalization", "CNcursesw"]),
        // config.toml and theme files.
        .target(name: "RapportSettings", dependencies: ["RapportCore", "RapportLocalization", "TerminalUI", toml]),
        // The full-screen app: state, messages, update, views, effects.
        .target(name: "RapportApp", dependencies: ["RapportCore", "RapportStore", "RapportTransfer", "TerminalUI", "RapportSettings", "TemporaryFiles"]),
        .executableTarget(
            name: "rapport",
            dependencies: [
                "RapportCore", "RapportStore", "RapportPostgres", "RapportInterchange", "RapportTransfer", "RapportApp",
                "RapportSettings", "RapportLocalization", "TerminalUI", "CursesTerminal", "TemporaryFiles", argumentParser,
                "RapportReport",
            ]
        ),
        .executableTarget(
            name: "rapport-bench",
            dependencies: ["RapportCore", "RapportStore", "RapportInterchange", "RapportTransfer", "RapportApp", "TerminalUI",
                           "RapportPostgres"]
        ),
        .testTarget(name: "RapportLocalizationTests", dependencies: ["RapportLocalization"]),
        .testTarget(name: "RapportCoreTests", dependencies: ["LeakCheck", "RapportCore", "RapportLocalization"]),
        .testTarget(name: "RapportStoreTests", dependencies: ["LeakCheck", "RapportCore", "RapportLocalization", "RapportStore", grdb],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "RapportInterchangeTests", dependencies: ["LeakCheck", "RapportCore", "RapportInterchange", "RapportLocalization"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalUITests", dependencies: ["LeakCheck", "TerminalUI", "RapportLocalization"]),
        // The report's renderer, and its HTML opened in headless Chromium when installed.
        .testTarget(name: "RapportReportTests", dependencies: ["LeakCheck", "RapportReport", "RapportCore", "RapportLocalization"]),
        .testTarget(name: "RapportSettingsTests", dependencies: ["RapportSettings", "TerminalUI"]),
        .testTarget(name: "RapportAppTests", dependencies: ["LeakCheck", "RapportApp", "RapportCore", "RapportStore", "TerminalUI", "RapportLocalization", grdb,
                                                       "RapportPostgres", "PGTestSupport"]),
        .testTarget(name: "RapportCLITests", dependencies: ["LeakCheck", "rapport", "RapportStore", "PGTestSupport", grdb]),
        // The same behaviour tests against every engine (ContractEngines.all).
        .testTarget(name: "RapportContractTests",
                    dependencies: ["RapportCore", "RapportStore", "RapportPostgres", "RapportTransfer", "PGTestSupport", grdb]),
        // A fresh database per test on the private cluster (scripts/pg-cluster.sh), for the PostgreSQL suites.
        .target(name: "LeakCheck", path: "Tests/LeakCheck"),
        .target(name: "PGTestSupport", dependencies: ["RapportPostgres", "RapportStore", "RapportCore"], path: "Tests/PGTestSupport"),
        .testTarget(name: "RapportPostgresTests", dependencies: ["LeakCheck", "RapportLocalization", "RapportPostgres", "RapportStore", "RapportCore", "PGTestSupport"]),
    ]
)

// libFuzzer targets, only when `scripts/fuzz.sh` builds them (RAPPORT_FUZZ=1,
// with `--sanitize=fuzzer --sanitize=address` in `.build-fuzz`): a plain
// `swift build` or `swift test` never sees them. See docs/testing.md.
if Context.environment["RAPPORT_FUZZ"] == "1" {
    func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
        .executableTarget(name: "Fuzz\(name)", dependencies: dependencies, path: "Tests/Fuzz/Targets/\(name)")
    }
    package.targets += [
        fuzzTarget("VCard", ["RapportInterchange"]),
        fuzzTarget("CSV", ["RapportInterchange"]),
        // The JSON reader of the RapportTransfer library.
        fuzzTarget("JSON", ["RapportInterchange", "RapportTransfer"]),
        fuzzTarget("Settings", ["RapportSettings", "TerminalUI"]),
        fuzzTarget("Day", ["RapportCore"]),
        fuzzTarget("Keys", ["TerminalUI"]),
    ]
}
