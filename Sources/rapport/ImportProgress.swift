import Foundation
import RapportLocalization
import RapportTransfer

/// A one-line progress bar on stderr for long imports, redrawn at most ten
/// times a second and erased at the end. Only made when stderr is a
/// terminal, and only drawn for large imports.
final class ImportProgressBar {
    /// Imports with fewer records than this finish too fast to need a bar.
    static let threshold = 5_000

    private var lastDrawn: UInt64 = 0
    private var drawn = false

    init?() {
        guard Terminal.stderrIsTerminal else { return nil }
    }

    func update(done: Int, total: Int?) {
        guard let total, total > Self.threshold else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDrawn > 100_000_000 || done >= total else { return }
        lastDrawn = now
        let fraction = min(1, Double(done) / Double(max(1, total)))
        let width = 30
        let filled = Int((fraction * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let percent = Int((fraction * 100).rounded(.down))
        let text = "\r" + L10n.text("Importing %1$@ %2$d%%  %3$@ of %4$@", bar, percent, Shown.count(done), Shown.count(total))
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    /// Erases the bar's line.
    func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
