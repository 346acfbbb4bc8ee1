import RapportCore
import RapportStore

/// What the app knows about the team (team mode on PostgreSQL): who the
/// user is and the members' names. On a personal file: nobody, nothing shown.
public struct TeamState: Equatable, Sendable {
    /// The store is a team database (private notes and the review's
    /// mine/team toggle apply).
    public var isTeam = false
    /// The user's login; nil on a file.
    public var currentMember: String?
    public var members: [TeamMember] = []

    public init(isTeam: Bool = false, currentMember: String? = nil, members: [TeamMember] = []) {
        self.isTeam = isTeam
        self.currentMember = currentMember
        self.members = members
    }

    /// The member with this login, or one made from the login alone (a
    /// member removed from the team keeps her exchanges).
    func member(_ login: String) -> TeamMember {
        members.first { $0.login == login } ?? TeamMember(login: login, name: login, exchanges: 0)
    }

    /// A colleague's login: an author who is not the user; nil for the
    /// user's own exchanges and everything on a file.
    func colleague(_ author: String?) -> String? {
        guard let author, author != currentMember else { return nil }
        return author
    }

    /// The initials that mark a colleague's exchange in the history.
    func initials(ofAuthor author: String?) -> String? {
        colleague(author).map { member($0).initials }
    }

    /// A colleague's display name, for the guard's warning.
    func colleagueName(_ author: String?) -> String? {
        colleague(author).map { member($0).name }
    }
}

/// Whose contacts the review shows in team mode: the user's own (the
/// default, as `rapport review`) or the whole team's (`--team`).
public enum ReviewScope: Sendable, Equatable {
    case mine, team
}
