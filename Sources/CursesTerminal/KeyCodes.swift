import CNcursesw
import TerminalUI

/// ncurses function-key codes (what `wget_wch` returns with `KEY_CODE_YES`)
/// as `Key`s.
enum KeyCodes {
    static func key(forFunctionCode code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1, KEY_FIND: return .home
        case KEY_END, KEY_C1, KEY_SELECT: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            if code >= rapport_key_f(1) && code <= rapport_key_f(63) {
                return .function(Int(code - rapport_key_f(0)))
            }
            // Modified keys terminfo describes by extended names (kLFT5…).
            if let name = keyname(code), let key = ExtendedKeyName.key(String(cString: name)) {
                return key
            }
            return .unknown(Int(code))
        }
    }
}
