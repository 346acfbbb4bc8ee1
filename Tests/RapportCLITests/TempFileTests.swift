import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C, SIGTERM or SIGHUP during an export or a backup leaves no
/// temporary file holding personal data: not the scratch copy of an export
/// shown on a terminal, not the `.NAME.rapport-*` beside `--output`, not a
/// partial backup or its `-journal`. The signal is sent to the real process
/// once the temporary file exists (polled for); no timing is asserted.
struct TempFileTests {
    let sandbox = Sandbox()

    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// A database large enough that an export or backup takes a while,
    /// made once and copied into each test's sandbox.
    static let largeDatabase: Data? = {
        let maker = Sandbox()
        guard let result = try? maker.run(["demo", "--contacts", "4000", "--exchanges", "40000", "--db", maker.db],
                                          timeout: 600),
              result.succeeded else { return nil }
        return maker.bytes(maker.db)
    }()

    func installLargeDatabase() throws {
        let bytes = try #require(Self.largeDatabase, "could not make the large database")
        try bytes.write(to: URL(fileURLWithPath: sandbox.db))
    }

    /// Where exports shown on a terminal put their scratch file.
    var scratchFolder: String { sandbox.path("tmp") }

    /// Runs rapport, sends `signal` as soon as `appeared()` sees a temporary
    /// file, and returns the result and whether the signal was sent before
    /// the process ended.
    func interrupt(_ arguments: [String], with signal: Int32, stdout: FileHandle? = nil,
                   when appeared: @escaping @Sendable () -> Bool) throws -> (CLIResult, interrupted: Bool) {
        let sent = SentFlag()
        let result = try sandbox.run(arguments, env: ["TMPDIR": scratchFolder + "/"], beforeLaunch: { process in
            if let stdout { process.standardOutput = stdout }
        }, onLaunch: { process in
            while process.isRunning {
                if appeared() {
                    kill(process.processIdentifier, signal)
                    sent.set()
                    return
                }
                usleep(500)
            }
        })
        return (result, sent.value && !result.succeeded)
    }

    /// Runs `attempt` until one run is interrupted mid-way (a run may win
    /// the race and finish first); fails after five tries.
    func untilInterrupted(_ attempt: () throws -> Bool, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for _ in 0..<5 where try attempt() { return }
        Issue.record("no run was interrupted while its temporary file existed", sourceLocation: sourceLocation)
    }

    @Test(arguments: signals)
    func anInterruptedExportToAFileLeavesNoTemporaryFile(_ signal: Int32) throws {
        try installLargeDatabase()
        let output = sandbox.path("out.json")
        let folder = sandbox.root.path
        try untilInterrupted {
            let (result, interrupted) = try interrupt(["export", "--format", "json", "--output", output, "--db", sandbox.db],
                                                      with: signal) {
                Self.names(in: folder, prefix: ".out.json.rapport-").count > 0
            }
            guard interrupted else {
                try? FileManager.default.removeItem(atPath: output)
                return false
            }
            #expect(result.signal == signal, "\(result)")
            #expect(Self.names(in: folder, prefix: ".out.json.rapport-").isEmpty)
            #expect(!FileManager.default.fileExists(atPath: output))
            return true
        }
    }

    @Test(arguments: signals)
    func anInterruptedExportOnATerminalLeavesNoScratchFile(_ signal: Int32) throws {
        try installLargeDatabase()
        try FileManager.default.createDirectory(atPath: scratchFolder, withIntermediateDirectories: true)
        // A terminal nobody reads: the export blocks while printing, its scratch file complete.
        let terminal = try PseudoTerminal()
        let folder = scratchFolder
        let (result, interrupted) = try interrupt(["export", "--format", "json", "--db", sandbox.db], with: signal,
                                                  stdout: terminal.follower) {
            Self.names(in: folder, prefix: ".rapport-export-").count > 0
        }
        #expect(interrupted, "\(result)")
        #expect(result.signal == signal, "\(result)")
        #expect(Self.names(in: folder, prefix: ".rapport-export-").isEmpty, "\(Self.names(in: folder, prefix: ""))")
    }

    @Test(arguments: signals)
    func anInterruptedBackupLeavesNoPartialCopyNorJournal(_ signal: Int32) throws {
        try installLargeDatabase()
        let copy = sandbox.path("copy.sqlite")
        let folder = sandbox.root.path
        try untilInterrupted {
            let (result, interrupted) = try interrupt(["backup", copy, "--db", sandbox.db], with: signal) {
                Self.names(in: folder, prefix: ".copy.sqlite.rapport-").count > 0
            }
            guard interrupted else {
                try? FileManager.default.removeItem(atPath: copy)
                return false
            }
            #expect(result.signal == signal, "\(result)")
            #expect(Self.names(in: folder, prefix: ".copy.sqlite").isEmpty, "\(Self.names(in: folder, prefix: ".copy"))")
            #expect(!FileManager.default.fileExists(atPath: copy))
            return true
        }
    }

    static func names(in folder: String, prefix: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }
    }
}

/// Whether the signal was sent, set from the launch callback.
final class SentFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var sent = false
    func set() { lock.withLock { sent = true } }
    var value: Bool { lock.withLock { sent } }
}

/// A pseudo-terminal pair; `follower` is what a process sees as its terminal.
final class PseudoTerminal {
    let leader: Int32
    let follower: FileHandle

    init() throws {
        leader = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard leader >= 0 else { throw CocoaError(.fileNoSuchFile) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        // TIOCSPTLCK (unlock the follower), TIOCGPTN (its number).
        guard ioctl(leader, 0x4004_5431, &unlock) == 0, ioctl(leader, 0x8004_5430, &number) == 0 else {
            close(leader)
            throw CocoaError(.fileNoSuchFile)
        }
        let fd = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            close(leader)
            throw CocoaError(.fileNoSuchFile)
        }
        follower = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
    }

    deinit {
        close(leader)
    }
}
