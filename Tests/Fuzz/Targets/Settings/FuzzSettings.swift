import RapportSettings
import TerminalUI

/// libFuzzer entry: the input as `config.toml`, then as a theme file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSettings(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    do {
        _ = try SettingsFile.parse(text, file: "config.toml")
    } catch {
        precondition(!error.description.isEmpty)
    }
    do {
        _ = try ThemeLibrary(directories: [], embedded: ["fuzz": text]).theme(named: "fuzz")
    } catch {
        precondition(!error.description.isEmpty)
    }
    return 0
}
