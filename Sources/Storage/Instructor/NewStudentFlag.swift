/// A flag to store.
public struct NewStudentFlag: Sendable, Equatable {
    public var sessionID: String?
    public var type: FlagType
    public var description: String

    public init(sessionID: String?, type: FlagType, description: String) {
        self.sessionID = sessionID
        self.type = type
        self.description = description
    }
}
