import RapportCore
import TerminalUI

extension Warmth.Label {
    /// The style role for this warmth: `warmth.cold` … `warmth.strong`.
    public var styleRole: StyleRole {
        switch self {
        case .cold: return .warmthCold
        case .cooling: return .warmthCooling
        case .warm: return .warmthWarm
        case .strong: return .warmthStrong
        }
    }
}

extension Direction {
    /// `direction.in` or `direction.out`.
    public var styleRole: StyleRole { self == .inbound ? .directionIn : .directionOut }
}

extension Intent {
    /// `intent.gave` or `intent.asked`; a chat has no role of its own (nil).
    public var styleRole: StyleRole? {
        switch self {
        case .gave: return .intentGave
        case .asked: return .intentAsked
        case .chat: return nil
        }
    }
}
