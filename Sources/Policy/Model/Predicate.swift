/// The closed vocabulary of conditions a rule may name. Files name predicates; they never program them.
public enum Predicate: Sendable, Equatable {
    /// The resource's owner is the calling user.
    case isOwner
    /// The calling user instructs the resource's owner through an active link.
    case instructsOwner
    /// The resource is the calling user's own account (kind `user`/`student` with id = caller).
    case isSelf
    /// The resource is a student the calling user instructs through an active link.
    case instructsStudent
    /// The calling user's platform role is one of these.
    case platformRole(Set<String>)
    /// The calling user is a platform operator (email on the operator allow-list).
    case platformAdmin
    /// The calling user's role in the resource's organization is one of these.
    case orgRole(Set<String>)
    /// The share principal's link publishes this session.
    case sharedSession
    /// The resource is the share link the share principal holds.
    case heldShareLink
    /// The resource is the public demo session.
    case isDemo
    /// The claim principal's token was issued for this session.
    case claimedSession

    /// Every predicate name with the argument it takes, for lint messages and docs.
    public static let vocabulary: [String: String] = [
        "is_owner": "no argument: resource owner == caller",
        "instructs_owner": "no argument: caller has an active instructor link to the resource owner",
        "is_self": "no argument: resource id == caller's user id",
        "instructs_student": "no argument: resource id is a student the caller actively instructs",
        "platform_role": "list of roles (driver, instructor)",
        "platform_admin": "no argument: the caller's email is on the operator allow-list (ADMIN_EMAILS)",
        "org_role": "list of org roles (owner, instructor, student)",
        "shared_session": "no argument: the share token publishes this session",
        "held_share_link": "no argument: the resource is the share link the token belongs to",
        "is_demo": "no argument: the resource is the public demo session",
        "claimed_session": "no argument: the claim token was issued for this session",
    ]

    /// Principal kinds a predicate can ever be true for (lint rejects rules that pair them otherwise).
    public var applicablePrincipals: Set<Principal.Kind> {
        switch self {
        case .isOwner, .instructsOwner, .isSelf, .instructsStudent, .platformRole, .platformAdmin, .orgRole: return [.user]
        case .sharedSession, .heldShareLink: return [.share]
        case .isDemo: return Set(Principal.Kind.allCases)
        case .claimedSession: return [.claim]
        }
    }

    public var name: String {
        switch self {
        case .isOwner: return "is_owner"
        case .instructsOwner: return "instructs_owner"
        case .isSelf: return "is_self"
        case .instructsStudent: return "instructs_student"
        case .platformRole: return "platform_role"
        case .platformAdmin: return "platform_admin"
        case .orgRole: return "org_role"
        case .sharedSession: return "shared_session"
        case .heldShareLink: return "held_share_link"
        case .isDemo: return "is_demo"
        case .claimedSession: return "claimed_session"
        }
    }

    /// The relationship this predicate reads, if it reads one.
    public var relationship: Relationship? {
        switch self {
        case .instructsOwner, .instructsStudent: return .activeStudents
        case .orgRole: return .orgRoles
        default: return nil
        }
    }

    /// Evaluates the predicate, or nil when it reads a relationship the caller's principal has not loaded.
    public func evaluate(for principal: Principal, on resource: ResourceFacts) -> Bool? {
        if principal.kind == .user, let needed = relationship, !principal.knownRelationships.contains(needed) { return nil }
        return holds(for: principal, on: resource)
    }

    /// Evaluates the predicate against the caller and the loaded resource.
    public func holds(for principal: Principal, on resource: ResourceFacts) -> Bool {
        switch self {
        case .isOwner:
            guard principal.kind == .user, let user = principal.userID, let owner = resource.ownerID else { return false }
            return user == owner
        case .instructsOwner:
            guard principal.kind == .user, let owner = resource.ownerID else { return false }
            return principal.activeStudentIDs.contains(owner)
        case .isSelf:
            guard principal.kind == .user, let user = principal.userID, let id = resource.id else { return false }
            return user == id
        case .instructsStudent:
            guard principal.kind == .user, let id = resource.id else { return false }
            return principal.activeStudentIDs.contains(id)
        case .platformRole(let roles):
            guard principal.kind == .user else { return false }
            return roles.contains(principal.platformRole ?? "driver")
        case .platformAdmin:
            return principal.kind == .user && principal.isPlatformAdmin
        case .orgRole(let roles):
            guard principal.kind == .user, let org = resource.orgID, let role = principal.orgRoles[org] else { return false }
            return roles.contains(role)
        case .sharedSession:
            guard principal.kind == .share, let shared = principal.sharedSessionID, let id = resource.id else { return false }
            return shared == id
        case .heldShareLink:
            guard principal.kind == .share, let link = principal.shareLinkID, let id = resource.id else { return false }
            return link == id
        case .isDemo:
            return resource.isDemo
        case .claimedSession:
            guard principal.kind == .claim, let claimed = principal.claimedSessionID, let id = resource.id else { return false }
            return claimed == id
        }
    }

    /// Text form for traces, e.g. `org_role[instructor,owner]`.
    public var display: String {
        switch self {
        case .platformRole(let roles), .orgRole(let roles): return "\(name)[\(roles.sorted().joined(separator: ","))]"
        default: return name
        }
    }
}
