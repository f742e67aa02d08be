/// What creating an organization did.
public enum OrgCreation: Sendable, Equatable {
    /// Stored, with the creator as its only owner.
    case created(Organization)
    /// Another organization already has this slug; nothing was stored.
    case slugTaken
}

/// What adding a member did.
public enum MemberAddition: Sendable, Equatable {
    case added(OrgMember)
    /// No user has this id.
    case unknownUser
    /// The user already belongs to the organization (whatever their role).
    case alreadyMember
}

/// What removing a member did.
public enum MemberRemoval: Sendable, Equatable {
    case removed
    /// The user does not belong to the organization.
    case notMember
    /// The user is the organization's only owner; nothing was removed.
    case lastOwner
}
