/// Organizations, their memberships and events (platform.md §11). Queries about one organization's members
/// and events take its `OrgScope`; queries about a caller's organizations take the caller's `OwnerScope`.
public protocol OrgStore: Sendable {
    /// Creates the organization and the creator's `owner` membership in one transaction.
    func create(_ organization: NewOrganization, ownerID: String) async throws -> OrgCreation
    /// Loads one organization by slug for the policy engine's resource locator. Not for handlers: they
    /// receive the already-authorized record.
    func locate(slug: String) async throws -> Organization?
    /// The organizations the caller belongs to, oldest first.
    func organizations(_ caller: OwnerScope) async throws -> [Organization]
    /// Applies a partial update; nil when the organization no longer exists.
    func update(_ changes: OrganizationChanges, _ scope: OrgScope) async throws -> Organization?
    /// Deletes the organization with its memberships and events. False when nothing matched.
    func delete(_ scope: OrgScope) async throws -> Bool

    /// The members, in joining order.
    func members(_ scope: OrgScope) async throws -> [OrgMember]
    /// Adds an existing user with a role; unknown users and existing members are typed outcomes.
    func addMember(userID: String, role: OrgRole, runGroup: String?, _ scope: OrgScope) async throws -> MemberAddition
    /// Removes a member, refusing (inside the same transaction) to remove the last owner.
    func removeMember(userID: String, _ scope: OrgScope) async throws -> MemberRemoval
    /// Organization id → the caller's role there, for the policy engine's tenancy facts.
    func roles(_ caller: OwnerScope) async throws -> [String: OrgRole]

    /// Stores a new event of the organization.
    func createEvent(_ event: NewOrgEvent, _ scope: OrgScope) async throws -> OrgEvent
    /// The organization's events by date, earliest first.
    func events(_ scope: OrgScope) async throws -> [OrgEvent]
    /// Deletes one of the organization's events; false when the id is unknown or belongs to another organization.
    func deleteEvent(id: String, _ scope: OrgScope) async throws -> Bool
}
