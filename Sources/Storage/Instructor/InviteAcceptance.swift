/// What accepting an invite did.
public enum InviteAcceptance: Sendable, Equatable {
    /// The caller is now actively linked to the instructor (a new link, or a removed one re-activated).
    case linked(instructorID: String)
    /// No invite has this code, or it was used or has expired; nothing changed.
    case invalid
    /// The caller created this invite; nothing changed and the invite stays usable.
    case ownInvite
}
