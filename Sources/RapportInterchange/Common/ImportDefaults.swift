import RapportCore

/// The role, tier and stage given to imported people when the file does not say.
public struct ImportDefaults: Hashable, Sendable {
    public var role: Role
    public var tier: Tier
    public var stage: Stage

    public init(role: Role = .journalist, tier: Tier = .b, stage: Stage = .new) {
        self.role = role
        self.tier = tier
        self.stage = stage
    }
}
