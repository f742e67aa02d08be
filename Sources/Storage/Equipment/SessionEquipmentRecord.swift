import Foundation

/// A session's equipment assignment (platform.md §4.6): the profile, per-session overrides and conditions (JSON).
public struct SessionEquipmentRecord: Sendable, Equatable {
    public var sessionID: String
    public var profileID: String
    public var overridesJSON: String
    public var conditionsJSON: String?
    public var assignedAt: Date

    public init(sessionID: String, profileID: String, overridesJSON: String, conditionsJSON: String?, assignedAt: Date) {
        self.sessionID = sessionID
        self.profileID = profileID
        self.overridesJSON = overridesJSON
        self.conditionsJSON = conditionsJSON
        self.assignedAt = assignedAt
    }
}
