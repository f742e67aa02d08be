/// Equipment profiles and session assignments. Callers pass profiles and sessions they already authorized.
public protocol EquipmentStore: Sendable {
    /// The profile with this id, for the policy engine's resource locator. Not for handlers.
    func locate(profileID: String) async throws -> EquipmentProfileRecord?
    /// The owner's profiles sorted by name.
    func profiles(ownerID: String) async throws -> [EquipmentProfileRecord]
    /// The owner's default profile, if any.
    func defaultProfile(ownerID: String) async throws -> EquipmentProfileRecord?
    /// Inserts or replaces the profile in one transaction; when it is the default, the owner's other profiles stop being.
    func save(_ profile: EquipmentProfileRecord) async throws
    /// Deletes the profile (its assignments go with it); returns the sessions that used it.
    func delete(profileID: String) async throws -> [String]
    /// The sessions a profile is assigned to.
    func sessions(usingProfile profileID: String) async throws -> [String]
    /// Assigns a profile to a session, replacing any assignment.
    func assign(_ assignment: SessionEquipmentRecord) async throws
    /// Assigns only when the session has no assignment yet; true when it assigned.
    func assignIfNone(_ assignment: SessionEquipmentRecord) async throws -> Bool
    /// The session's assignment with its profile (nil: none, or its profile is gone).
    func equipment(sessionID: String) async throws -> (SessionEquipmentRecord, EquipmentProfileRecord)?
}
