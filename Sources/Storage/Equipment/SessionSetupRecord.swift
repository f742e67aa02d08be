/// What a session was driven with, as stored: its equipment assignment and profile, and its weather (JSON).
public struct SessionSetupRecord: Sendable, Equatable {
    public var sessionID: String
    /// The assignment and its profile (nil: none, or the profile is gone).
    public var assignment: SessionEquipmentRecord?
    public var profile: EquipmentProfileRecord?
    /// The stored weather (nil: none yet).
    public var weatherJSON: String?

    public init(sessionID: String, assignment: SessionEquipmentRecord? = nil, profile: EquipmentProfileRecord? = nil,
                weatherJSON: String? = nil) {
        self.sessionID = sessionID
        self.assignment = assignment
        self.profile = profile
        self.weatherJSON = weatherJSON
    }
}
