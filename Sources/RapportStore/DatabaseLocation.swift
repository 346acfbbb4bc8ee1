import Foundation

/// Where the database lives: `--db PATH`, else `RAPPORT_DB`, else
/// `$XDG_DATA_HOME/rapport/rapport.sqlite` (`~/.local/share/rapport/rapport.sqlite`).
public enum DatabaseLocation {
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return expandTilde(explicit, environment: environment) }
        if let fromEnv = environment["RAPPORT_DB"], !fromEnv.isEmpty { return expandTilde(fromEnv, environment: environment) }
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            dataHome = home(environment) + "/.local/share"
        }
        return dataHome + "/rapport/rapport.sqlite"
    }

    static func home(_ environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        return NSHomeDirectory()
    }

    static func expandTilde(_ path: String, environment: [String: String]) -> String {
        if path == "~" { return home(environment) }
        if path.hasPrefix("~/") { return home(environment) + path.dropFirst() }
        return path
    }
}
