import Foundation
import RapportCore
import RapportReport
import Testing

/// The HTML report opened in a real browser: headless Chromium (Debian's
/// `chromium` package; `.ci/run` installs it) renders the page and prints it
/// to PDF. The suite runs only where Chromium is installed.
@Suite(.enabled(if: Chromium.path != nil, "chromium is not installed (apt-get install chromium)"), .serialized)
struct ChromiumTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("rapport-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func reportFile(_ data: ReportData) throws -> URL {
        let file = folder.appendingPathComponent("report.html")
        let html = ReportRenderer.render(data, format: .html, today: try ReportSamples.today())
        try Data(html.utf8).write(to: file)
        return file
    }

    @Test func theBrowserRendersTitlePeopleChartAndFollowUps() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var data = try ReportSamples.twoPeople()
        data.project = "Lancement Atlas"
        let run = try Chromium.run(["--dump-dom", try reportFile(data).absoluteString], folder: folder)
        try #require(run.status == 0, "\(run.errors)")
        let dom = run.output
        #expect(dom.contains("<title>Pitch report: Lancement Atlas · 3 May 2026 – 1 June 2026</title>"), "\(dom.prefix(2000))")
        #expect(dom.contains("<h1>Pitch report: Lancement Atlas</h1>"))
        #expect(dom.contains("<h3>Camille Lefèvre</h3>"))
        #expect(dom.contains("<svg class=\"chart\"") && dom.contains("<rect class=\"exchanges\""))
        #expect(dom.contains("<h2>Open follow-ups</h2>") && dom.contains("Call back about the slot"))
        // The hostile name stayed text: the browser made no element of it.
        #expect(!dom.lowercased().contains("<script") && dom.contains("&lt;script&gt;alert('x')&lt;/script&gt;"))
    }

    @Test func theBrowserPrintsItToPDF() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("report.pdf")
        let run = try Chromium.run(["--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)",
                                    try reportFile(try ReportSamples.twoPeople()).absoluteString], folder: folder)
        try #require(run.status == 0, "\(run.errors)")
        let bytes = try Data(contentsOf: pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)) && bytes.count > 10_000, "\(bytes.count) bytes")
        guard let pdftotext = Chromium.find("pdftotext") else { return }
        let text = try Chromium.run(["-layout", pdf.path, "-"], folder: folder, executable: pdftotext)
        try #require(text.status == 0, "\(text.errors)")
        // Table cells wrap: compare with runs of white space made one space.
        let words = text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["Pitch report", "Summary", "People contacted 2", "Camille Lefèvre", "Open follow-ups",
                         "2026-05-27 (overdue) Camille Lefèvre Call back", "Atlas changes the game", "Exchanges per week"] {
            #expect(words.contains(expected), "\(expected)\n\(text.output)")
        }
        // Printed links write out their address; pages: summary, then people from a new page.
        // (where the address wraps depends on the fonts: compare without white space)
        #expect(words.filter { !$0.isWhitespace }.contains("Atlaschangesthegame(https://"), "\(text.output)")
        #expect(text.output.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count >= 2)
    }
}

/// Finding and running Chromium (and poppler's `pdftotext`).
enum Chromium {
    static let path: String? = find("chromium") ?? find("chromium-browser")

    static func find(_ name: String) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/bin", "/snap/bin"] {
            let candidate = folder + "/" + name
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    struct Run {
        let status: Int32
        let output: String
        let errors: String
    }

    /// Runs headless Chromium (or `executable`) with a private profile in
    /// `folder`; output captured in files; killed after two minutes.
    static func run(_ arguments: [String], folder: URL, executable: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable ?? path))
        let browser = executable == nil
        process.arguments = browser
            ? ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
               "--disable-extensions", "--disable-background-networking", "--disable-component-update",
               "--user-data-dir=\(folder.appendingPathComponent("profile").path)"] + arguments
            : arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        let out = folder.appendingPathComponent("out-\(UUID().uuidString)")
        let err = folder.appendingPathComponent("err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        try process.run()
        if done.wait(timeout: .now() + 120) == .timedOut {
            process.terminate()
            done.wait()
            Issue.record("\(process.executableURL?.path ?? "") ran past two minutes")
        }
        try? outHandle.close()
        try? errHandle.close()
        return Run(status: process.terminationStatus,
                   output: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                   errors: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
