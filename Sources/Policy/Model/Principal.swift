/// Who makes a request, as the policy engine sees it.
public struct Principal: Sendable, Equatable {
    /// The kinds of caller the policy language knows: `claim` is a signed-out visitor holding the claim token of the
    /// session they uploaded to try the product.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case anonymous, user, share, claim

        /// Not signed in: a refusal asks for credentials (401) rather than hiding the resource.
        public var isSignedOut: Bool { self == .anonymous || self == .claim }
    }

    public var kind: Kind
    /// Stable internal user id (users only).
    public var userID: String?
    /// Platform role of a user: `driver` or `instructor`.
    public var platformRole: String?
    /// Whether the user is a platform operator (their email is on the operator allow-list, `ADMIN_EMAILS`).
    public var isPlatformAdmin: Bool
    /// Students this user instructs through an active link.
    public var activeStudentIDs: Set<String>
    /// Organization id → the caller's role in it.
    public var orgRoles: [String: String]
    /// Which relationships `activeStudentIDs` and `orgRoles` hold (the tenancy stage loads them on demand);
    /// a predicate that reads one not known here is undecided, never false.
    public var knownRelationships: Set<Relationship>
    /// For share principals: the share link they hold (its id, never the raw token).
    public var shareLinkID: String?
    /// For share principals: the session the link publishes.
    public var sharedSessionID: String?
    /// For claim principals: the session their claim token was issued for (anonymous, unclaimed, unexpired).
    public var claimedSessionID: String?

    public init(
        kind: Kind,
        userID: String? = nil,
        platformRole: String? = nil,
        isPlatformAdmin: Bool = false,
        activeStudentIDs: Set<String> = [],
        orgRoles: [String: String] = [:],
        knownRelationships: Set<Relationship> = Set(Relationship.allCases),
        shareLinkID: String? = nil,
        sharedSessionID: String? = nil,
        claimedSessionID: String? = nil
    ) {
        self.kind = kind
        self.userID = userID
        self.platformRole = platformRole
        self.isPlatformAdmin = isPlatformAdmin
        self.activeStudentIDs = activeStudentIDs
        self.orgRoles = orgRoles
        self.knownRelationships = knownRelationships
        self.shareLinkID = shareLinkID
        self.sharedSessionID = sharedSessionID
        self.claimedSessionID = claimedSessionID
    }

    /// The caller with no credentials.
    public static let anonymous = Principal(kind: .anonymous)

    /// A signed-in user.
    public static func user(_ id: String, role: String = "driver") -> Principal {
        Principal(kind: .user, userID: id, platformRole: role)
    }

    /// Short description for logs and traces; never contains a secret.
    public var summary: String {
        switch kind {
        case .anonymous: return "anonymous"
        case .user: return "user:\(userID ?? "?") role=\(platformRole ?? "driver")" + (isPlatformAdmin ? " admin" : "")
        case .share: return "share:\(shareLinkID ?? "?") session=\(sharedSessionID ?? "?")"
        case .claim: return "claim: session=\(claimedSessionID ?? "?")"
        }
    }
}
